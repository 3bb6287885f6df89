import { describe, expect, it } from 'vitest';
import { formatDay, formatMoney } from './useRecords';

describe('record formatting', () => {
  it('formats days without a time zone shift, and money', () => {
    expect(formatDay('2025-01-15', 'en-US')).toBe('Jan 15, 2025');
    expect(formatDay(null)).toBe('—');
    expect(formatMoney(150000, 'en-US')).toBe('$150,000');
  });
});
