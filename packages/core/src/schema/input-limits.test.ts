import { describe, expect, it } from 'vitest';
import { validateConnectorDefinition, type ConnectorDefinitionInput } from './connector.schema.js';
import { LIMITS } from './text.js';

const valid = (): ConnectorDefinitionInput => ({
  name: 'Gift Service',
  entityType: 'CONTACT',
  roleIds: ['role-1'],
  authentication: { type: 'NONE' },
  request: {
    url: 'https://gifts.example.com/in',
    method: 'POST',
    headers: [{ key: 'X-Api-Version', value: '2' }],
    bodyTemplate: '{}',
  },
  successCriteria: [{ source: 'STATUS_CODE', comparator: 'EQUALS', value: '200' }],
});

const issues = (patch: (d: ConnectorDefinitionInput) => void) => {
  const d = valid();
  patch(d);
  const r = validateConnectorDefinition(d);
  return r.ok ? [] : r.issues;
};
const header = (key: string, value: string) => (d: ConnectorDefinitionInput) => {
  d.request.headers = [{ key, value }];
};

describe('connector input limits (security review points 7, 10, 11)', () => {
  it('refuses a URL with credentials in it, whitespace or control characters, or too long', () => {
    expect(issues((d) => (d.request.url = 'https://user:pass@x.test/in'))).toEqual([
      {
        path: 'request.url',
        message:
          'URL must not hold a user name or password: put them in Authentication or a secret header',
      },
    ]);
    expect(issues((d) => (d.request.url = 'https://x.test/a b'))[0]?.message).toBe(
      'URL must not hold spaces or control characters',
    );
    expect(issues((d) => (d.request.url = 'https://x.test/\u0007'))[0]?.path).toBe('request.url');
    const long = `https://x.test/${'a'.repeat(LIMITS.url)}`;
    expect(issues((d) => (d.request.url = long))[0]?.message).toBe(
      'URL must be at most 2048 characters',
    );
  });

  it('refuses header values with CR, LF or NUL and headers the client sets itself', () => {
    for (const bad of ['a\r\nX-Evil: 1', 'a\nb', 'a\0b'])
      expect(issues(header('X-A', bad))).toEqual([
        {
          path: 'request.headers.0.value',
          message: 'Header value must not hold line breaks or NUL characters',
        },
      ]);
    for (const key of [
      'Host',
      'content-length',
      'Transfer-Encoding',
      'Connection',
      'Upgrade',
      'TE',
    ])
      expect(issues(header(key, 'x')).map((i) => i.path)).toEqual(['request.headers.0.key']);
    expect(issues(header('X A', 'x'))[0]?.path).toBe('request.headers.0.key');
  });

  it('bounds every text field', () => {
    expect(issues(header('X-A', 'v'.repeat(LIMITS.headerValue + 1)))[0]?.message).toBe(
      'Header value must be at most 8192 characters',
    );
    expect(
      issues((d) => (d.request.bodyTemplate = `"${'x'.repeat(LIMITS.bodyTemplate)}"`))[0]?.path,
    ).toBe('request.bodyTemplate');
    expect(
      issues(
        (d) => (d.authentication = { type: 'BASIC', username: 'u', passcode: 'p'.repeat(1001) }),
      ),
    ).toEqual([
      { path: 'authentication.passcode', message: 'Passcode must be at most 1000 characters' },
    ]);
    expect(
      issues(
        (d) =>
          (d.authentication = {
            type: 'OAUTH2_CLIENT_CREDENTIALS',
            tokenUrl: 'https://x.test/t',
            clientId: 'c',
            clientSecret: 's'.repeat(1001),
          }),
      )[0]?.path,
    ).toBe('authentication.clientSecret');
    expect(
      issues(
        (d) =>
          (d.authentication = {
            type: 'TOKEN',
            tokenUrl: 'https://x.test/t',
            tokenRequestBody: JSON.stringify({ k: 'x'.repeat(LIMITS.tokenRequestBody) }),
            accessTokenName: 'token',
          }),
      )[0]?.message,
    ).toBe('Token request body must be at most 8192 characters');
    expect(
      issues(
        (d) =>
          (d.successCriteria = [
            { source: 'RESPONSE_BODY', comparator: 'CONTAINS', value: 'v'.repeat(1001) },
          ]),
      )[0]?.path,
    ).toBe('successCriteria.0.value');
    expect(
      issues(
        (d) =>
          (d.request.headers = Array.from({ length: 51 }, (_, i) => ({
            key: `X-${i}`,
            value: 'v',
          }))),
      )[0]?.message,
    ).toBe('At most 50 request headers');
  });

  it('refuses lone UTF-16 surrogates instead of mangling them', () => {
    expect(issues((d) => (d.name = 'Gift \uD800 Service'))).toEqual([
      { path: 'name', message: 'Name holds an invalid character (a lone UTF-16 surrogate)' },
    ]);
    expect(issues(header('X-A', 'ok \uDC00'))[0]?.path).toBe('request.headers.0.value');
    expect(issues((d) => (d.name = 'Gift 😀 Service'))).toEqual([]);
  });
});
