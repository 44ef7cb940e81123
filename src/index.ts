// npm entry for the browser API. Placeholder until the snippet issue (#4) lands.

export { ACTION_SOURCES, CURRENCIES, EVENT_NAMES } from './schema/fields.js';
export type * from './schema/types.js';
