// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { formUser, submits, userField } from '../../../src/browser/forms.js';

function form(html: string): HTMLFormElement {
  document.body.innerHTML = `<form>${html}</form>`;
  return document.querySelector('form')!;
}

describe('userField', () => {
  it.each([
    ['email', 'email'],
    ['Email', 'email'],
    ['first_name', 'first_name'],
    ['firstName', 'first_name'],
    ['first-name', 'first_name'],
    ['given-name', 'first_name'],
    ['family-name', 'last_name'],
    ['tel', 'phone'],
    ['phone', 'phone'],
    ['postal-code', 'postal_code'],
    ['country', 'country'],
    ['username', 'username'],
    ['name', 'name'],
  ])('%s → %s', (token, field) => {
    expect(userField(token)).toBe(field);
  });

  it.each([
    '',
    'text',
    'message',
    'on',
    'off',
    'password',
    'constructor',
    'bday',
    'birthdate',
    'external_id',
  ])('%s → nothing', (token) => {
    expect(userField(token)).toBeUndefined();
  });
});

describe('formUser', () => {
  it('maps inputs by name, type and autocomplete', () => {
    const f = form(`
      <input name="your-email" type="email" value=" ada@example.com ">
      <input name="fname" autocomplete="given-name" value="Ada">
      <input name="surname" autocomplete="section-x shipping family-name" value="Lovelace">
      <input name="mobile" type="tel" value="+44 20 7946 0000">
      <input name="full_name" autocomplete="name" value="Ada Lovelace">
      <input name="city" value="London">
      <select name="country"><option value="gb" selected>UK</option></select>
      <textarea name="message">hello</textarea>`);
    expect(formUser(f)).toEqual({
      email: 'ada@example.com',
      first_name: 'Ada',
      last_name: 'Lovelace',
      phone: '+44 20 7946 0000',
      name: 'Ada Lovelace',
      city: 'London',
      country: 'gb',
    });
  });

  it('never takes a value longer than the API allows', () => {
    const f = form(`
      <input name="name" value="${'n'.repeat(255)}">
      <input name="email" value="${'e'.repeat(254)}">`);
    expect(formUser(f)).toEqual({ email: 'e'.repeat(254) });
  });

  it('never takes passwords or unchecked boxes; the first filled control wins', () => {
    const f = form(`
      <input name="username" type="password" value="secret">
      <input type="radio" name="gender" value="female">
      <input type="radio" name="gender" value="male" checked>
      <input type="email" name="email" value="">
      <input type="email" name="email2" value="first@example.com">
      <input type="email" name="email3" value="second@example.com">`);
    expect(formUser(f)).toEqual({ gender: 'male', email: 'first@example.com' });
  });
});

function stopped(): Event {
  const event = new Event('submit', { cancelable: true });
  event.preventDefault();
  return event;
}

describe('submits', () => {
  it('tracks a submit the page let through, valid or not (the browser fires one for an invalid form only with novalidate or formnovalidate, and then submits)', () => {
    const f = form('<input name="email" type="email" required>');
    expect(submits(new Event('submit', { cancelable: true }), f)).toBe(true);
    f.noValidate = true;
    expect(submits(new Event('submit', { cancelable: true }), f)).toBe(true);
  });

  it('a stopped submit: tracks a valid form (the page sends it itself), not an invalid one (its own validation said no)', () => {
    const f = form('<input name="email" type="email" required>');
    f.noValidate = true;
    expect(submits(stopped(), f)).toBe(false);
    (f.elements[0] as HTMLInputElement).value = 'a@b.co';
    expect(submits(stopped(), f)).toBe(true);
  });

  it('checks validity only for a stopped submit, as checking fires `invalid` events the page may show', () => {
    const f = form('<input name="email" required>');
    let invalid = 0;
    f.elements[0].addEventListener('invalid', () => invalid++);
    submits(new Event('submit', { cancelable: true }), f);
    expect(invalid).toBe(0);
    submits(stopped(), f);
    expect(invalid).toBe(1);
  });
});
