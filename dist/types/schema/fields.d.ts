/**
 * The bodies of Whop's two server APIs as data — the single source of truth.
 * Types (./types.ts) and the runtime validator (./validate.ts) are both derived
 * from these tables; no other file lists field names.
 * Sources: Whop's API reference for POST /api/v1/conversions ("Create conversion", the default)
 * and for POST /api/v1/events (its successor). Both take the same body but for the fields marked
 * `only`.
 */
/** Whop's server APIs the proxy speaks: `conversions` (the default) or `events`. */
export declare const APIS: readonly ["conversions", "events"];
/** Each API's path on Whop's host (and on the mock API). */
export declare const API_PATHS: {
    readonly conversions: "/api/v1/conversions";
    readonly events: "/api/v1/events";
};
/** The body field naming the company: each API spells it its own way. */
export declare const ACCOUNT_FIELDS: {
    readonly conversions: "company_id";
    readonly events: "account_id";
};
/** Both APIs' company fields: a caller's body needs none, since the proxy writes its own. */
export declare const COMPANY_FIELDS: readonly string[];
export declare const EVENT_NAMES: readonly ["lead", "submit_application", "contact", "complete_registration", "schedule", "custom"];
/**
 * Standard names only the Events API takes. It also takes any other name as a custom event
 * (at most CUSTOM_NAME_MAX characters, the limit of `custom_name`); `/conversions` takes only
 * EVENT_NAMES, with `custom` + `custom_name` for the rest.
 */
export declare const EVENTS_API_EVENT_NAMES: readonly ["view_content", "add_to_cart", "initiate_checkout", "purchase"];
/** The longest custom event name Whop documents (`custom_name`, or a free Events API name). */
export declare const CUSTOM_NAME_MAX = 35;
export declare const ACTION_SOURCES: readonly ["email", "website", "app", "phone_call", "chat", "physical_store", "system_generated", "business_messaging", "other"];
export declare const CURRENCIES: readonly ["usd", "sgd", "inr", "aud", "brl", "cad", "dkk", "eur", "nok", "gbp", "sek", "chf", "hkd", "huf", "jpy", "mxn", "myr", "pln", "czk", "nzd", "aed", "eth", "ape", "cop", "ron", "thb", "bgn", "idr", "dop", "php", "try", "krw", "twd", "vnd", "pkr", "clp", "uyu", "ars", "zar", "dzd", "tnd", "mad", "kes", "kwd", "jod", "all", "xcd", "amd", "bsd", "bhd", "bob", "bam", "khr", "crc", "xof", "egp", "etb", "gmd", "ghs", "gtq", "gyd", "ils", "jmd", "mop", "mga", "mur", "mdl", "mnt", "nad", "ngn", "mkd", "omr", "pyg", "pen", "qar", "rwf", "sar", "rsd", "lkr", "tzs", "ttd", "uzs", "rub", "btc", "cny", "usdt"];
/**
 * `context` keys (all strings): the maximum length, `only` for a key one API alone takes, and
 * `cookie` for a key whose value an ad platform's own first-party cookie also holds (the snippet
 * reads it in the page, the proxy from the `Cookie` header when the body has none).
 * Click ids: Meta ignores fbclid values over 500 characters, so 500 is the cap for ids;
 * user agents get 1024 (real ones are under 400); IPv6 with zone fits in 64. The Events API's
 * `fingerprint` fields are left out: this project does not fingerprint visitors.
 */
export declare const CONTEXT_FIELDS: {
    readonly fbclid: {
        readonly max: 500;
    };
    readonly fbp: {
        readonly max: 500;
        readonly cookie: "_fbp";
    };
    readonly ga: {
        readonly max: 500;
        readonly cookie: "_ga";
    };
    readonly gclid: {
        readonly max: 500;
    };
    readonly ig_sid: {
        readonly max: 500;
    };
    readonly ttclid: {
        readonly max: 500;
    };
    readonly ttp: {
        readonly max: 500;
        readonly cookie: "_ttp";
    };
    readonly ip_address: {
        readonly max: 64;
    };
    readonly user_agent: {
        readonly max: 1024;
    };
    readonly ad_campaign_id: {
        readonly max: 256;
    };
    readonly ad_id: {
        readonly max: 256;
    };
    readonly ad_set_id: {
        readonly max: 256;
    };
    readonly utm_campaign: {
        readonly max: 500;
    };
    readonly utm_content: {
        readonly max: 500;
    };
    readonly utm_id: {
        readonly max: 500;
    };
    readonly utm_medium: {
        readonly max: 500;
    };
    readonly utm_source: {
        readonly max: 500;
    };
    readonly utm_term: {
        readonly max: 500;
    };
    /** The raw `_fbc` cookie, `fb.1.<ms>.<fbclid>`. */
    readonly fbc: {
        readonly max: 500;
        readonly only: "events";
        readonly cookie: "_fbc";
    };
    readonly gbraid: {
        readonly max: 500;
        readonly only: "events";
    };
    readonly wbraid: {
        readonly max: 500;
        readonly only: "events";
    };
    readonly msclkid: {
        readonly max: 500;
        readonly only: "events";
    };
    readonly li_fat_id: {
        readonly max: 500;
        readonly only: "events";
    };
    readonly rdt_cid: {
        readonly max: 500;
        readonly only: "events";
    };
    /** Snapchat's click id; its URL parameter is spelled `ScCid`. */
    readonly sccid: {
        readonly max: 500;
        readonly only: "events";
    };
    readonly twclid: {
        readonly max: 500;
        readonly only: "events";
    };
    /** A BCP 47 tag such as `en-US` (the proxy takes it from `Accept-Language`). */
    readonly language: {
        readonly max: 35;
        readonly only: "events";
    };
    /** An IANA zone such as `Europe/Paris`. */
    readonly timezone: {
        readonly max: 64;
        readonly only: "events";
    };
    /** `1920x1080`. */
    readonly screen_resolution: {
        readonly max: 32;
        readonly only: "events";
    };
};
/**
 * `user` keys (all strings) with their maximum lengths. 254 is the longest valid e-mail
 * address (RFC 5321 path limit); the rest get 256. `only` marks a key one API alone takes,
 * `format: 'date'` one that must be a `YYYY-MM-DD` day that exists.
 */
