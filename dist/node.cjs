'use strict';

var server = require('./shared-D5b6BkxT.cjs');
var createProxy = require('./shared-MMrT59J1.cjs');
require('./shared-CyLI_1aT.cjs');
require('prom-client');
require('node:http');
require('undici');



exports.createMockApi = server.createMockApi;
exports.startMockApi = server.startMockApi;
exports.startProxyServer = server.startProxyServer;
exports.toNodeHandler = server.toNodeHandler;
exports.parseTrustProxy = createProxy.parseTrustProxy;
