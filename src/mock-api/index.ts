/**
 * The local stand-in for Whop's conversions and Events APIs, as a runtime-neutral Web handler.
 * Serve it on Node with `startMockApi` from `whop-pixel/node`, or `whop-pixel mock-api`.
 */
export type {
  MockActivity,
  MockApi,
  MockApiOptions,
  MockFault,
  MockStats,
  RecordedEvent,
} from './mock-api.js';
export { CONVERSIONS_PATH, checkFaults, createMockApi, EVENTS_PATH } from './mock-api.js';
