'use strict';

var server = require('./shared-IDqKq03_.cjs');
var createProxy = require('./shared-_Rc__RO5.cjs');
require('./shared-BRLPuqrh.cjs');
require('prom-client');
require('node:http');



exports.createMockApi = server.createMockApi;
exports.startMockApi = server.startMockApi;
exports.startProxyServer = server.startProxyServer;
exports.toNodeHandler = server.toNodeHandler;
exports.parseTrustProxy = createProxy.parseTrustProxy;
