// Script-tag entry (dist/whop.min.js). Placeholder until the snippet issue (#4) lands.
export {};
