export { c as createMockApi, s as startMockApi, a as startProxyServer, t as toNodeHandler } from './shared-zdINKfUL.mjs';
export { p as parseTrustProxy } from './shared-BLeqtGGA.mjs';
import './shared-Dhkow3An.mjs';
import 'prom-client';
import 'node:http';
import 'undici';
