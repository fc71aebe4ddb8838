/**
 * Runs zod without compiling parsers through `new Function`: the site's CSP forbids eval, and
 * zod's probe for it would log a CSP violation. zod decides when each object schema is built, so
 * this module must be evaluated before the schema is: `check-draft.ts` imports it first.
 */
import * as z from 'zod';

z.config({ jitless: true });
