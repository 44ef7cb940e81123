'use strict';

var server = require('./shared-C8-7X7zQ.cjs');
var createProxy = require('./shared-CRQn-UmH.cjs');
require('node:http');



exports.createMockApi = server.createMockApi;
exports.startMockApi = server.startMockApi;
exports.startProxyServer = server.startProxyServer;
exports.toNodeHandler = server.toNodeHandler;
exports.parseTrustProxy = createProxy.parseTrustProxy;
exports.resolveClientAddress = createProxy.resolveClientAddress;
