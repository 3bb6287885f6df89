import { describe, expect, it } from 'vitest';
import { redactHeaders, redactUrl } from './redact.js';

describe('redaction', () => {
  it('hides credential headers by name and by value', () => {
    expect(
      redactHeaders({
        authorization: 'Basic dTpw',
        'x-api-key': 'k',
        'x-access-token': 't',
        'x-custom': 'Bearer abc',
        'content-type': 'application/json',
        'idempotency-key': 'run-1',
      }),
    ).toEqual({
      authorization: '[redacted]',
      'x-api-key': '[redacted]',
      'x-access-token': '[redacted]',
      'x-custom': '[redacted]',
      'content-type': 'application/json',
      'idempotency-key': 'run-1',
    });
  });

  it('hides token-ish query parameters and keeps the rest of the URL as it was', () => {
    expect(redactUrl('https://x.example/a?access_token=t&page=2&API-KEY=k#top')).toBe(
      'https://x.example/a?access_token=[redacted]&page=2&API-KEY=[redacted]#top',
    );
    expect(redactUrl('https://x.example/a?author=me&sig=s&flag')).toBe(
      'https://x.example/a?author=me&sig=[redacted]&flag',
    );
    expect(redactUrl('https://x.example/a')).toBe('https://x.example/a');
  });
});
