import { describe, expect, it } from 'vitest';
import { validateCriteria, validateRows } from './rows';

describe('validateRows', () => {
  it('names each blank cell by index', () => {
    expect(
      validateRows([
        { key: 'A', value: '1' },
        { key: ' ', value: '' },
      ]),
    ).toEqual({
      '1.key': 'Header key must not be blank',
      '1.value': 'Header value must not be blank',
    });
    expect(validateRows([{ key: 'Bad Key', value: '1' }])).toEqual({
      '0.key': "Header key may hold only letters, digits and !#$%&'*+-.^_`|~",
    });
  });

  it('is empty when every cell is filled', () => {
    expect(validateRows([])).toEqual({});
    expect(validateRows([{ key: 'A', value: '1' }])).toEqual({});
  });
});

describe('validateCriteria', () => {
  it('refuses a blank value', () => {
    expect(
      validateCriteria([
        { source: 'STATUS_CODE', comparator: 'EQUALS', value: '200' },
        { source: 'RESPONSE_BODY', comparator: 'CONTAINS', value: '  ' },
      ]),
    ).toEqual({ '1.value': 'Value must not be blank' });
  });
});
