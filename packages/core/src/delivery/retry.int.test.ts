import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTokenCache } from '../auth/token-cache.js';
import { executePush, type PushDeps } from '../execute-push.js';
import { createHttpClient } from '../http/client.js';
import { definition, values, withTimeout } from '../test-support/connector.js';
import { fakeClock, json, startTarget, type Handler } from '../test-support/target-server.js';

const http = createHttpClient({ allowedTargets: ['127.0.0.1'] });
const clock = fakeClock();
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
  deps = { http, tokens: createTokenCache(), clock, random: () => 0.5 };
});

const push = (def = definition(`${target.url}/in`), attempt = 1) =>
  executePush({ id: 'c1', definition: def }, values, { runId: 'run-1', attempt }, deps);
const delayOf = (outcome: { retryAt?: Date }) => outcome.retryAt!.getTime() - clock.now();

describe('delivery policy', () => {
  it('retries a 503 after the back-off and succeeds on the next attempt with the same Idempotency-Key', async () => {
    let calls = 0;
    handler = (_req, res) => (++calls === 1 ? json(res, 503, {}) : json(res, 200, {}));
    const first = await push();
    expect(first).toMatchObject({
      status: 'RETRY',
      reason: 'Target answered 503 Service Unavailable',
      response: { status: 503 },
    });
    expect(delayOf(first)).toBe(1000);
    const second = await push(undefined, 2);
    expect(second.status).toBe('SUCCESS');
    expect(target.received.map((r) => r.headers['idempotency-key'])).toEqual(['run-1', 'run-1']);
  });

  it('follows the back-off schedule for later attempts', async () => {
    handler = (_req, res) => json(res, 502, {});
    const def = definition(`${target.url}/in`, { delivery: { maxAttempts: 10, timeoutMs: 1000 } });
    expect(delayOf(await push(def, 3))).toBe(30_000);
    expect(delayOf(await push(def, 9))).toBe(4 * 3_600_000);
  });

  it('waits as long as a 429 Retry-After says, in seconds or as an HTTP date, at most an hour', async () => {
    handler = (_req, res) => json(res, 429, {}, { 'retry-after': '120' });
    const seconds = await push();
    expect(seconds).toMatchObject({
      status: 'RETRY',
      reason: 'Target answered 429 Too Many Requests',
    });
    expect(delayOf(seconds)).toBe(120_000);
    const date = new Date(clock.now() + 90_000).toUTCString();
    handler = (_req, res) => json(res, 429, {}, { 'retry-after': date });
    expect(delayOf(await push())).toBe(90_000);
    handler = (_req, res) => json(res, 503, {}, { 'retry-after': '86400' });
    expect(delayOf(await push())).toBe(3_600_000);
  });

  it('fails a 400 finally without retrying', async () => {
    handler = (_req, res) => json(res, 400, { error: 'bad' });
    const outcome = await push();
    expect(outcome).toMatchObject({
      status: 'FAILURE',
      reason: 'Success criterion failed: status code 400 does not equal 200',
      response: { status: 400, body: '{"error":"bad"}' },
    });
    expect(outcome.retryAt).toBeUndefined();
  });

  it('says what a 401 means when the connector sends no credentials to retry with', async () => {
    handler = (_req, res) => json(res, 401, {});
    const outcome = await push();
    expect(outcome.reason).toBe(
      "Target answered 401 Unauthorized: check the connector's authentication settings",
    );
    expect(target.received).toHaveLength(1);
  });

  it('gives up when the attempts run out, saying why', async () => {
    handler = (_req, res) => json(res, 500, {});
    const outcome = await push(undefined, 3);
    expect(outcome.status).toBe('FAILURE');
    expect(outcome.reason).toBe(
      'Target answered 500 Internal Server Error (gave up after 3 attempts)',
    );
  });

  it('times out an attempt that gets no answer and retries it', async () => {
    handler = () => undefined;
    const outcome = await push(withTimeout(definition(`${target.url}/in`), 300));
    expect(outcome.status).toBe('RETRY');
    expect(outcome.reason).toBe(`No response from 127.0.0.1:${target.port} within 300 ms`);
    expect(outcome.response).toBeUndefined();
  });

  it('times out a body that stops arriving', async () => {
    handler = (_req, res) => {
      res.writeHead(200);
      res.write('{"partial":');
    };
    const outcome = await push(withTimeout(definition(`${target.url}/in`), 300));
    expect(outcome).toMatchObject({
      status: 'RETRY',
      reason: expect.stringMatching(/within 300 ms$/),
    });
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

  it('does not cut a response of exactly 64 KiB', async () => {
    handler = (_req, res) => {
      res.writeHead(200);
      res.end('y'.repeat(64 * 1024));
    };
    const outcome = await push();
    expect(outcome.response).toMatchObject({ truncated: false });
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
