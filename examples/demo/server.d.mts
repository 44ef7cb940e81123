/** A running demo server. */
export interface Demo {
  url: string;
  mode: 'mock' | 'live';
  /** Which of Whop's APIs the proxy speaks (WHOP_API). */
  api: 'conversions' | 'events';
  /** The in-process mock API's origin, in mock mode. */
  mockUrl?: string;
  close(): Promise<void>;
}
export function startDemo(options?: {
  port?: number;
  host?: string;
  env?: Record<string, string | undefined>;
  log?: (line: string) => void;
}): Promise<Demo>;
export function main(): Promise<Demo>;
