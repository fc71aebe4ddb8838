// A page for paper: nothing to interact with, so no script at all. The chart is still SVG and
// HTML, and its marks link to the leaders' pages.
export const csr = false;
