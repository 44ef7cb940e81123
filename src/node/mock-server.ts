import type { Server } from 'node:http';
import { CONVERSIONS_PATH, createMockApi, EVENTS_PATH, type MockApi } from '../mock-api/mock-api.js';
import { serve } from './serve.js';
import { toNodeHandler } from './to-node-handler.js';

/** Options of {@link startMockApi}. */
export interface MockApiServerOptions {
  /** The bearer token the mock accepts. */
  apiKey: string;
  /** TCP port; `0` picks a free one. Default 0. */
  port?: number;
  /**
   * Interface to listen on. Default `127.0.0.1`: the control endpoints are unauthenticated. They
   * answer a loopback `Host` (localhost, 127.0.0.1, [::1]) or this one; the API paths answer any.
   */
  host?: string;
}

/** A running mock: the {@link MockApi} controls plus where it listens. */
export interface MockApiServer extends MockApi {
  /** `http://host:port`. */
  url: string;
  /** The conversions endpoint, for the proxy's `apiUrl`: `http://host:port/api/v1/conversions`. */
  apiUrl: string;
  /** The Events API endpoint, for a proxy with `api: 'events'`: `http://host:port/api/v1/events`. */
  eventsApiUrl: string;
  server: Server;
  /** Graceful stop (in-flight requests finish, at most 10 s). */
  close(): Promise<void>;
}

/**
 * Serves the mock Whop API on loopback. A `drop` fault destroys the socket without an answer,
 * which is what a proxy sees when Whop's side resets the connection.
 */
export async function startMockApi(options: MockApiServerOptions): Promise<MockApiServer> {
  // A wildcard address is no name a client sends as Host.
  const named = options.host && !['0.0.0.0', '::', '[::]'].includes(options.host);
  const mock = createMockApi({ apiKey: options.apiKey, allowedHosts: named ? [options.host as string] : [] });
  const served = await serve(toNodeHandler(mock.handler), { port: options.port ?? 0, host: options.host });
  return {
    ...mock,
    url: served.origin,
    apiUrl: served.origin + CONVERSIONS_PATH,
    eventsApiUrl: served.origin + EVENTS_PATH,
    server: served.server,
    close: served.close,
  };
}
