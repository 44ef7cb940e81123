'use strict';

var server = require('./shared-DugvmPZ6.cjs');
var createProxy = require('./shared-CKUV1mfm.cjs');
require('./shared-V16T3JUE.cjs');
require('prom-client');
require('node:http');
require('undici');



exports.createMockApi = server.createMockApi;
exports.startMockApi = server.startMockApi;
exports.startProxyServer = server.startProxyServer;
exports.toNodeHandler = server.toNodeHandler;
exports.parseTrustProxy = createProxy.parseTrustProxy;
