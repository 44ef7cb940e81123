'use strict';

var server = require('./shared-BpcVuNlp.cjs');
var createProxy = require('./shared-DkPCLXOk.cjs');
require('./shared-BNLLDLS7.cjs');
require('prom-client');
require('node:http');
require('undici');



exports.createMockApi = server.createMockApi;
exports.startMockApi = server.startMockApi;
exports.startProxyServer = server.startProxyServer;
exports.toNodeHandler = server.toNodeHandler;
exports.parseTrustProxy = createProxy.parseTrustProxy;
