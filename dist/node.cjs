'use strict';

var server = require('./shared-D_jrjWz_.cjs');
var createProxy = require('./shared-3ezif19I.cjs');
require('node:http');



exports.createMockApi = server.createMockApi;
exports.startMockApi = server.startMockApi;
exports.startProxyServer = server.startProxyServer;
exports.toNodeHandler = server.toNodeHandler;
exports.parseTrustProxy = createProxy.parseTrustProxy;
exports.resolveClientAddress = createProxy.resolveClientAddress;
