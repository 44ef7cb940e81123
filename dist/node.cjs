'use strict';

var server = require('./shared-BepmmAME.cjs');
var createProxy = require('./shared-Cvz8F8oI.cjs');
require('node:http');



exports.createMockApi = server.createMockApi;
exports.startMockApi = server.startMockApi;
exports.startProxyServer = server.startProxyServer;
exports.toNodeHandler = server.toNodeHandler;
exports.parseTrustProxy = createProxy.parseTrustProxy;
exports.resolveClientAddress = createProxy.resolveClientAddress;
