// `<form data-whop-track="lead">`: user fields from the inputs of a submitted form.
import { USER_FIELDS } from '../schema/fields.js';
import type { ConversionUser } from '../schema/types.js';

type UserKey = keyof typeof USER_FIELDS;

/**
 * The user field an input's name, type or autocomplete token stands for, ignoring case and
 * punctuation (`firstName`, `first-name`), plus the autocomplete tokens and input types that
 * spell it differently (`given-name`, `tel`).
 */
export function userField(token: string): UserKey | undefined {
  const fields: Record<string, UserKey> = {
    tel: 'phone',
    givenname: 'first_name',
    familyname: 'last_name',
    bday: 'birthdate',
  };
  for (const key in USER_FIELDS) fields[key.replace('_', '')] = key as UserKey;
  return fields[token.toLowerCase().replace(/[^a-z]/g, '')];
}

/**
 * User fields from a form's controls, matched by `autocomplete`, then `name`, then `type`; the
 * first filled control for a field wins. Passwords and unchecked boxes are never taken.
 * Lengths and formats are checked when the event is built.
 */
export function formUser(form: HTMLFormElement): ConversionUser {
  const user: ConversionUser = {};
  for (const el of form.elements as unknown as HTMLInputElement[]) {
    const key =
      (el.checked || !/^(password|checkbox|radio)$/.test(el.type)) &&
      [(el.getAttribute('autocomplete') || '').split(' ').pop()!, el.name, el.type]
        .map(userField)
        .find(Boolean);
    if (key) user[key] = user[key] || (el.value || '').trim();
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
