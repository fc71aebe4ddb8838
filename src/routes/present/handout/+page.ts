// Paper: nothing to interact with, so no script at all (its marks link to the leaders' pages).
export const csr = false;
