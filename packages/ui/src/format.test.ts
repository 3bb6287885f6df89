import { describe, expect, it } from 'vitest';
import { formatRunTime } from './format';

describe('formatRunTime', () => {
  it('reads like 5/11/22 - 11:32 AM', () => {
    expect(formatRunTime('2022-05-11T11:32:00.000Z', 'en-US', 'UTC')).toBe('5/11/22 - 11:32 AM');
    expect(formatRunTime('2022-12-01T23:05:00.000Z', 'en-US', 'UTC')).toBe('12/1/22 - 11:05 PM');
  });

  it('follows the time zone and locale it is given', () => {
    const iso = '2022-05-11T11:32:00.000Z';
    expect(formatRunTime(iso, 'en-US', 'America/Chicago')).toBe('5/11/22 - 6:32 AM');
    expect(formatRunTime(iso, 'en-GB', 'UTC')).toBe('11/05/22 - 11:32');
  });

  it('says Never without a time or with a bad one', () => {
    expect(formatRunTime(null)).toBe('Never');
    expect(formatRunTime(undefined)).toBe('Never');
    expect(formatRunTime('not a date')).toBe('Never');
  });
});
