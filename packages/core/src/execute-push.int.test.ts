import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTokenCache } from './auth/token-cache.js';
import { createRateLimiter } from './delivery/rate-limiter.js';
import { executePush, type PushDeps } from './execute-push.js';
import { createHttpClient } from './http/client.js';
import { COMPARATORS, CRITERION_SOURCES } from './schema/enums.js';
import { definition, values } from './test-support/connector.js';
import { fakeClock, json, startTarget, type Handler } from './test-support/target-server.js';

const http = createHttpClient({ allowedTargets: ['127.0.0.1'] });
let deps: PushDeps;
let target: Awaited<ReturnType<typeof startTarget>>;
let handler: Handler;

beforeAll(async () => {
  target = await startTarget((req, res) => handler(req, res));
});
afterAll(async () => {
  await target.close();
  await http.close();
});
beforeEach(() => {
  target.received.length = 0;
  deps = { http, tokens: createTokenCache(), random: () => 0.5 };
});

const push = (def = definition(`${target.url}/in`), attempt = 1) =>
  executePush({ id: 'c1', definition: def }, values, { runId: 'run-1', attempt }, deps);

describe('executePush: the request', () => {
  it('sends the rendered body with the Idempotency-Key and succeeds when every criterion holds', async () => {
    handler = (_req, res) => json(res, 200, { ok: true });
    const outcome = await push();
    expect(outcome).toMatchObject({
      status: 'SUCCESS',
      reason: null,
      response: { status: 200, body: '{"ok":true}', truncated: false },
    });
    expect(outcome.durationMs).toBeGreaterThanOrEqual(0);
    const [got] = target.received;
    expect(JSON.parse(got!.body)).toEqual({ first: 'Ann "A"', rating: 4 });
    expect(got!.headers['idempotency-key']).toBe('run-1');
    expect(got!.headers['content-type']).toBe('application/json');
    expect(outcome.request).toEqual({
      method: 'POST',
      url: `${target.url}/in`,
      headers: { 'content-type': 'application/json', 'idempotency-key': 'run-1' },
      body: got!.body,
    });
    expect(outcome.criteria).toEqual([
      { source: 'STATUS_CODE', comparator: 'EQUALS', value: '200', actual: '200', passed: true },
    ]);
  });

  it('renders URL placeholders percent-encoded and header placeholders, and GET sends no body', async () => {
    handler = (_req, res) => json(res, 200, {});
    const url = `${target.url}/c/{{contact.firstName}}`;
    const def = definition(url, {
      request: {
        url,
        method: 'GET',
        headers: [{ key: 'X-Rating', value: 'r{{contact.activityRating}}' }],
        bodyTemplate: '',
      },
    });
    await push(def);
    expect(target.received[0]).toMatchObject({ method: 'GET', url: '/c/Ann%20%22A%22', body: '' });
    expect(target.received[0]!.headers['x-rating']).toBe('r4');
    expect(target.received[0]!.headers['content-type']).toBeUndefined();
  });

  it("keeps the connector's own Content-Type", async () => {
    handler = (_req, res) => json(res, 200, {});
    const def = definition(`${target.url}/in`);
    def.request.headers = [
      { key: 'Content-Type', value: 'application/vnd.api+json', secret: false },
    ];
    await push(def);
    expect(target.received[0]!.headers['content-type']).toBe('application/vnd.api+json');
  });

  it('sends Basic credentials and redacts them and token-ish URL parameters in the recorded request', async () => {
    handler = (_req, res) => json(res, 200, {});
    const outcome = await push(
      definition(`${target.url}/in?api_key=k3y&list=7`, {
        authentication: { type: 'BASIC', username: 'u', passcode: 'p@ss' },
      }),
    );
    const basic = `Basic ${Buffer.from('u:p@ss').toString('base64')}`;
    expect(target.received[0]).toMatchObject({ url: '/in?api_key=k3y&list=7' });
    expect(target.received[0]!.headers.authorization).toBe(basic);
    expect(outcome.request.headers.authorization).toBe('[redacted]');
    expect(outcome.request.url).toBe(`${target.url}/in?api_key=[redacted]&list=7`);
    expect(JSON.stringify(outcome)).not.toMatch(/k3y|dTpwQHNz/);
  });

  it('returns the response headers as received, cookies redacted', async () => {
    handler = (_req, res) => {
      res.setHeader('x-request-id', 'req-42');
      res.setHeader('set-cookie', ['session=abc123', 'theme=dark']);
      json(res, 201, { id: 7 });
    };
    const outcome = await push();
    expect(outcome.response?.headers).toMatchObject({
      'content-type': 'application/json',
      'x-request-id': 'req-42',
      'set-cookie': '[redacted]',
    });
    expect(JSON.stringify(outcome)).not.toContain('abc123');
  });

  it('keeps no credential it sent in a response that echoes it back', async () => {
    handler = (req, res) => json(res, 200, { echoed: req.headers });
    const def = definition(`${target.url}/in`, {
      authentication: { type: 'BASIC', username: 'u', passcode: 'p@ss-word' },
    });
    def.request.headers = [{ key: 'X-Partner', value: 'partner-key-1', secret: true }];
    const outcome = await push(def);
    const base64 = Buffer.from('u:p@ss-word').toString('base64');
    expect(target.received[0]!.headers['x-partner']).toBe('partner-key-1');
    expect(outcome.response?.body).toContain('[redacted]');
    expect(JSON.stringify(outcome)).not.toMatch(new RegExp(`partner-key-1|${base64}`));
  });

  it('reports a template that does not compile as a final failure', async () => {
    const def = definition(`${target.url}/in`);
    def.request.bodyTemplate = '{"a": {{contact.firstName}';
    const outcome = await push(def);
    expect(outcome.status).toBe('FAILURE');
    expect(outcome.reason).toMatch(/^The request body cannot be rendered: /);
    expect(target.received).toHaveLength(0);
  });
});

