'use strict';

var server = require('./shared-CzII8bVU.cjs');
var createProxy = require('./shared-Clzeqcxe.cjs');
require('./shared-B7IyF2ik.cjs');
require('prom-client');
require('node:http');
require('undici');



exports.createMockApi = server.createMockApi;
exports.startMockApi = server.startMockApi;
exports.startProxyServer = server.startProxyServer;
exports.toNodeHandler = server.toNodeHandler;
exports.parseTrustProxy = createProxy.parseTrustProxy;
