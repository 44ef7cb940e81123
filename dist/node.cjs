'use strict';

var server = require('./shared-DIYudmiw.cjs');
var createProxy = require('./shared-ZYrOCLfm.cjs');
require('./shared-B0TWo8Hj.cjs');
require('prom-client');
require('node:http');
require('undici');



exports.createMockApi = server.createMockApi;
exports.startMockApi = server.startMockApi;
exports.startProxyServer = server.startProxyServer;
exports.toNodeHandler = server.toNodeHandler;
exports.parseTrustProxy = createProxy.parseTrustProxy;
