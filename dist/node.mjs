export { c as createMockApi, s as startMockApi, a as startProxyServer, t as toNodeHandler } from './shared-G1w56E4R.mjs';
export { p as parseTrustProxy, r as resolveClientAddress } from './shared-CvttNJLT.mjs';
import 'node:http';
