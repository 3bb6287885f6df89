import { describe, expect, it } from 'vitest';
import { validateCriteria, validateRows } from './rows';

describe('validateRows', () => {
  it('names each blank cell by index', () => {
    expect(
      validateRows([
        { key: 'A', value: '1' },
        { key: ' ', value: '' },
      ]),
    ).toEqual({ '1.key': 'Key is required', '1.value': 'Value is required' });
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
    ).toEqual({ '1.value': 'Value is required' });
  });
});
