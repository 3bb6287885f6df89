import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTokenCache } from './auth/token-cache.js';
import { executePush, type PushDeps } from './execute-push.js';
import { createHttpClient } from './http/client.js';
import { definition, values } from './test-support/connector.js';
import { json, startTarget, type Handler } from './test-support/target-server.js';

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
afterEach(() => {
  target.received.length = 0;
  deps = { http, tokens: createTokenCache(), random: () => 0.5 };
});
deps = { http, tokens: createTokenCache(), random: () => 0.5 };

const push = (def = definition(`${target.url}/in`), attempt = 1) =>
  executePush({ id: 'c1', definition: def }, values, { runId: 'run-1', attempt }, deps);

describe('executePush', () => {
  it('sends the rendered body with the Idempotency-Key and succeeds when every criterion holds', async () => {
    handler = (_req, res) => json(res, 200, { ok: true });
    const outcome = await push();
    expect(outcome).toMatchObject({
      status: 'SUCCESS',
      reason: null,
      response: { status: 200, body: '{"ok":true}' },
    });
    const [got] = target.received;
    expect(JSON.parse(got!.body)).toEqual({ first: 'Ann "A"', rating: 4 });
    expect(got!.headers['idempotency-key']).toBe('run-1');
    expect(got!.headers['content-type']).toBe('application/json');
    expect(outcome.request).toMatchObject({ method: 'POST', url: `${target.url}/in` });
    expect(outcome.criteria).toEqual([
      { source: 'STATUS_CODE', comparator: 'EQUALS', value: '200', actual: '200', passed: true },
    ]);
  });

  it('renders URL placeholders percent-encoded and header placeholders, and GET sends no body', async () => {
    handler = (_req, res) => json(res, 200, {});
    const def = definition(`${target.url}/c/{{contact.firstName}}`, {
      request: {
        url: `${target.url}/c/{{contact.firstName}}`,
        method: 'GET',
        headers: [{ key: 'X-Rating', value: 'r{{contact.activityRating}}' }],
        bodyTemplate: '',
      },
    });
    await push(def);
    expect(target.received[0]).toMatchObject({ method: 'GET', url: '/c/Ann%20%22A%22', body: '' });
    expect(target.received[0]!.headers['x-rating']).toBe('r4');
  });

  it('sends Basic credentials and redacts them in the recorded request', async () => {
    handler = (_req, res) => json(res, 200, {});
    const outcome = await push(
      definition(`${target.url}/in`, {
        authentication: { type: 'BASIC', username: 'u', passcode: 'p@ss' },
      }),
    );
    expect(target.received[0]!.headers.authorization).toBe(
      `Basic ${Buffer.from('u:p@ss').toString('base64')}`,
    );
    expect(outcome.request.headers.authorization).toBe('[redacted]');
    expect(JSON.stringify(outcome)).not.toContain(Buffer.from('u:p@ss').toString('base64'));
  });

  it('fails finally on a criterion not met by a 400 and says why', async () => {
    handler = (_req, res) => json(res, 400, { error: 'bad' });
    const outcome = await push();
    expect(outcome.status).toBe('FAILURE');
    expect(outcome.reason).toBe('Success criterion failed: status code 400 does not equal "200"');
  });

  it('retries a 503 after the back-off and succeeds on the next attempt', async () => {
    let calls = 0;
    handler = (_req, res) => (++calls === 1 ? json(res, 503, {}) : json(res, 200, {}));
    const first = await push();
    expect(first.status).toBe('RETRY');
    expect(first.reason).toBe('Target answered 503 Service Unavailable');
    expect(first.retryAt!.getTime() - Date.now()).toBeGreaterThan(500);
    expect(first.retryAt!.getTime() - Date.now()).toBeLessThanOrEqual(1000);
    const second = await push(undefined, 2);
    expect(second.status).toBe('SUCCESS');
    expect(target.received.map((r) => r.headers['idempotency-key'])).toEqual(['run-1', 'run-1']);
  });

  it('waits as long as a 429 Retry-After says', async () => {
    handler = (_req, res) => json(res, 429, {}, { 'retry-after': '120' });
    const outcome = await push();
    expect(outcome.status).toBe('RETRY');
    expect(Math.round((outcome.retryAt!.getTime() - Date.now()) / 1000)).toBe(120);
  });

  it('gives up when the attempts run out', async () => {
    handler = (_req, res) => json(res, 500, {});
    const outcome = await push(undefined, 3);
    expect(outcome.status).toBe('FAILURE');
    expect(outcome.reason).toBe(
      'Target answered 500 Internal Server Error (gave up after 3 attempts)',
    );
  });

  it('times out an attempt that gets no answer and retries it', async () => {
    handler = () => undefined;
    const outcome = await push();
    expect(outcome.status).toBe('RETRY');
    expect(outcome.reason).toMatch(/^No response from 127\.0\.0\.1:\d+ within 1000 ms$/);
  });

  it('cuts a large response at 64 KiB', async () => {
    handler = (_req, res) => {
      res.writeHead(200);
      res.end('x'.repeat(1024 * 1024));
    };
    const outcome = await push();
    expect(outcome.status).toBe('SUCCESS');
    expect(outcome.response).toMatchObject({ truncated: true });
    expect(outcome.response!.body.length).toBe(64 * 1024);
  });

  it('does not follow a redirect and says where it pointed', async () => {
    handler = (_req, res) => {
      res.writeHead(302, { location: 'https://elsewhere.example/x' });
      res.end();
    };
    const outcome = await push();
    expect(outcome).toMatchObject({
      status: 'FAILURE',
      reason: 'Redirect to https://elsewhere.example/x was not followed',
    });
    expect(target.received).toHaveLength(1);
  });

  it('retries a refused connection', async () => {
    const outcome = await push(definition('http://127.0.0.1:9/in'));
    expect(outcome).toMatchObject({ status: 'RETRY', reason: 'Connection refused by 127.0.0.1:9' });
  });
});

describe('target guard', () => {
  it('refuses loopback and names that resolve to it unless allowed', async () => {
    const guarded = createHttpClient();
    try {
      for (const url of [
        `${target.url}/in`,
        `http://localhost:${target.port}/in`,
        'http://169.254.169.254/latest',
        'http://10.0.0.1/x',
      ]) {
        const outcome = await executePush(
          { id: 'c', definition: definition(url) },
          values,
          { runId: 'r', attempt: 1 },
          { http: guarded, tokens: createTokenCache() },
        );
        expect(outcome.status).toBe('FAILURE');
        expect(outcome.reason).toMatch(/not on ALLOWED_TARGET_HOSTS/);
      }
      expect(target.received).toHaveLength(0);
    } finally {
      await guarded.close();
    }
  });

  it('lets a listed host name through', async () => {
    const byName = createHttpClient({ allowedTargets: 'localhost' });
    handler = (_req, res) => json(res, 200, {});
    try {
      const def = definition(`http://localhost:${target.port}/in`);
      const outcome = await executePush(
        { id: 'c', definition: def },
        values,
        { runId: 'r', attempt: 1 },
        { http: byName, tokens: createTokenCache() },
      );
      expect(outcome.status).toBe('SUCCESS');
    } finally {
      await byName.close();
    }
  });
});
