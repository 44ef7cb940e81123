import type { ConversionUser } from '../schema/types.js';
type UserKey = keyof ConversionUser;
/**
 * The `user` fields a form may fill, as one string (bytes matter here). The ids are for code
 * (`identify`); `birthdate` is left out: a date field in a local format would make the proxy
 * refuse the whole lead.
 */
export declare const FORM_FIELDS: UserKey[];
/**
 * The user field an input's name, type or autocomplete token stands for, ignoring case and
 * punctuation (`firstName`, `first-name`), plus the autocomplete tokens and input types that
 * spell it differently (`given-name`, `tel`).
 */
export declare function userField(token: string): UserKey | undefined;
/**
 * User fields from a form's controls, matched by `autocomplete`, then `name`, then `type`; the
 * first filled control for a field wins. Passwords, unchecked boxes and values longer than
 * the API allows are never taken.
 */
export declare function formUser(form: HTMLFormElement): ConversionUser;
/**
 * Whether a submit event is a submission to track: an invalid form is not, unless it has
 * `novalidate` and no handler stopped it (then the browser really submits it).
 */
export declare function submits(form: HTMLFormElement, event: Event): boolean;
export {};
