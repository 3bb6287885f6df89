import { describe, expect, it } from 'vitest';
import { errorMessage, fieldIssues } from './errors';

describe('errors', () => {
  const e = {
    message: 'x',
    graphQLErrors: [
      {
        message: 'Invalid connector',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [{ path: 'input.request.headers.0.key', message: 'Key must not be blank' }],
        },
      },
    ],
  };

  it('reads the first GraphQL message and the field paths without "input."', () => {
    expect(errorMessage(e)).toBe('Invalid connector');
    expect(fieldIssues(e)).toEqual([
      { path: 'request.headers.0.key', message: 'Key must not be blank' },
    ]);
    expect(errorMessage({ networkError: { message: 'Failed to fetch' } })).toMatch(
      /Cannot reach the server/,
    );
    expect(errorMessage(null, 'fallback')).toBe('fallback');
  });
});