describe('executePush: success criteria against a real response', () => {
  const body = '{"result":"ok"}';
  const expected: Record<string, [string, boolean]> = {
    'STATUS_CODE EQUALS': ['201', true],
    'STATUS_CODE NOT_EQUALS': ['201', false],
    'STATUS_CODE CONTAINS': ['20', true],
    'STATUS_CODE NOT_CONTAINS': ['20', false],
    'RESPONSE_BODY EQUALS': [body, true],
    'RESPONSE_BODY NOT_EQUALS': [body, false],
    'RESPONSE_BODY CONTAINS': ['"ok"', true],
    'RESPONSE_BODY NOT_CONTAINS': ['"ok"', false],
    'RESPONSE_VALUE EQUALS': ['ok', true],
    'RESPONSE_VALUE NOT_EQUALS': ['ok', false],
    'RESPONSE_VALUE CONTAINS': ['o', true],
    'RESPONSE_VALUE NOT_CONTAINS': ['o', false],
  };
  const actualOf = { STATUS_CODE: '201', RESPONSE_BODY: body, RESPONSE_VALUE: 'ok' };
  const mapping = { format: 'JSON', responseKey: 'result' } as const;
  const cases = CRITERION_SOURCES.flatMap((s) => COMPARATORS.map((c) => [s, c] as const));

  it.each(cases)('%s %s', async (source, comparator) => {
    handler = (_req, res) => {
      res.writeHead(201);
      res.end(body);
    };
    const [value, passed] = expected[`${source} ${comparator}`]!;
    const outcome = await push(
      definition(`${target.url}/in`, {
        successCriteria: [{ source, comparator, value }],
        responseMapping: mapping,
      }),
    );
    expect(outcome.status).toBe(passed ? 'SUCCESS' : 'FAILURE');
    expect(outcome.criteria).toEqual([
      { source, comparator, value, actual: actualOf[source], passed },
    ]);
    expect(outcome.responseValue).toBe('ok');
  });

  it('needs all criteria to hold and names the one that failed', async () => {
    handler = (_req, res) => json(res, 200, { status: 'error' });
    const outcome = await push(
      definition(`${target.url}/in`, {
        successCriteria: [
          { source: 'STATUS_CODE', comparator: 'EQUALS', value: '200' },
          { source: 'RESPONSE_BODY', comparator: 'NOT_CONTAINS', value: 'error' },
        ],
      }),
    );
    expect(outcome.status).toBe('FAILURE');
    expect(outcome.criteria.map((c) => c.passed)).toEqual([true, false]);
    expect(outcome.reason).toBe(
      'Success criterion failed: response body contains "error" (status 200)',
    );
  });
});

describe('executePush: rate limit', () => {
  it('makes pushes over rateLimitPerMinute wait for the window instead of dropping them', async () => {
    handler = (_req, res) => json(res, 200, {});
    const clock = fakeClock(Date.now());
    deps = { ...deps, rateLimiter: createRateLimiter({ clock }), clock };
    const def = definition(`${target.url}/in`, {
      delivery: { maxAttempts: 3, timeoutMs: 1000, rateLimitPerMinute: 2 },
    });
    const outcomes = Promise.all([push(def), push(def), push(def)]);
    await new Promise((r) => setTimeout(r, 100));
    expect(target.received).toHaveLength(2);
    clock.advance(60_000);
    expect((await outcomes).map((o) => o.status)).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS']);
    expect(target.received).toHaveLength(3);
  });
});
