export { c as createMockApi, s as startMockApi, a as startProxyServer, t as toNodeHandler } from './shared-D_Kvq3gY.mjs';
export { p as parseTrustProxy } from './shared-C1ePGmAJ.mjs';
import './shared-B0gMyDRZ.mjs';
import 'prom-client';
import 'node:http';
import 'undici';
