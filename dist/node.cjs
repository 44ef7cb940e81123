'use strict';

var server = require('./shared-BAIl4j9E.cjs');
var createProxy = require('./shared-CT0N5dPc.cjs');
require('./shared-1L7n4xsE.cjs');
require('prom-client');
require('node:http');
require('undici');



exports.createMockApi = server.createMockApi;
exports.startMockApi = server.startMockApi;
exports.startProxyServer = server.startProxyServer;
exports.toNodeHandler = server.toNodeHandler;
exports.parseTrustProxy = createProxy.parseTrustProxy;
