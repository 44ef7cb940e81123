export { c as createMockApi, s as startMockApi, a as startProxyServer, t as toNodeHandler } from './shared-BkQvegdr.mjs';
export { p as parseTrustProxy } from './shared-BY-vPA2a.mjs';
import './shared-D-LdkBlb.mjs';
import 'prom-client';
import 'node:http';
import 'undici';
