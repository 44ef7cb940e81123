'use strict';

/**
 * The Whop "Create conversion" body as data — the single source of truth.
 * Types (./types.ts) and the runtime validator (./validate.ts) are both derived
 * from these tables; no other file lists field names.
 * Source: shared/whop-conversions-api.md (POST /api/v1/conversions).
 */
const EVENT_NAMES = [
    'lead',
    'submit_application',
    'contact',
    'complete_registration',
    'schedule',
    'custom',
];
const ACTION_SOURCES = [
    'email',
    'website',
    'app',
    'phone_call',
    'chat',
    'physical_store',
    'system_generated',
    'business_messaging',
    'other',
];
// ISO 4217 (plus the crypto codes Whop accepts), lower case, in the API page's order.
// biome-ignore format: the compact table is easier to compare with the API page
const CURRENCIES = [
    'usd', 'sgd', 'inr', 'aud', 'brl', 'cad', 'dkk', 'eur', 'nok', 'gbp', 'sek', 'chf', 'hkd', 'huf',
    'jpy', 'mxn', 'myr', 'pln', 'czk', 'nzd', 'aed', 'eth', 'ape', 'cop', 'ron', 'thb', 'bgn', 'idr',
    'dop', 'php', 'try', 'krw', 'twd', 'vnd', 'pkr', 'clp', 'uyu', 'ars', 'zar', 'dzd', 'tnd', 'mad',
    'kes', 'kwd', 'jod', 'all', 'xcd', 'amd', 'bsd', 'bhd', 'bob', 'bam', 'khr', 'crc', 'xof', 'egp',
    'etb', 'gmd', 'ghs', 'gtq', 'gyd', 'ils', 'jmd', 'mop', 'mga', 'mur', 'mdl', 'mnt', 'nad', 'ngn',
    'mkd', 'omr', 'pyg', 'pen', 'qar', 'rwf', 'sar', 'rsd', 'lkr', 'tzs', 'ttd', 'uzs', 'rub', 'btc',
    'cny', 'usdt',
];

exports.ACTION_SOURCES = ACTION_SOURCES;
exports.CURRENCIES = CURRENCIES;
exports.EVENT_NAMES = EVENT_NAMES;
