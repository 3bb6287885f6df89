import { describe, expect, it } from 'vitest';
import { validateConnectorDefinition, type ConnectorDefinitionInput } from './connector.schema.js';

const valid = (): ConnectorDefinitionInput => ({
  name: 'Gift Service',
  entityType: 'CONTACT',
  automationTriggers: ['ON_CREATE'],
  roleIds: ['role-1'],
  authentication: { type: 'NONE' },
  request: {
    url: 'https://gifts.example.com/contacts/{{contact.id}}',
    method: 'POST',
    headers: [{ key: 'X-Api-Version', value: '2' }],
    bodyTemplate: '{"first": "{{contact.firstName}}", "rating": {{contact.activityRating}}}',
  },
  successCriteria: [{ source: 'STATUS_CODE', comparator: 'EQUALS', value: '200' }],
});

const fieldKeys = new Set(['contact.id', 'contact.firstName', 'contact.activityRating']);

function issuesOf(input: unknown) {
  const result = validateConnectorDefinition(input, { fieldKeys });
  return result.ok ? [] : result.issues;
}

function paths(input: unknown) {
  return issuesOf(input).map((i) => i.path);
}

describe('connector definition', () => {
  it('accepts a valid definition and fills the defaults', () => {
    const result = validateConnectorDefinition(valid(), { fieldKeys });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.delivery).toEqual({
      maxAttempts: 5,
      timeoutMs: 10_000,
      rateLimitPerMinute: null,
      retryOn: ['408', '429', '5xx'],
      pauseAfterFailures: null,
    });
  });

  it('refuses a blank or too long name', () => {
    expect(paths({ ...valid(), name: '   ' })).toEqual(['name']);
    expect(paths({ ...valid(), name: 'x'.repeat(101) })).toEqual(['name']);
    expect(paths({ ...valid(), name: 'x'.repeat(100) })).toEqual([]);
  });

  it('needs at least one role and one criterion', () => {
    expect(paths({ ...valid(), roleIds: [] })).toEqual(['roleIds']);
    expect(paths({ ...valid(), successCriteria: [] })).toEqual(['successCriteria']);
  });

  it('refuses blank header keys and values and blank criterion values', () => {
    const input = valid();
    input.request.headers = [
      { key: ' ', value: 'a' },
      { key: 'X-B', value: '' },
    ];
    input.successCriteria = [{ source: 'RESPONSE_BODY', comparator: 'CONTAINS', value: ' ' }];
    expect(paths(input)).toEqual([
      'request.headers.0.key',
      'request.headers.1.value',
      'successCriteria.0.value',
    ]);
  });

  it('needs an absolute http(s) URL', () => {
    for (const url of ['gifts.example.com/x', 'ftp://example.com/', '/relative', '']) {
      expect(paths({ ...valid(), request: { ...valid().request, url } })).toEqual(['request.url']);
    }
  });

  it('needs the fields of each authentication type', () => {
    expect(paths({ ...valid(), authentication: { type: 'BASIC', username: 'u' } })).toEqual([
      'authentication.passcode',
    ]);
    expect(paths({ ...valid(), authentication: { type: 'TOKEN' } })).toEqual([
      'authentication.tokenUrl',
      'authentication.tokenRequestBody',
      'authentication.accessTokenName',
    ]);
    expect(
      paths({
        ...valid(),
        authentication: { type: 'OAUTH2_CLIENT_CREDENTIALS', tokenUrl: 'https://a/t' },
      }),
    ).toEqual(['authentication.clientId', 'authentication.clientSecret']);
    expect(paths({ ...valid(), authentication: { type: 'MAGIC' } })).toEqual([
      'authentication.type',
    ]);
  });

  it('defaults the token expiration to 1800 and bounds it', () => {
    const token = {
      type: 'TOKEN',
      tokenUrl: 'https://a/token',
      tokenRequestBody: '{"k":"v"}',
      accessTokenName: 'data.token',
    };
    const result = validateConnectorDefinition(
      { ...valid(), authentication: token },
      { fieldKeys },
    );
    expect(result.ok && result.value.authentication).toMatchObject({
      tokenExpirationSeconds: 1800,
    });
    expect(paths({ ...valid(), authentication: { ...token, tokenExpirationSeconds: 0 } })).toEqual([
      'authentication.tokenExpirationSeconds',
    ]);
    expect(
      paths({ ...valid(), authentication: { ...token, tokenExpirationSeconds: 2_592_001 } }),
    ).toEqual(['authentication.tokenExpirationSeconds']);
    expect(paths({ ...valid(), authentication: { ...token, tokenRequestBody: '{oops' } })).toEqual([
      'authentication.tokenRequestBody',
    ]);
  });

  it('bounds the delivery policy', () => {
    const bad = { maxAttempts: 21, timeoutMs: 999, rateLimitPerMinute: 0 };
    expect(paths({ ...valid(), delivery: bad })).toEqual([
      'delivery.maxAttempts',
      'delivery.timeoutMs',
      'delivery.rateLimitPerMinute',
    ]);
    expect(paths({ ...valid(), delivery: { maxAttempts: 1, timeoutMs: 60_000 } })).toEqual([]);
    expect(paths({ ...valid(), delivery: { maxAttempts: 20 } })).toEqual([]);
  });

  it('reports template errors together with the other issues', () => {
    const input = valid();
    input.name = '';
    input.request.bodyTemplate = '{"a": "{{contact.nope}}"}';
    const issues = issuesOf(input);
    expect(issues.map((i) => i.path)).toEqual(['name', 'request.bodyTemplate']);
    expect(issues[1]?.message).toContain('contact.nope');
  });

  it('needs a body unless the method is GET, and checks URL and header placeholders', () => {
    expect(paths({ ...valid(), request: { ...valid().request, bodyTemplate: ' ' } })).toEqual([
      'request.bodyTemplate',
    ]);
    expect(
      paths({ ...valid(), request: { ...valid().request, method: 'GET', bodyTemplate: '' } }),
    ).toEqual([]);
    const input = valid();
    input.request.url = 'https://x.test/{{contact.zip}}';
    input.request.headers = [{ key: 'X-Owner', value: '{{contact.owner}}' }];
    expect(paths(input)).toEqual(['request.url', 'request.headers.0.value']);
  });
});
