import { describe, expect, it } from 'vitest';
import { createTokenCache } from './auth/token-cache.js';
import { createRateLimiter } from './delivery/rate-limiter.js';
import { executePush, type PushDeps } from './execute-push.js';
import { HttpError, type HttpClient, type HttpResponse } from './http/client.js';
import { definition, values } from './test-support/connector.js';
import { fakeClock } from './test-support/target-server.js';

/** An injected HTTP client that answers from a script and lets time pass on the fake clock. */
function scripted(clock: ReturnType<typeof fakeClock>, answers: (HttpResponse | HttpError)[]) {
  const http: HttpClient = {
    async send() {
      clock.advance(250);
      const next = answers.shift();
      if (!next) throw new Error('no more answers');
      if (next instanceof HttpError) throw next;
      return next;
    },
    close: async () => undefined,
  };
  return http;
}

const answer = (status: number, headers: HttpResponse['headers'] = {}): HttpResponse => ({
  status,
  statusText: '',
  headers,
  body: '',
  truncated: false,
});

function setup(answers: (HttpResponse | HttpError)[], random = () => 0) {
  const clock = fakeClock();
  const deps: PushDeps = {
    http: scripted(clock, answers),
    tokens: createTokenCache(),
    clock,
    random,
  };
  const push = (attempt = 1, def = definition('https://api.example/in')) =>
    executePush({ id: 'c1', definition: def }, values, { runId: 'run-1', attempt }, deps);
  return { clock, deps, push };
}

describe('executePush outcomes (fake clock)', () => {
  it('measures the attempt on the injected clock', async () => {
    const { push } = setup([answer(200)]);
    expect(await push()).toMatchObject({ status: 'SUCCESS', durationMs: 250 });
  });

  it('schedules the retry from the back-off with jitter', async () => {
    const { clock, push } = setup([answer(503), answer(503)]);
    const first = await push(1);
    expect(first.retryAt!.getTime() - clock.now()).toBe(800); // 1 s - 20 %
    const second = await push(2);
    expect(second.retryAt!.getTime() - clock.now()).toBe(4000); // 5 s - 20 %
  });

  it('lets Retry-After replace the back-off', async () => {
    const { clock, push } = setup([answer(429, { 'retry-after': '7' })]);
    expect((await push()).retryAt!.getTime() - clock.now()).toBe(7000);
  });

  it('retries network errors and timeouts, not a refused target', async () => {
    const { push } = setup([
      new HttpError('network', 'Connection reset by api.example'),
      new HttpError('timeout', 'No response from api.example within 1000 ms'),
      new HttpError(
        'blocked',
        'Target address 10.0.0.1 is private and not on ALLOWED_TARGET_HOSTS',
      ),
    ]);
    expect((await push()).status).toBe('RETRY');
    expect((await push()).status).toBe('RETRY');
    expect(await push()).toMatchObject({ status: 'FAILURE', criteria: [] });
  });

  it('stops retrying at delivery.maxAttempts', async () => {
    const { push } = setup([new HttpError('network', 'Connection reset by api.example')]);
    expect(await push(3)).toMatchObject({
      status: 'FAILURE',
      reason: 'Connection reset by api.example (gave up after 3 attempts)',
    });
  });

  it('does not count the rate limiter wait as duration', async () => {
    const { clock, deps, push } = setup([answer(200), answer(200)]);
    deps.rateLimiter = createRateLimiter({ clock });
    const def = definition('https://api.example/in', {
      delivery: { maxAttempts: 3, timeoutMs: 1000, rateLimitPerMinute: 1 },
    });
    expect((await push(1, def)).durationMs).toBe(250);
    const waiting = push(1, def);
    await new Promise((r) => setImmediate(r));
    clock.advance(60_000);
    expect((await waiting).durationMs).toBe(250);
  });

  it("retries the statuses the connector's retryOn names and no others", async () => {
    const def = definition('https://api.example/in', {
      delivery: { maxAttempts: 3, timeoutMs: 1000, retryOn: ['409', '429'] },
    });
    const { clock, push } = setup([
      answer(409),
      answer(500),
      answer(404),
      answer(429, { 'retry-after': '3' }),
    ]);
    expect((await push(1, def)).status).toBe('RETRY');
    expect(await push(1, def)).toMatchObject({
      status: 'FAILURE',
      reason: 'Success criterion failed: status code 500 does not equal 200',
    });
    expect((await push(1, def)).status).toBe('FAILURE');
    // A 429 it retries still waits for its Retry-After.
    expect((await push(1, def)).retryAt!.getTime() - clock.now()).toBe(3000);
  });

  it('retries 408, 429 and 5xx by default, and network errors whatever retryOn says', async () => {
    const { push } = setup([answer(408), answer(502), answer(409)]);
    expect((await push()).status).toBe('RETRY');
    expect(await push()).toMatchObject({ status: 'RETRY', reason: 'Target answered 502' });
    expect((await push()).status).toBe('FAILURE');
    const none = definition('https://api.example/in', {
      delivery: { maxAttempts: 3, timeoutMs: 1000, retryOn: [] },
    });
    const { push: pushNone } = setup([answer(503), new HttpError('timeout', 'No response')]);
    expect((await pushNone(1, none)).status).toBe('FAILURE');
    expect((await pushNone(1, none)).status).toBe('RETRY');
  });
});
