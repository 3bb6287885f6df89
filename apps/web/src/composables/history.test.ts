import { describe, expect, it } from 'vitest';
import { changeLabel, shownValue, summarize } from './history';

describe('history wording', () => {
  it('names a change by its part of the setup', () => {
    expect(changeLabel('request.headers.0.value')).toBe('headers');
    expect(changeLabel('authentication.passcode')).toBe('authentication');
    expect(changeLabel('request.url')).toBe('URL');
    expect(changeLabel('name')).toBe('name');
    expect(changeLabel('somethingNew.x')).toBe('somethingNew.x');
  });

  it('sums a version up in one line', () => {
    expect(summarize(1, [])).toBe('First version');
    expect(summarize(2, [])).toBe('Saved without changes');
    expect(summarize(2, [{ path: 'request.url' }])).toBe('Changed URL');
    const paths = [
      'request.url',
      'request.headers.0.value',
      'request.headers.1.key',
      'delivery.retryOn.0',
    ];
    expect(
      summarize(
        3,
        paths.map((path) => ({ path })),
      ),
    ).toBe('Changed URL, headers and delivery');
    const many = ['name', 'roleIds.0', 'request.url', 'delivery.maxAttempts', 'matching.staff'];
    expect(
      summarize(
        4,
        many.map((path) => ({ path })),
      ),
    ).toBe('Changed name, role access, URL and 2 more');
  });

  it('shows values as a person reads them', () => {
    expect(shownValue('"https://a.test"')).toBe('https://a.test');
    expect(shownValue('(secret)')).toBe('(secret)');
    expect(shownValue(null)).toBe('—');
    expect(shownValue('20')).toBe('20');
  });
});
