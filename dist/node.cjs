'use strict';

var server = require('./shared-Cln74MQH.cjs');
var createProxy = require('./shared-Ba-nh4Dx.cjs');
require('./shared--5itKke1.cjs');
require('prom-client');
require('node:http');
require('undici');



exports.createMockApi = server.createMockApi;
exports.startMockApi = server.startMockApi;
exports.startProxyServer = server.startProxyServer;
exports.toNodeHandler = server.toNodeHandler;
exports.parseTrustProxy = createProxy.parseTrustProxy;