export declare const USER_FIELDS: {
    readonly anonymous_id: {
        readonly max: 256;
    };
    readonly external_id: {
        readonly max: 256;
    };
    readonly member_id: {
        readonly max: 256;
    };
    readonly membership_id: {
        readonly max: 256;
    };
    readonly user_id: {
        readonly max: 256;
    };
    readonly birthdate: {
        readonly max: 10;
        readonly format: "date";
    };
    readonly city: {
        readonly max: 256;
    };
    readonly country: {
        readonly max: 256;
    };
    readonly email: {
        readonly max: 254;
    };
    readonly first_name: {
        readonly max: 256;
    };
    readonly gender: {
        readonly max: 256;
    };
    readonly last_name: {
        readonly max: 256;
    };
    readonly name: {
        readonly max: 256;
    };
    readonly phone: {
        readonly max: 256;
    };
    readonly postal_code: {
        readonly max: 256;
    };
    readonly state: {
        readonly max: 256;
    };
    readonly username: {
        readonly max: 256;
    };
    /** A second visitor id of the same person, e.g. another subdomain's, so Whop joins both. */
    readonly linked_anonymous_id: {
        readonly max: 256;
        readonly only: "events";
    };
    /** Another `_wuid` of the same person. */
    readonly linked_wuid: {
        readonly max: 256;
        readonly only: "events";
    };
};
/**
 * Top-level body fields: the kind of value, and the maximum length for strings.
 * `nullable` follows the API page's "| null"; `required` marks the fields a body must have,
 * `nonEmpty` the strings that must not be `""`. URLs get 4096: landing URLs carry
 * long click ids plus UTMs, and browsers send far longer than the old 2048 rule; `cut` marks
 * them as page addresses, which the proxy cuts to `max` rather than refuse (tracking parameters
 * alone can make one longer, and a long landing URL must never cost a lead).
 * `custom_name` is capped at 35, the limit Whop documents for its events intake. `event_name` is
 * one of EVENT_NAMES for `/conversions`; the Events API also takes EVENTS_API_EVENT_NAMES and free
 * names (the validator applies that rule). The company goes as `company_id` or `account_id`
 * (ACCOUNT_FIELDS): with `event_name`, the only required fields. The Events API's page-view fields
 * (`title`, `resumed`, `duration`, `source`) are left out: the proxy forwards conversions.
 * The doc comments below are what editors show on the fields of `ConversionInput`.
 */
