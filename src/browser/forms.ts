// `<form data-whop-track="lead">`: user fields from the inputs of a submitted form.
import type { ConversionUser } from '../schema/types.js';

type UserKey = keyof ConversionUser;

/**
 * The `user` fields a form may fill, as one string (bytes matter here). The ids are for code
 * (`identify`); `birthdate` is left out: a date field in a local format would make the proxy
 * refuse the whole lead.
 */
export const FORM_FIELDS =
  'email phone first_name last_name name username city state postal_code country gender'.split(
    ' ',
  ) as UserKey[];

/** Autocomplete tokens and input types that spell a field differently. */
const ALIASES: Partial<Record<UserKey, string>> = {
  phone: 'tel',
  first_name: 'givenname',
  last_name: 'familyname',
};

/**
 * The user field an input's name, type or autocomplete token stands for, ignoring case and
 * punctuation (`firstName`, `first-name`), plus the autocomplete tokens and input types that
 * spell it differently (`given-name`, `tel`).
 */
export function userField(token: string): UserKey | undefined {
  token = token.toLowerCase().replace(/[^a-z]/g, '');
  return FORM_FIELDS.find((key) => key.replace('_', '') === token || ALIASES[key] === token);
}

/**
 * User fields from a form's controls, matched by `autocomplete`, then `name`, then `type`; the
 * first filled control for a field wins. Passwords, unchecked boxes and values longer than
 * the API allows are never taken.
 */
export function formUser(form: HTMLFormElement): ConversionUser {
  const user: ConversionUser = {};
  for (const el of form.elements as unknown as HTMLInputElement[]) {
    const key =
      (el.checked || !/^(password|checkbox|radio)$/.test(el.type)) &&
      [(el.autocomplete || '').split(' ').pop()!, el.name, el.type].map(userField).find(Boolean);
    const value = (el.value || '').trim();
    // The API's cap for user fields is 256 (254 for an email address).
    if (key && value.length < 255) user[key] = user[key] || value;
  }
  return user;
}

/**
 * Whether a submit event is a submission to track: an invalid form is not, unless it has
 * `novalidate` and no handler stopped it (then the browser really submits it).
 */
export function submits(form: HTMLFormElement, event: Event): boolean {
  return form.checkValidity() || (form.noValidate && !event.defaultPrevented);
}
