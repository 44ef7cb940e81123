'use strict';

var server = require('./shared-BD9ikcy4.cjs');
var createProxy = require('./shared-DMQgmUmU.cjs');
require('prom-client');
require('node:http');



exports.createMockApi = server.createMockApi;
exports.startMockApi = server.startMockApi;
exports.startProxyServer = server.startProxyServer;
exports.toNodeHandler = server.toNodeHandler;
exports.parseTrustProxy = createProxy.parseTrustProxy;
exports.resolveClientAddress = createProxy.resolveClientAddress;
