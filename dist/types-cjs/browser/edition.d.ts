/**
 * Which edition of the browser tracker this is. The npm build and `dist/whop.debug.js` are
 * complete. `dist/whop.min.js`, which every visitor of a landing page downloads, is built with
 * `LEAN = true` (rollup.config.mjs swaps this module): it leaves out the console logs and the
 * per-event results that only `createTracker`'s promises use, which the script tag has no way
 * to receive.
 */
export declare const LEAN: boolean;
