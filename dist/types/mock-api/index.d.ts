/**
 * The local stand-in for Whop's conversions API, as a runtime-neutral Web handler.
 * Serve it on Node with `startMockApi` from `whop-pixel/node`, or `whop-pixel mock-api`.
 */
export type { MockActivity, MockApi, MockApiOptions, MockFault, MockStats, RecordedEvent, } from './mock-api.js';
export { CONVERSIONS_PATH, checkFaults, createMockApi } from './mock-api.js';
