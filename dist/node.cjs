'use strict';

var server = require('./shared-Cx9PfNkm.cjs');
var createProxy = require('./shared-BqQv7oA0.cjs');
require('./shared-BsaG0YAB.cjs');
require('prom-client');
require('node:http');
require('undici');



exports.createMockApi = server.createMockApi;
exports.startMockApi = server.startMockApi;
exports.startProxyServer = server.startProxyServer;
exports.toNodeHandler = server.toNodeHandler;
exports.parseTrustProxy = createProxy.parseTrustProxy;
