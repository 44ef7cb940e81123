'use strict';

var server = require('./shared-B8h7UCar.cjs');
var createProxy = require('./shared-wElclqCn.cjs');
require('./shared-BODcNs4f.cjs');
require('prom-client');
require('node:http');
require('undici');



exports.createMockApi = server.createMockApi;
exports.startMockApi = server.startMockApi;
exports.startProxyServer = server.startProxyServer;
exports.toNodeHandler = server.toNodeHandler;
exports.parseTrustProxy = createProxy.parseTrustProxy;
