'use strict';

var server = require('./shared-DjV0ChO_.cjs');
var createProxy = require('./shared-Dpj5AUfT.cjs');
require('node:http');



exports.createMockApi = server.createMockApi;
exports.startMockApi = server.startMockApi;
exports.startProxyServer = server.startProxyServer;
exports.toNodeHandler = server.toNodeHandler;
exports.parseTrustProxy = createProxy.parseTrustProxy;
exports.resolveClientAddress = createProxy.resolveClientAddress;
