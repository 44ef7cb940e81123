import type { ConversionUser } from '../schema/types.js';
type UserKey = keyof ConversionUser;
/**
 * The user field an input's name, type or autocomplete attribute stands for, ignoring case and
 * punctuation (`firstName`, `first-name`, `given-name`, `tel`). Of an autocomplete list
 * (`section-x shipping family-name`) the last token counts: the field's name.
 */
export declare const userField: (attribute: unknown) => UserKey | undefined;
/**
 * User fields from a form's controls, matched by `autocomplete`, then `name`, then `type`; the
 * first filled control for a field wins. Passwords, unchecked boxes and values longer than
 * the API allows are never taken; nor are colours, ranges and reset buttons (`[cpr]`: no user
 * field has those types).
 */
export declare const formUser: (formElement: HTMLFormElement) => ConversionUser;
/**
 * Whether a submit event (seen on the document, after the page's own handlers on the form) is
 * a submission to track. The browser fires none for an invalid form unless `novalidate` or
 * `formnovalidate` lets it through, and then it submits. So only a stopped event can be a refusal: a stopped
 * invalid form is the page's own validation saying no; a stopped valid one is a form the page
 * sends itself. Validity is checked only then, as checking fires `invalid` events.
 */
export declare const submits: (submitEvent: Event, formElement: HTMLFormElement) => boolean;
export {};
