import type { CustomFieldDefinition } from '@odc/core';
import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../shared/errors.js';
import {
  customValues,
  isDate,
  MAX_CUSTOM_VALUE,
  optionalDate,
  optionalEmail,
  optionalText,
  required,
} from './record-rules.js';

/** Runs one rule: what it returns and the issues it reported. */
function run<T>(rule: (fields: FieldIssue[]) => T): { value: T; fields: FieldIssue[] } {
  const fields: FieldIssue[] = [];
  return { value: rule(fields), fields };
}

describe('record rules', () => {
  it('required: trimmed, 1 to max characters, the message naming the field', () => {
    expect(run((f) => required(f, 'input.firstName', '  Ada ', 'First name'))).toEqual({
      value: 'Ada',
      fields: [],
    });
    expect(run((f) => required(f, 'input.firstName', '   ', 'First name')).fields).toEqual([
      { path: 'input.firstName', message: 'First name must be 1 to 200 characters' },
    ]);
    expect(
      run((f) => required(f, 'input.loanNumber', 'x'.repeat(101), 'Loan number', 100)).fields,
    ).toEqual([{ path: 'input.loanNumber', message: 'Loan number must be 1 to 100 characters' }]);
  });

  it('optional text, date and email: blank is null; too long, not a date or not an email is an issue', () => {
    expect(run((f) => optionalText(f, 'input.city', '  ', 100))).toEqual({
      value: null,
      fields: [],
    });
    expect(run((f) => optionalText(f, 'input.city', 'x'.repeat(101), 100)).fields).toEqual([
      { path: 'input.city', message: 'At most 100 characters' },
    ]);
    expect(run((f) => optionalDate(f, 'input.birthday', ' 2024-02-29 ')).value).toBe('2024-02-29');
    expect(run((f) => optionalDate(f, 'input.birthday', '2023-02-29')).fields).toEqual([
      { path: 'input.birthday', message: 'Use a date as YYYY-MM-DD' },
    ]);
    expect(run((f) => optionalEmail(f, 'input.email', 'a@b.co')).fields).toEqual([]);
    expect(run((f) => optionalEmail(f, 'input.email', 'not-an-email')).fields).toEqual([
      { path: 'input.email', message: 'Enter a valid email address' },
    ]);
    expect(run((f) => optionalEmail(f, 'input.email', `${'a'.repeat(250)}@b.co`)).fields).toEqual([
      { path: 'input.email', message: 'Enter a valid email address' },
    ]);
    expect(isDate('2024-13-01')).toBe(false);
  });

  it('custom values: known keys once each, values that fit their type, at most 10,000 characters', () => {
    const defs: CustomFieldDefinition[] = [
      { entityType: 'CONTACT', key: 'rooms', label: 'Rooms', type: 'NUMBER' },
      { entityType: 'CONTACT', key: 'vip', label: 'VIP', type: 'BOOLEAN' },
      { entityType: 'CONTACT', key: 'note', label: 'Note', type: 'STRING' },
      { entityType: 'LOAN', key: 'fund', label: 'Fund', type: 'STRING' },
    ];
    const { value, fields } = run((f) =>
      customValues(
        f,
        'CONTACT',
        [
          { key: 'rooms', value: '3' },
          { key: 'vip', value: 'maybe' },
          { key: 'fund', value: 'x' },
          { key: 'rooms', value: '4' },
          { key: 'note', value: 'x'.repeat(MAX_CUSTOM_VALUE + 1) },
          { key: 'note', value: null },
        ],
        defs,
      ),
    );
    expect(value).toEqual([{ key: 'rooms', value: '3' }]);
    expect(fields).toEqual([
      { path: 'input.customFields.1.value', message: 'Not a valid boolean' },
      { path: 'input.customFields.2.key', message: 'No custom field fund' },
      { path: 'input.customFields.3.key', message: 'Given twice' },
      { path: 'input.customFields.4.value', message: 'At most 10000 characters' },
      { path: 'input.customFields.5.key', message: 'Given twice' },
    ]);
  });
});
