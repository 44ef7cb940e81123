export { c as createMockApi, s as startMockApi, a as startProxyServer, t as toNodeHandler } from './shared-CJYNow0N.mjs';
export { p as parseTrustProxy } from './shared-BJMSSqgl.mjs';
import './shared-DEcH8t_l.mjs';
import 'prom-client';
import 'node:http';
