import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { createTokenCache } from '../auth/token-cache.js';
import { executePush, type PushDeps } from '../execute-push.js';
import { createHttpClient } from '../http/client.js';
import { definition, values } from '../test-support/connector.js';
import { fakeClock, json, startTarget, type Received } from '../test-support/target-server.js';
import { newSigningSecret, type SigningKeys } from './sign.js';

// The receiver's side is the `standardwebhooks` package's verify, as a target would run it.
const http = createHttpClient({ allowedTargets: ['127.0.0.1'] });
let target: Awaited<ReturnType<typeof startTarget>>;
let deps: PushDeps;
let clock: ReturnType<typeof fakeClock>;

beforeAll(async () => {
  target = await startTarget((_req, res) => json(res, 200, {}));
});
afterAll(async () => {
  await target.close();
  await http.close();
});
beforeEach(() => {
  target.received.length = 0;
  clock = fakeClock(Date.now());
  deps = { http, tokens: createTokenCache(), clock };
});

const verifies = (secret: string, got: Received) => {
  try {
    new Webhook(secret).verify(got.body, got.headers as Record<string, string>);
    return true;
  } catch {
    return false;
  }
};

const push = async (keys: SigningKeys | null, overrides = {}, attempt = 1) => {
  const def = definition(`${target.url}/in`, { signPushes: true, ...overrides });
  const outcome = await executePush(
    { id: 'c1', definition: def, signing: keys },
    values,
    { runId: 'run-1', attempt },
    deps,
  );
  return { outcome, got: target.received.at(-1)! };
};

describe('signed pushes', () => {
  it('carry webhook-id (the run id), the send time and a signature the receiver verifies', async () => {
    const secret = newSigningSecret();
    const { outcome, got } = await push({ secret, previous: null });
    expect(outcome.status).toBe('SUCCESS');
    expect(got.headers['webhook-id']).toBe('run-1');
    expect(got.headers['webhook-id']).toBe(got.headers['idempotency-key']);
    expect(got.headers['webhook-timestamp']).toBe(String(Math.floor(clock.now() / 1000)));
    expect(got.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(verifies(secret, got)).toBe(true);
    expect(verifies(newSigningSecret(), got)).toBe(false);
    // What a run shows: the id and time; the signature redacted like any credential; no secret.
    expect(JSON.stringify(outcome)).not.toContain(secret.slice(6));
    expect(outcome.request.headers).toMatchObject({
      'webhook-id': 'run-1',
      'webhook-signature': '[redacted]',
    });
  });

  it('signs the empty string for GET, and every attempt with its own time', async () => {
    const secret = newSigningSecret();
    const get = { request: { url: `${target.url}/in`, method: 'GET' as const } };
    const first = await push({ secret, previous: null }, get);
    expect(first.got.body).toBe('');
    expect(verifies(secret, first.got)).toBe(true);
    clock.advance(5000);
    const second = await push({ secret, previous: null }, get, 2);
    expect(second.got.headers['webhook-id']).toBe('run-1');
    expect(Number(second.got.headers['webhook-timestamp'])).toBe(
      Number(first.got.headers['webhook-timestamp']) + 5,
    );
    expect(verifies(secret, second.got)).toBe(true);
  });

  it('signs with both secrets during the overlap (new first), then with the new one only', async () => {
    const old = newSigningSecret();
    const secret = newSigningSecret();
    const keys = { secret, previous: { secret: old, expiresAt: clock.now() + 1000 } };
    const during = await push(keys);
    const signatures = String(during.got.headers['webhook-signature']).split(' ');
    expect(signatures).toHaveLength(2);
    expect(signatures[0]).toBe(
      new Webhook(secret).sign(
        'run-1',
        new Date(clock.now() - (clock.now() % 1000)),
        during.got.body,
      ),
    );
    expect(verifies(secret, during.got)).toBe(true);
    expect(verifies(old, during.got)).toBe(true);

    clock.advance(1000);
    const after = await push(keys);
    expect(String(after.got.headers['webhook-signature']).split(' ')).toHaveLength(1);
    expect(verifies(secret, after.got)).toBe(true);
    expect(verifies(old, after.got)).toBe(false);
  });

  it('a changed body or a changed timestamp fails verification', async () => {
    const secret = newSigningSecret();
    const { got } = await push({ secret, previous: null });
    expect(verifies(secret, { ...got, body: got.body.replace('Ann', 'Bob') })).toBe(false);
    const ts = String(Number(got.headers['webhook-timestamp']) - 1);
    expect(verifies(secret, { ...got, headers: { ...got.headers, 'webhook-timestamp': ts } })).toBe(
      false,
    );
  });

  it('fails without sending when signing is on and no secret was given', async () => {
    const { outcome } = await push(null);
    expect(outcome.status).toBe('FAILURE');
    expect(outcome.reason).toMatch(/no signing secret/);
    expect(target.received).toHaveLength(0);
  });

  it('adds no signature headers when signing is off', async () => {
    const { got } = await push(
      { secret: newSigningSecret(), previous: null },
      { signPushes: false },
    );
    expect(got.headers['webhook-signature']).toBeUndefined();
    expect(got.headers['webhook-id']).toBeUndefined();
  });
});
