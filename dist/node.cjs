'use strict';

var server = require('./shared-SgpO-uhI.cjs');
var createProxy = require('./shared-CN71k5r7.cjs');
require('node:http');



exports.createMockApi = server.createMockApi;
exports.startMockApi = server.startMockApi;
exports.startProxyServer = server.startProxyServer;
exports.toNodeHandler = server.toNodeHandler;
exports.parseTrustProxy = createProxy.parseTrustProxy;
exports.resolveClientAddress = createProxy.resolveClientAddress;
