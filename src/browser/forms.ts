// `<form data-whop-track="lead">`: user fields from the inputs of a submitted form.
import type { ConversionUser } from '../schema/types.js';

type UserKey = keyof ConversionUser;

/**
 * The `user` fields a form may fill, each with the autocomplete tokens and input types that
 * spell it differently, as one string (bytes matter here). The ids are for code (`identify`);
 * `birthdate` is left out: a date field in a local format would make the proxy refuse the lead.
 */
const FORM_FIELDS =
  'email,phone tel,first_name givenname,last_name familyname,name,username,city,state,postal_code,country,gender'.split(
    ',',
  );

/**
 * The user field an input's name, type or autocomplete attribute stands for, ignoring case and
 * punctuation (`firstName`, `first-name`, `given-name`, `tel`). Of an autocomplete list
 * (`section-x shipping family-name`) the last token counts: the field's name.
 */
export const userField = (attribute: unknown): UserKey | undefined => {
  const token = `${attribute}`.toLowerCase().replace(/.* |[^a-z]/g, '');
  for (const spellings of FORM_FIELDS)
    if (spellings.replace('_', '').split(' ').includes(token)) return spellings.split(' ')[0] as UserKey;
};

/**
 * User fields from a form's controls, matched by `autocomplete`, then `name`, then `type`; the
 * first filled control for a field wins. Passwords, unchecked boxes and values longer than
 * the API allows are never taken; nor are colours, ranges and reset buttons (`[cpr]`: no user
 * field has those types).
 */
export const formUser = (formElement: HTMLFormElement): ConversionUser => {
  const user: ConversionUser = {};
  for (const el of formElement.elements as unknown as HTMLInputElement[]) {
    // The first attribute that names a field, then the field it names.
    const key =
      (el.checked || !/^[cpr]/.test(el.type)) &&
      userField([el.autocomplete, el.name, el.type].find(userField));
    const value = (el.value || '').trim();
    // The API's cap for user fields is 256 (254 for an email address).
    if (key && value.length < 255) user[key] = user[key] || value;
  }
  return user;
};

/**
 * Whether a submit event (seen on the document, after the page's own handlers on the form) is
 * a submission to track. The browser fires none for an invalid form unless `novalidate` or
 * `formnovalidate` lets it through, and then it submits. So only a stopped event can be a refusal: a stopped
 * invalid form is the page's own validation saying no; a stopped valid one is a form the page
 * sends itself. Validity is checked only then, as checking fires `invalid` events.
 */
export const submits = (submitEvent: Event, formElement: HTMLFormElement): boolean => {
  return !submitEvent.defaultPrevented || formElement.checkValidity();
};
