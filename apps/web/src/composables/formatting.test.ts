import { describe, expect, it } from 'vitest';
import { homeOf, manages, seesConnectors, type Me } from '../session';
import { errorMessage, fieldIssues } from './errors';
import { formatDay, formatMoney } from './useRecords';
import { formatDuration, isFinal, prettyBody } from './useRunStatus';

const me = (connectorAccess: 'MANAGE' | 'READ_ONLY' | 'NONE'): Me => ({
  id: '1',
  email: 'a@b.test',
  name: 'A',
  role: { id: 'r', name: 'Role', connectorAccess },
  organization: { id: 'o', name: 'Org' },
});

describe('session', () => {
  it('sends NONE roles to contacts and the others to the connectors', () => {
    expect(homeOf(me('MANAGE'))).toBe('/connectors');
    expect(homeOf(me('READ_ONLY'))).toBe('/connectors');
    expect(homeOf(me('NONE'))).toBe('/contacts');
    expect(seesConnectors(me('NONE'))).toBe(false);
    expect(manages(me('READ_ONLY'))).toBe(false);
    expect(manages(me('MANAGE'))).toBe(true);
  });
});

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

describe('formatting', () => {
  it('formats days without a time zone shift, money, durations and bodies', () => {
    expect(formatDay('2025-01-15', 'en-US')).toBe('Jan 15, 2025');
    expect(formatDay(null)).toBe('—');
    expect(formatMoney(150000, 'en-US')).toBe('$150,000');
    expect(formatDuration(340)).toBe('340 ms');
    expect(formatDuration(1234)).toBe('1.2 s');
    expect(prettyBody('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyBody('not json')).toBe('not json');
    expect(isFinal('SUCCESS')).toBe(true);
    expect(isFinal('RETRYING')).toBe(false);
  });
});