export declare const BODY_FIELDS: {
    /** The company, on `/conversions`: the proxy's own, whatever a caller sends. */
    readonly company_id: {
        readonly kind: "string";
        readonly max: 256;
        readonly nullable: false;
        readonly only: "conversions";
        readonly required: true;
        readonly nonEmpty: true;
    };
    /** The company, on the Events API: the proxy's own, whatever a caller sends. */
    readonly account_id: {
        readonly kind: "string";
        readonly max: 256;
        readonly nullable: false;
        readonly only: "events";
        readonly required: true;
        readonly nonEmpty: true;
    };
    readonly event_name: {
        readonly kind: "enum";
        readonly values: readonly ["lead", "submit_application", "contact", "complete_registration", "schedule", "custom"];
        readonly nullable: false;
        readonly required: true;
    };
    /** Where the conversion happened; the proxy sends `website` when absent. */
    readonly action_source: {
        readonly kind: "enum";
        readonly values: readonly ["email", "website", "app", "phone_call", "chat", "physical_store", "system_generated", "business_messaging", "other"];
        readonly nullable: true;
    };
    /** Tracking and attribution context. */
    readonly context: {
        readonly kind: "object";
        readonly fields: {
            readonly fbclid: {
                readonly max: 500;
            };
            readonly fbp: {
                readonly max: 500;
                readonly cookie: "_fbp";
            };
            readonly ga: {
                readonly max: 500;
                readonly cookie: "_ga";
            };
            readonly gclid: {
                readonly max: 500;
            };
            readonly ig_sid: {
                readonly max: 500;
            };
            readonly ttclid: {
                readonly max: 500;
            };
            readonly ttp: {
                readonly max: 500;
                readonly cookie: "_ttp";
            };
            readonly ip_address: {
                readonly max: 64;
            };
            readonly user_agent: {
                readonly max: 1024;
            };
            readonly ad_campaign_id: {
                readonly max: 256;
            };
            readonly ad_id: {
                readonly max: 256;
            };
            readonly ad_set_id: {
                readonly max: 256;
            };
            readonly utm_campaign: {
                readonly max: 500;
            };
            readonly utm_content: {
                readonly max: 500;
            };
            readonly utm_id: {
                readonly max: 500;
            };
            readonly utm_medium: {
                readonly max: 500;
            };
            readonly utm_source: {
                readonly max: 500;
            };
            readonly utm_term: {
                readonly max: 500;
            };
            /** The raw `_fbc` cookie, `fb.1.<ms>.<fbclid>`. */
            readonly fbc: {
                readonly max: 500;
                readonly only: "events";
                readonly cookie: "_fbc";
            };
            readonly gbraid: {
                readonly max: 500;
                readonly only: "events";
            };
            readonly wbraid: {
                readonly max: 500;
                readonly only: "events";
            };
            readonly msclkid: {
                readonly max: 500;
                readonly only: "events";
            };
            readonly li_fat_id: {
                readonly max: 500;
                readonly only: "events";
            };
            readonly rdt_cid: {
                readonly max: 500;
                readonly only: "events";
            };
            /** Snapchat's click id; its URL parameter is spelled `ScCid`. */
            readonly sccid: {
                readonly max: 500;
                readonly only: "events";
            };
            readonly twclid: {
                readonly max: 500;
                readonly only: "events";
            };
            /** A BCP 47 tag such as `en-US` (the proxy takes it from `Accept-Language`). */
            readonly language: {
                readonly max: 35;
                readonly only: "events";
            };
            /** An IANA zone such as `Europe/Paris`. */
            readonly timezone: {
                readonly max: 64;
                readonly only: "events";
            };
            /** `1920x1080`. */
            readonly screen_resolution: {
                readonly max: 32;
                readonly only: "events";
            };
        };
        readonly nullable: false;
    };
    readonly currency: {
        readonly kind: "enum";
        readonly values: readonly ["usd", "sgd", "inr", "aud", "brl", "cad", "dkk", "eur", "nok", "gbp", "sek", "chf", "hkd", "huf", "jpy", "mxn", "myr", "pln", "czk", "nzd", "aed", "eth", "ape", "cop", "ron", "thb", "bgn", "idr", "dop", "php", "try", "krw", "twd", "vnd", "pkr", "clp", "uyu", "ars", "zar", "dzd", "tnd", "mad", "kes", "kwd", "jod", "all", "xcd", "amd", "bsd", "bhd", "bob", "bam", "khr", "crc", "xof", "egp", "etb", "gmd", "ghs", "gtq", "gyd", "ils", "jmd", "mop", "mga", "mur", "mdl", "mnt", "nad", "ngn", "mkd", "omr", "pyg", "pen", "qar", "rwf", "sar", "rsd", "lkr", "tzs", "ttd", "uzs", "rub", "btc", "cny", "usdt"];
        readonly nullable: true;
    };
    /** Required when `event_name` is `custom`; at most 35 characters. */
    readonly custom_name: {
        readonly kind: "string";
        readonly max: 35;
        readonly nullable: true;
    };
    /** Deduplication key; the proxy generates one when absent. */
    readonly event_id: {
        readonly kind: "string";
        readonly max: 256;
        readonly nullable: true;
        readonly nonEmpty: true;
    };
    /** ISO 8601 date-time; defaults to now. */
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
    /** The page's referrer. */
    readonly referrer_url: {
        readonly kind: "string";
        readonly max: 4096;
        readonly nullable: true;
        readonly cut: true;
    };
    /** The page's address. */
    readonly url: {
        readonly kind: "string";
        readonly max: 4096;
        readonly nullable: true;
        readonly cut: true;
    };
    /** User identity and profile data. */
    readonly user: {
        readonly kind: "object";
        readonly fields: {
            readonly anonymous_id: {
                readonly max: 256;
            };
            readonly external_id: {
                readonly max: 256;
            };
            readonly member_id: {
                readonly max: 256;
            };
            readonly membership_id: {
                readonly max: 256;
            };
            readonly user_id: {
                readonly max: 256;
            };
            readonly birthdate: {
                readonly max: 10;
                readonly format: "date";
            };
            readonly city: {
                readonly max: 256;
            };
            readonly country: {
                readonly max: 256;
            };
            readonly email: {
                readonly max: 254;
            };
            readonly first_name: {
                readonly max: 256;
            };
            readonly gender: {
                readonly max: 256;
            };
            readonly last_name: {
                readonly max: 256;
            };
            readonly name: {
                readonly max: 256;
            };
            readonly phone: {
                readonly max: 256;
            };
            readonly postal_code: {
                readonly max: 256;
            };
            readonly state: {
                readonly max: 256;
            };
            readonly username: {
                readonly max: 256;
            };
            /** A second visitor id of the same person, e.g. another subdomain's, so Whop joins both. */
            readonly linked_anonymous_id: {
                readonly max: 256;
                readonly only: "events";
            };
            /** Another `_wuid` of the same person. */
            readonly linked_wuid: {
                readonly max: 256;
                readonly only: "events";
            };
        };
        readonly nullable: false;
    };
    /** Monetary value, a finite number (positive for the Events API's `purchase`). */
    readonly value: {
        readonly kind: "number";
        readonly nullable: true;
    };
};
/** The most events the proxy accepts in one request body. */
export declare const MAX_BATCH_EVENTS = 50;
/** The keys of `table` whose rule has `column`. */
type KeysWith<T, C extends PropertyKey> = {
    [K in keyof T]: T[K] extends {
        [P in C]: unknown;
    } ? K : never;
}[keyof T];
/** `context` keys an ad platform's cookie also holds (`cookie` names it). */
export declare const COOKIE_CONTEXT_FIELDS: KeysWith<{
    readonly fbclid: {
        readonly max: 500;
    };
    readonly fbp: {
        readonly max: 500;
        readonly cookie: "_fbp";
    };
    readonly ga: {
        readonly max: 500;
        readonly cookie: "_ga";
    };
    readonly gclid: {
        readonly max: 500;
    };
    readonly ig_sid: {
        readonly max: 500;
    };
    readonly ttclid: {
        readonly max: 500;
    };
    readonly ttp: {
        readonly max: 500;
        readonly cookie: "_ttp";
    };
    readonly ip_address: {
        readonly max: 64;
    };
    readonly user_agent: {
        readonly max: 1024;
    };
    readonly ad_campaign_id: {
        readonly max: 256;
    };
    readonly ad_id: {
        readonly max: 256;
    };
    readonly ad_set_id: {
        readonly max: 256;
    };
    readonly utm_campaign: {
        readonly max: 500;
    };
    readonly utm_content: {
        readonly max: 500;
    };
    readonly utm_id: {
        readonly max: 500;
    };
    readonly utm_medium: {
        readonly max: 500;
    };
    readonly utm_source: {
        readonly max: 500;
    };
    readonly utm_term: {
        readonly max: 500;
    };
    /** The raw `_fbc` cookie, `fb.1.<ms>.<fbclid>`. */
    readonly fbc: {
        readonly max: 500;
        readonly only: "events";
        readonly cookie: "_fbc";
    };
    readonly gbraid: {
        readonly max: 500;
        readonly only: "events";
    };
    readonly wbraid: {
        readonly max: 500;
        readonly only: "events";
    };
    readonly msclkid: {
        readonly max: 500;
        readonly only: "events";
    };
    readonly li_fat_id: {
        readonly max: 500;
        readonly only: "events";
    };
    readonly rdt_cid: {
        readonly max: 500;
        readonly only: "events";
    };
    /** Snapchat's click id; its URL parameter is spelled `ScCid`. */
    readonly sccid: {
        readonly max: 500;
        readonly only: "events";
    };
    readonly twclid: {
        readonly max: 500;
        readonly only: "events";
    };
    /** A BCP 47 tag such as `en-US` (the proxy takes it from `Accept-Language`). */
    readonly language: {
        readonly max: 35;
        readonly only: "events";
    };
    /** An IANA zone such as `Europe/Paris`. */
    readonly timezone: {
        readonly max: 64;
        readonly only: "events";
    };
    /** `1920x1080`. */
    readonly screen_resolution: {
        readonly max: 32;
        readonly only: "events";
    };
}, "cookie">[];
/** Body fields a body must have (a caller's body to the proxy: `event_name` alone). */
export declare const REQUIRED_FIELDS: KeysWith<{
    /** The company, on `/conversions`: the proxy's own, whatever a caller sends. */
    readonly company_id: {
        readonly kind: "string";
        readonly max: 256;
        readonly nullable: false;
        readonly only: "conversions";
        readonly required: true;
        readonly nonEmpty: true;
    };
    /** The company, on the Events API: the proxy's own, whatever a caller sends. */
    readonly account_id: {
        readonly kind: "string";
        readonly max: 256;
        readonly nullable: false;
        readonly only: "events";
        readonly required: true;
        readonly nonEmpty: true;
    };
    readonly event_name: {
        readonly kind: "enum";
        readonly values: readonly ["lead", "submit_application", "contact", "complete_registration", "schedule", "custom"];
        readonly nullable: false;
        readonly required: true;
    };
    /** Where the conversion happened; the proxy sends `website` when absent. */
    readonly action_source: {
        readonly kind: "enum";
        readonly values: readonly ["email", "website", "app", "phone_call", "chat", "physical_store", "system_generated", "business_messaging", "other"];
        readonly nullable: true;
    };
    /** Tracking and attribution context. */
    readonly context: {
        readonly kind: "object";
        readonly fields: {
            readonly fbclid: {
                readonly max: 500;
            };
            readonly fbp: {
                readonly max: 500;
                readonly cookie: "_fbp";
            };
            readonly ga: {
                readonly max: 500;
                readonly cookie: "_ga";
            };
            readonly gclid: {
                readonly max: 500;
            };
            readonly ig_sid: {
                readonly max: 500;
            };
            readonly ttclid: {
                readonly max: 500;
            };
            readonly ttp: {
                readonly max: 500;
                readonly cookie: "_ttp";
            };
            readonly ip_address: {
                readonly max: 64;
            };
            readonly user_agent: {
                readonly max: 1024;
            };
            readonly ad_campaign_id: {
                readonly max: 256;
            };
            readonly ad_id: {
                readonly max: 256;
            };
            readonly ad_set_id: {
                readonly max: 256;
            };
            readonly utm_campaign: {
                readonly max: 500;
            };
            readonly utm_content: {
                readonly max: 500;
            };
            readonly utm_id: {
                readonly max: 500;
            };
            readonly utm_medium: {
                readonly max: 500;
            };
            readonly utm_source: {
                readonly max: 500;
            };
            readonly utm_term: {
                readonly max: 500;
            };
            /** The raw `_fbc` cookie, `fb.1.<ms>.<fbclid>`. */
            readonly fbc: {
                readonly max: 500;
                readonly only: "events";
                readonly cookie: "_fbc";
            };
            readonly gbraid: {
                readonly max: 500;
                readonly only: "events";
            };
            readonly wbraid: {
                readonly max: 500;
                readonly only: "events";
            };
            readonly msclkid: {
                readonly max: 500;
                readonly only: "events";
            };
            readonly li_fat_id: {
                readonly max: 500;
                readonly only: "events";
            };
            readonly rdt_cid: {
                readonly max: 500;
                readonly only: "events";
            };
            /** Snapchat's click id; its URL parameter is spelled `ScCid`. */
            readonly sccid: {
                readonly max: 500;
                readonly only: "events";
            };
            readonly twclid: {
                readonly max: 500;
                readonly only: "events";
            };
            /** A BCP 47 tag such as `en-US` (the proxy takes it from `Accept-Language`). */
            readonly language: {
                readonly max: 35;
                readonly only: "events";
            };
            /** An IANA zone such as `Europe/Paris`. */
            readonly timezone: {
                readonly max: 64;
                readonly only: "events";
            };
            /** `1920x1080`. */
            readonly screen_resolution: {
                readonly max: 32;
                readonly only: "events";
            };
        };
        readonly nullable: false;
    };
    readonly currency: {
        readonly kind: "enum";
        readonly values: readonly ["usd", "sgd", "inr", "aud", "brl", "cad", "dkk", "eur", "nok", "gbp", "sek", "chf", "hkd", "huf", "jpy", "mxn", "myr", "pln", "czk", "nzd", "aed", "eth", "ape", "cop", "ron", "thb", "bgn", "idr", "dop", "php", "try", "krw", "twd", "vnd", "pkr", "clp", "uyu", "ars", "zar", "dzd", "tnd", "mad", "kes", "kwd", "jod", "all", "xcd", "amd", "bsd", "bhd", "bob", "bam", "khr", "crc", "xof", "egp", "etb", "gmd", "ghs", "gtq", "gyd", "ils", "jmd", "mop", "mga", "mur", "mdl", "mnt", "nad", "ngn", "mkd", "omr", "pyg", "pen", "qar", "rwf", "sar", "rsd", "lkr", "tzs", "ttd", "uzs", "rub", "btc", "cny", "usdt"];
        readonly nullable: true;
    };
    /** Required when `event_name` is `custom`; at most 35 characters. */
    readonly custom_name: {
        readonly kind: "string";
        readonly max: 35;
        readonly nullable: true;
    };
    /** Deduplication key; the proxy generates one when absent. */
    readonly event_id: {
        readonly kind: "string";
        readonly max: 256;
        readonly nullable: true;
        readonly nonEmpty: true;
    };
    /** ISO 8601 date-time; defaults to now. */
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
    /** The page's referrer. */
    readonly referrer_url: {
        readonly kind: "string";
        readonly max: 4096;
        readonly nullable: true;
        readonly cut: true;
    };
    /** The page's address. */
    readonly url: {
        readonly kind: "string";
        readonly max: 4096;
        readonly nullable: true;
        readonly cut: true;
    };
    /** User identity and profile data. */
    readonly user: {
        readonly kind: "object";
        readonly fields: {
            readonly anonymous_id: {
                readonly max: 256;
            };
            readonly external_id: {
                readonly max: 256;
            };
            readonly member_id: {
                readonly max: 256;
            };
            readonly membership_id: {
                readonly max: 256;
            };
            readonly user_id: {
                readonly max: 256;
            };
            readonly birthdate: {
                readonly max: 10;
                readonly format: "date";
            };
            readonly city: {
                readonly max: 256;
            };
            readonly country: {
                readonly max: 256;
            };
            readonly email: {
                readonly max: 254;
            };
            readonly first_name: {
                readonly max: 256;
            };
            readonly gender: {
                readonly max: 256;
            };
            readonly last_name: {
                readonly max: 256;
            };
            readonly name: {
                readonly max: 256;
            };
            readonly phone: {
                readonly max: 256;
            };
            readonly postal_code: {
                readonly max: 256;
            };
            readonly state: {
                readonly max: 256;
            };
            readonly username: {
                readonly max: 256;
            };
            /** A second visitor id of the same person, e.g. another subdomain's, so Whop joins both. */
            readonly linked_anonymous_id: {
                readonly max: 256;
                readonly only: "events";
            };
            /** Another `_wuid` of the same person. */
            readonly linked_wuid: {
                readonly max: 256;
                readonly only: "events";
            };
        };
        readonly nullable: false;
    };
    /** Monetary value, a finite number (positive for the Events API's `purchase`). */
    readonly value: {
        readonly kind: "number";
        readonly nullable: true;
    };
}, "required">[];
/** Body strings that must not be empty. */
export declare const NON_EMPTY_FIELDS: KeysWith<{
    /** The company, on `/conversions`: the proxy's own, whatever a caller sends. */
    readonly company_id: {
        readonly kind: "string";
        readonly max: 256;
        readonly nullable: false;
        readonly only: "conversions";
        readonly required: true;
        readonly nonEmpty: true;
    };
    /** The company, on the Events API: the proxy's own, whatever a caller sends. */
    readonly account_id: {
        readonly kind: "string";
        readonly max: 256;
        readonly nullable: false;
        readonly only: "events";
        readonly required: true;
        readonly nonEmpty: true;
    };
    readonly event_name: {
        readonly kind: "enum";
        readonly values: readonly ["lead", "submit_application", "contact", "complete_registration", "schedule", "custom"];
        readonly nullable: false;
        readonly required: true;
    };
    /** Where the conversion happened; the proxy sends `website` when absent. */
    readonly action_source: {
        readonly kind: "enum";
        readonly values: readonly ["email", "website", "app", "phone_call", "chat", "physical_store", "system_generated", "business_messaging", "other"];
        readonly nullable: true;
    };
    /** Tracking and attribution context. */
    readonly context: {
        readonly kind: "object";
        readonly fields: {
            readonly fbclid: {
                readonly max: 500;
            };
            readonly fbp: {
                readonly max: 500;
                readonly cookie: "_fbp";
            };
            readonly ga: {
                readonly max: 500;
                readonly cookie: "_ga";
            };
            readonly gclid: {
                readonly max: 500;
            };
            readonly ig_sid: {
                readonly max: 500;
            };
            readonly ttclid: {
                readonly max: 500;
            };
            readonly ttp: {
                readonly max: 500;
                readonly cookie: "_ttp";
            };
            readonly ip_address: {
                readonly max: 64;
            };
            readonly user_agent: {
                readonly max: 1024;
            };
            readonly ad_campaign_id: {
                readonly max: 256;
            };
            readonly ad_id: {
                readonly max: 256;
            };
            readonly ad_set_id: {
                readonly max: 256;
            };
            readonly utm_campaign: {
                readonly max: 500;
            };
            readonly utm_content: {
                readonly max: 500;
            };
            readonly utm_id: {
                readonly max: 500;
            };
            readonly utm_medium: {
                readonly max: 500;
            };
            readonly utm_source: {
                readonly max: 500;
            };
            readonly utm_term: {
                readonly max: 500;
            };
            /** The raw `_fbc` cookie, `fb.1.<ms>.<fbclid>`. */
            readonly fbc: {
                readonly max: 500;
                readonly only: "events";
                readonly cookie: "_fbc";
            };
            readonly gbraid: {
                readonly max: 500;
                readonly only: "events";
            };
            readonly wbraid: {
                readonly max: 500;
                readonly only: "events";
            };
            readonly msclkid: {
                readonly max: 500;
                readonly only: "events";
            };
            readonly li_fat_id: {
                readonly max: 500;
                readonly only: "events";
            };
            readonly rdt_cid: {
                readonly max: 500;
                readonly only: "events";
            };
            /** Snapchat's click id; its URL parameter is spelled `ScCid`. */
            readonly sccid: {
                readonly max: 500;
                readonly only: "events";
            };
            readonly twclid: {
                readonly max: 500;
                readonly only: "events";
            };
            /** A BCP 47 tag such as `en-US` (the proxy takes it from `Accept-Language`). */
            readonly language: {
                readonly max: 35;
                readonly only: "events";
            };
            /** An IANA zone such as `Europe/Paris`. */
            readonly timezone: {
                readonly max: 64;
                readonly only: "events";
            };
            /** `1920x1080`. */
            readonly screen_resolution: {
                readonly max: 32;
                readonly only: "events";
            };
        };
        readonly nullable: false;
    };
    readonly currency: {
        readonly kind: "enum";
        readonly values: readonly ["usd", "sgd", "inr", "aud", "brl", "cad", "dkk", "eur", "nok", "gbp", "sek", "chf", "hkd", "huf", "jpy", "mxn", "myr", "pln", "czk", "nzd", "aed", "eth", "ape", "cop", "ron", "thb", "bgn", "idr", "dop", "php", "try", "krw", "twd", "vnd", "pkr", "clp", "uyu", "ars", "zar", "dzd", "tnd", "mad", "kes", "kwd", "jod", "all", "xcd", "amd", "bsd", "bhd", "bob", "bam", "khr", "crc", "xof", "egp", "etb", "gmd", "ghs", "gtq", "gyd", "ils", "jmd", "mop", "mga", "mur", "mdl", "mnt", "nad", "ngn", "mkd", "omr", "pyg", "pen", "qar", "rwf", "sar", "rsd", "lkr", "tzs", "ttd", "uzs", "rub", "btc", "cny", "usdt"];
        readonly nullable: true;
    };
    /** Required when `event_name` is `custom`; at most 35 characters. */
    readonly custom_name: {
        readonly kind: "string";
        readonly max: 35;
        readonly nullable: true;
    };
    /** Deduplication key; the proxy generates one when absent. */
    readonly event_id: {
        readonly kind: "string";
        readonly max: 256;
        readonly nullable: true;
        readonly nonEmpty: true;
    };
    /** ISO 8601 date-time; defaults to now. */
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
    /** The page's referrer. */
    readonly referrer_url: {
        readonly kind: "string";
        readonly max: 4096;
        readonly nullable: true;
        readonly cut: true;
    };
    /** The page's address. */
    readonly url: {
        readonly kind: "string";
        readonly max: 4096;
        readonly nullable: true;
        readonly cut: true;
    };
    /** User identity and profile data. */
    readonly user: {
        readonly kind: "object";
        readonly fields: {
            readonly anonymous_id: {
                readonly max: 256;
            };
            readonly external_id: {
                readonly max: 256;
            };
            readonly member_id: {
                readonly max: 256;
            };
            readonly membership_id: {
                readonly max: 256;
            };
            readonly user_id: {
                readonly max: 256;
            };
            readonly birthdate: {
                readonly max: 10;
                readonly format: "date";
            };
            readonly city: {
                readonly max: 256;
            };
            readonly country: {
                readonly max: 256;
            };
            readonly email: {
                readonly max: 254;
            };
            readonly first_name: {
                readonly max: 256;
            };
            readonly gender: {
                readonly max: 256;
            };
            readonly last_name: {
                readonly max: 256;
            };
            readonly name: {
                readonly max: 256;
            };
            readonly phone: {
                readonly max: 256;
            };
            readonly postal_code: {
                readonly max: 256;
            };
            readonly state: {
                readonly max: 256;
            };
            readonly username: {
                readonly max: 256;
            };
            /** A second visitor id of the same person, e.g. another subdomain's, so Whop joins both. */
            readonly linked_anonymous_id: {
                readonly max: 256;
                readonly only: "events";
            };
            /** Another `_wuid` of the same person. */
            readonly linked_wuid: {
                readonly max: 256;
                readonly only: "events";
            };
        };
        readonly nullable: false;
    };
    /** Monetary value, a finite number (positive for the Events API's `purchase`). */
    readonly value: {
        readonly kind: "number";
        readonly nullable: true;
    };
}, "nonEmpty">[];
/** Page addresses, which the proxy cuts to their `max` rather than refuse. */
export declare const CUT_FIELDS: KeysWith<{
    /** The company, on `/conversions`: the proxy's own, whatever a caller sends. */
    readonly company_id: {
        readonly kind: "string";
        readonly max: 256;
        readonly nullable: false;
        readonly only: "conversions";
        readonly required: true;
        readonly nonEmpty: true;
    };
    /** The company, on the Events API: the proxy's own, whatever a caller sends. */
    readonly account_id: {
        readonly kind: "string";
        readonly max: 256;
        readonly nullable: false;
        readonly only: "events";
        readonly required: true;
        readonly nonEmpty: true;
    };
    readonly event_name: {
        readonly kind: "enum";
        readonly values: readonly ["lead", "submit_application", "contact", "complete_registration", "schedule", "custom"];
        readonly nullable: false;
        readonly required: true;
    };
    /** Where the conversion happened; the proxy sends `website` when absent. */
    readonly action_source: {
        readonly kind: "enum";
        readonly values: readonly ["email", "website", "app", "phone_call", "chat", "physical_store", "system_generated", "business_messaging", "other"];
        readonly nullable: true;
    };
    /** Tracking and attribution context. */
    readonly context: {
        readonly kind: "object";
        readonly fields: {
            readonly fbclid: {
                readonly max: 500;
            };
            readonly fbp: {
                readonly max: 500;
                readonly cookie: "_fbp";
            };
            readonly ga: {
                readonly max: 500;
                readonly cookie: "_ga";
            };
            readonly gclid: {
                readonly max: 500;
            };
            readonly ig_sid: {
                readonly max: 500;
            };
            readonly ttclid: {
                readonly max: 500;
            };
            readonly ttp: {
                readonly max: 500;
                readonly cookie: "_ttp";
            };
            readonly ip_address: {
                readonly max: 64;
            };
            readonly user_agent: {
                readonly max: 1024;
            };
            readonly ad_campaign_id: {
                readonly max: 256;
            };
            readonly ad_id: {
                readonly max: 256;
            };
            readonly ad_set_id: {
                readonly max: 256;
            };
            readonly utm_campaign: {
                readonly max: 500;
            };
            readonly utm_content: {
                readonly max: 500;
            };
            readonly utm_id: {
                readonly max: 500;
            };
            readonly utm_medium: {
                readonly max: 500;
            };
            readonly utm_source: {
                readonly max: 500;
            };
            readonly utm_term: {
                readonly max: 500;
            };
            /** The raw `_fbc` cookie, `fb.1.<ms>.<fbclid>`. */
            readonly fbc: {
                readonly max: 500;
                readonly only: "events";
                readonly cookie: "_fbc";
            };
            readonly gbraid: {
                readonly max: 500;
                readonly only: "events";
            };
            readonly wbraid: {
                readonly max: 500;
                readonly only: "events";
            };
            readonly msclkid: {
                readonly max: 500;
                readonly only: "events";
            };
            readonly li_fat_id: {
                readonly max: 500;
                readonly only: "events";
            };
            readonly rdt_cid: {
                readonly max: 500;
                readonly only: "events";
            };
            /** Snapchat's click id; its URL parameter is spelled `ScCid`. */
            readonly sccid: {
                readonly max: 500;
                readonly only: "events";
            };
            readonly twclid: {
                readonly max: 500;
                readonly only: "events";
            };
            /** A BCP 47 tag such as `en-US` (the proxy takes it from `Accept-Language`). */
            readonly language: {
                readonly max: 35;
                readonly only: "events";
            };
            /** An IANA zone such as `Europe/Paris`. */
            readonly timezone: {
                readonly max: 64;
                readonly only: "events";
            };
            /** `1920x1080`. */
            readonly screen_resolution: {
                readonly max: 32;
                readonly only: "events";
            };
        };
        readonly nullable: false;
    };
    readonly currency: {
        readonly kind: "enum";
        readonly values: readonly ["usd", "sgd", "inr", "aud", "brl", "cad", "dkk", "eur", "nok", "gbp", "sek", "chf", "hkd", "huf", "jpy", "mxn", "myr", "pln", "czk", "nzd", "aed", "eth", "ape", "cop", "ron", "thb", "bgn", "idr", "dop", "php", "try", "krw", "twd", "vnd", "pkr", "clp", "uyu", "ars", "zar", "dzd", "tnd", "mad", "kes", "kwd", "jod", "all", "xcd", "amd", "bsd", "bhd", "bob", "bam", "khr", "crc", "xof", "egp", "etb", "gmd", "ghs", "gtq", "gyd", "ils", "jmd", "mop", "mga", "mur", "mdl", "mnt", "nad", "ngn", "mkd", "omr", "pyg", "pen", "qar", "rwf", "sar", "rsd", "lkr", "tzs", "ttd", "uzs", "rub", "btc", "cny", "usdt"];
        readonly nullable: true;
    };
    /** Required when `event_name` is `custom`; at most 35 characters. */
    readonly custom_name: {
        readonly kind: "string";
        readonly max: 35;
        readonly nullable: true;
    };
    /** Deduplication key; the proxy generates one when absent. */
    readonly event_id: {
        readonly kind: "string";
        readonly max: 256;
        readonly nullable: true;
        readonly nonEmpty: true;
    };
    /** ISO 8601 date-time; defaults to now. */
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
    /** The page's referrer. */
    readonly referrer_url: {
        readonly kind: "string";
        readonly max: 4096;
        readonly nullable: true;
        readonly cut: true;
    };
    /** The page's address. */
    readonly url: {
        readonly kind: "string";
        readonly max: 4096;
        readonly nullable: true;
        readonly cut: true;
    };
    /** User identity and profile data. */
    readonly user: {
        readonly kind: "object";
        readonly fields: {
            readonly anonymous_id: {
                readonly max: 256;
            };
            readonly external_id: {
                readonly max: 256;
            };
            readonly member_id: {
                readonly max: 256;
            };
            readonly membership_id: {
                readonly max: 256;
            };
            readonly user_id: {
                readonly max: 256;
            };
            readonly birthdate: {
                readonly max: 10;
                readonly format: "date";
            };
            readonly city: {
                readonly max: 256;
            };
            readonly country: {
                readonly max: 256;
            };
            readonly email: {
                readonly max: 254;
            };
            readonly first_name: {
                readonly max: 256;
            };
            readonly gender: {
                readonly max: 256;
            };
            readonly last_name: {
                readonly max: 256;
            };
            readonly name: {
                readonly max: 256;
            };
            readonly phone: {
                readonly max: 256;
            };
            readonly postal_code: {
                readonly max: 256;
            };
            readonly state: {
                readonly max: 256;
            };
            readonly username: {
                readonly max: 256;
            };
            /** A second visitor id of the same person, e.g. another subdomain's, so Whop joins both. */
            readonly linked_anonymous_id: {
                readonly max: 256;
                readonly only: "events";
            };
            /** Another `_wuid` of the same person. */
            readonly linked_wuid: {
                readonly max: 256;
                readonly only: "events";
            };
        };
        readonly nullable: false;
    };
    /** Monetary value, a finite number (positive for the Events API's `purchase`). */
    readonly value: {
        readonly kind: "number";
        readonly nullable: true;
    };
}, "cut">[];
export {};
