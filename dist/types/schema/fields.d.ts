/**
 * The Whop "Create conversion" body as data — the single source of truth.
 * Types (./types.ts) and the runtime validator (./validate.ts) are both derived
 * from these tables; no other file lists field names.
 * Source: shared/whop-conversions-api.md (POST /api/v1/conversions).
 */
export declare const EVENT_NAMES: readonly ["lead", "submit_application", "contact", "complete_registration", "schedule", "custom"];
export declare const ACTION_SOURCES: readonly ["email", "website", "app", "phone_call", "chat", "physical_store", "system_generated", "business_messaging", "other"];
export declare const CURRENCIES: readonly ["usd", "sgd", "inr", "aud", "brl", "cad", "dkk", "eur", "nok", "gbp", "sek", "chf", "hkd", "huf", "jpy", "mxn", "myr", "pln", "czk", "nzd", "aed", "eth", "ape", "cop", "ron", "thb", "bgn", "idr", "dop", "php", "try", "krw", "twd", "vnd", "pkr", "clp", "uyu", "ars", "zar", "dzd", "tnd", "mad", "kes", "kwd", "jod", "all", "xcd", "amd", "bsd", "bhd", "bob", "bam", "khr", "crc", "xof", "egp", "etb", "gmd", "ghs", "gtq", "gyd", "ils", "jmd", "mop", "mga", "mur", "mdl", "mnt", "nad", "ngn", "mkd", "omr", "pyg", "pen", "qar", "rwf", "sar", "rsd", "lkr", "tzs", "ttd", "uzs", "rub", "btc", "cny", "usdt"];
/**
 * `context` keys (all strings) with their maximum lengths.
 * Click ids: Meta ignores fbclid values over 500 characters, so 500 is the cap for ids;
 * user agents get 1024 (real ones are under 400); IPv6 with zone fits in 64.
 */
export declare const CONTEXT_FIELDS: {
    readonly fbclid: 500;
    readonly fbp: 500;
    readonly ga: 500;
    readonly gclid: 500;
    readonly ig_sid: 500;
    readonly ttclid: 500;
    readonly ttp: 500;
    readonly ip_address: 64;
    readonly user_agent: 1024;
    readonly ad_campaign_id: 256;
    readonly ad_id: 256;
    readonly ad_set_id: 256;
    readonly utm_campaign: 500;
    readonly utm_content: 500;
    readonly utm_id: 500;
    readonly utm_medium: 500;
    readonly utm_source: 500;
    readonly utm_term: 500;
};
/**
 * `user` keys (all strings) with their maximum lengths. 254 is the longest valid e-mail
 * address (RFC 5321 path limit); the rest get 256, `birthdate` is exactly `YYYY-MM-DD`.
 */
export declare const USER_FIELDS: {
    readonly anonymous_id: 256;
    readonly external_id: 256;
    readonly member_id: 256;
    readonly membership_id: 256;
    readonly user_id: 256;
    readonly birthdate: 10;
    readonly city: 256;
    readonly country: 256;
    readonly email: 254;
    readonly first_name: 256;
    readonly gender: 256;
    readonly last_name: 256;
    readonly name: 256;
    readonly phone: 256;
    readonly postal_code: 256;
    readonly state: 256;
    readonly username: 256;
};
/**
 * Top-level body fields: the kind of value, and the maximum length for strings.
 * `nullable` follows the API page's "| null". URLs get 4096: landing URLs carry
 * long click ids plus UTMs, and browsers send far longer than the old 2048 rule.
 * `custom_name` is capped at 35, the limit Whop documents for its events intake.
 */
export declare const BODY_FIELDS: {
    readonly company_id: {
        readonly kind: "string";
        readonly max: 256;
        readonly nullable: false;
    };
    readonly event_name: {
        readonly kind: "enum";
        readonly values: readonly ["lead", "submit_application", "contact", "complete_registration", "schedule", "custom"];
        readonly nullable: false;
    };
    readonly action_source: {
        readonly kind: "enum";
        readonly values: readonly ["email", "website", "app", "phone_call", "chat", "physical_store", "system_generated", "business_messaging", "other"];
        readonly nullable: true;
    };
    readonly context: {
        readonly kind: "object";
        readonly fields: {
            readonly fbclid: 500;
            readonly fbp: 500;
            readonly ga: 500;
            readonly gclid: 500;
            readonly ig_sid: 500;
            readonly ttclid: 500;
            readonly ttp: 500;
            readonly ip_address: 64;
            readonly user_agent: 1024;
            readonly ad_campaign_id: 256;
            readonly ad_id: 256;
            readonly ad_set_id: 256;
            readonly utm_campaign: 500;
            readonly utm_content: 500;
            readonly utm_id: 500;
            readonly utm_medium: 500;
            readonly utm_source: 500;
            readonly utm_term: 500;
        };
        readonly nullable: false;
    };
    readonly currency: {
        readonly kind: "enum";
        readonly values: readonly ["usd", "sgd", "inr", "aud", "brl", "cad", "dkk", "eur", "nok", "gbp", "sek", "chf", "hkd", "huf", "jpy", "mxn", "myr", "pln", "czk", "nzd", "aed", "eth", "ape", "cop", "ron", "thb", "bgn", "idr", "dop", "php", "try", "krw", "twd", "vnd", "pkr", "clp", "uyu", "ars", "zar", "dzd", "tnd", "mad", "kes", "kwd", "jod", "all", "xcd", "amd", "bsd", "bhd", "bob", "bam", "khr", "crc", "xof", "egp", "etb", "gmd", "ghs", "gtq", "gyd", "ils", "jmd", "mop", "mga", "mur", "mdl", "mnt", "nad", "ngn", "mkd", "omr", "pyg", "pen", "qar", "rwf", "sar", "rsd", "lkr", "tzs", "ttd", "uzs", "rub", "btc", "cny", "usdt"];
        readonly nullable: true;
    };
    readonly custom_name: {
        readonly kind: "string";
        readonly max: 35;
        readonly nullable: true;
    };
    readonly event_id: {
        readonly kind: "string";
        readonly max: 256;
        readonly nullable: true;
    };
    readonly event_time: {
        readonly kind: "datetime";
        readonly max: 64;
        readonly nullable: true;
    };
    readonly plan_id: {
        readonly kind: "string";
        readonly max: 256;
        readonly nullable: true;
    };
    readonly product_id: {
        readonly kind: "string";
        readonly max: 256;
        readonly nullable: true;
    };
    readonly referrer_url: {
        readonly kind: "string";
        readonly max: 4096;
        readonly nullable: true;
    };
    readonly url: {
        readonly kind: "string";
        readonly max: 4096;
        readonly nullable: true;
    };
    readonly user: {
        readonly kind: "object";
        readonly fields: {
            readonly anonymous_id: 256;
            readonly external_id: 256;
            readonly member_id: 256;
            readonly membership_id: 256;
            readonly user_id: 256;
            readonly birthdate: 10;
            readonly city: 256;
            readonly country: 256;
            readonly email: 254;
            readonly first_name: 256;
            readonly gender: 256;
            readonly last_name: 256;
            readonly name: 256;
            readonly phone: 256;
            readonly postal_code: 256;
            readonly state: 256;
            readonly username: 256;
        };
        readonly nullable: false;
    };
    readonly value: {
        readonly kind: "number";
        readonly nullable: true;
    };
};
/** Fields that must be present in the upstream body. */
export declare const REQUIRED_FIELDS: readonly ["company_id", "event_name"];
/** The most events the proxy accepts in one request body. */
export declare const MAX_BATCH_EVENTS = 50;
