import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { executePush, type PushDeps } from '../execute-push.js';
import { createHttpClient } from '../http/client.js';
import { definition, values } from '../test-support/connector.js';
import { fakeClock, json, startTarget, type Handler } from '../test-support/target-server.js';
import { createTokenCache } from './token-cache.js';

const http = createHttpClient({ allowedTargets: ['127.0.0.1'] });
let target: Awaited<ReturnType<typeof startTarget>>;
let handler: Handler;
let clock: ReturnType<typeof fakeClock>;
let deps: PushDeps;

beforeAll(async () => {
  target = await startTarget((req, res) => handler(req, res));
});
afterAll(async () => {
  await target.close();
  await http.close();
});
beforeEach(() => {
  target.received.length = 0;
  clock = fakeClock();
  deps = { http, tokens: createTokenCache({ clock }), clock };
});

const tokenAuth = () => ({
  type: 'TOKEN' as const,
  tokenUrl: `${target.url}/token`,
  tokenRequestBody: '{"user":"svc","secret":"s3cret"}',
  accessTokenName: 'data.token',
  tokenExpirationSeconds: 1800,
});
const oauth = (scopes = 'leadInteraction getUsers') => ({
  type: 'OAUTH2_CLIENT_CREDENTIALS' as const,
  tokenUrl: `${target.url}/oauth/token`,
  clientId: 'cid',
  clientSecret: 'csecret',
  scopes,
});
const pushes = (auth: unknown, n = 1) =>
  Promise.all(
    Array.from({ length: n }, (_, i) =>
      executePush(
        { id: 'c1', definition: definition(`${target.url}/in`, { authentication: auth as never }) },
        values,
        { runId: `run-${i}`, attempt: 1 },
        deps,
      ),
    ),
  );
const hits = (path: string) => target.received.filter((r) => r.url === path);

describe('TOKEN authentication', () => {
  let issued = 0;
  beforeEach(() => {
    issued = 0;
    handler = (req, res) => {
      if (req.url === '/token') return json(res, 200, { data: { token: `t${++issued}` } });
      return req.headers.authorization === `Bearer t${issued}`
        ? json(res, 200, {})
        : json(res, 401, {});
    };
  });

  it('posts the token request body, sends Bearer, and shares one token request among concurrent pushes', async () => {
    const outcomes = await pushes(tokenAuth(), 5);
    expect(outcomes.every((o) => o.status === 'SUCCESS')).toBe(true);
    expect(hits('/token')).toHaveLength(1);
    expect(JSON.parse(hits('/token')[0]!.body)).toEqual({ user: 'svc', secret: 's3cret' });
    expect(hits('/in').every((r) => r.headers.authorization === 'Bearer t1')).toBe(true);
    expect(outcomes[0]!.request.headers.authorization).toBe('[redacted]');
  });

  it('reuses the token until tokenExpirationSeconds have passed', async () => {
    await pushes(tokenAuth());
    clock.advance(1799_000);
    await pushes(tokenAuth());
    expect(hits('/token')).toHaveLength(1);
    clock.advance(2_000);
    await pushes(tokenAuth());
    expect(hits('/token')).toHaveLength(2);
  });

  it('drops the token on a 401 and retries once with a fresh one', async () => {
    await pushes(tokenAuth());
    issued++; // the target now only accepts a token not yet fetched
    const [outcome] = await pushes(tokenAuth());
    expect(outcome!.status).toBe('SUCCESS');
    expect(hits('/token')).toHaveLength(2);
    expect(hits('/in').map((r) => r.headers.authorization)).toEqual([
      'Bearer t1',
      'Bearer t1',
      'Bearer t3',
    ]);
  });

  it('explains a failing token endpoint', async () => {
    handler = (_req, res) => json(res, 401, { error: 'invalid_client' });
    const [outcome] = await pushes(tokenAuth());
    expect(outcome).toMatchObject({
      status: 'FAILURE',
      reason: `token request to ${target.url}/token answered 401: {"error":"invalid_client"}`,
    });
  });

  it('explains a token answer without the named field', async () => {
    handler = (_req, res) => json(res, 200, { token: 'x' });
    const [outcome] = await pushes(tokenAuth());
    expect(outcome!.reason).toBe(
      `token request to ${target.url}/token answered without a "data.token" field`,
    );
  });

  it('retries when the token endpoint is down', async () => {
    handler = (_req, res) => json(res, 503, {});
    const [outcome] = await pushes(tokenAuth());
    expect(outcome!.status).toBe('RETRY');
  });
});

describe('OAuth 2.0 client credentials', () => {
  let issued = 0;
  beforeEach(() => {
    issued = 0;
    handler = (req, res) => {
      if (req.url === '/oauth/token') {
        return json(res, 200, {
          access_token: `a${++issued}`,
          token_type: 'Bearer',
          expires_in: 3600,
          refresh_token: `r${issued}`,
        });
      }
      return json(res, req.headers.authorization === `Bearer a${issued}` ? 200 : 401, {});
    };
  });

  it('asks for a client credentials grant, form-encoded with the scope', async () => {
    const [outcome] = await pushes(oauth());
    expect(outcome!.status).toBe('SUCCESS');
    const [grant] = hits('/oauth/token');
    expect(grant!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(grant!.body))).toEqual({
      grant_type: 'client_credentials',
      client_id: 'cid',
      client_secret: 'csecret',
      scope: 'leadInteraction getUsers',
    });
  });

  it('caches until shortly before expires_in, then uses the refresh token', async () => {
    await pushes(oauth());
    clock.advance(3600_000 - 61_000);
    await pushes(oauth());
    expect(hits('/oauth/token')).toHaveLength(1);
    clock.advance(2_000);
    await pushes(oauth());
    const grants = hits('/oauth/token').map((r) => Object.fromEntries(new URLSearchParams(r.body)));
    expect(grants[1]).toMatchObject({ grant_type: 'refresh_token', refresh_token: 'r1' });
  });

  it('falls back to a new grant when the refresh token is refused', async () => {
    await pushes(oauth());
    clock.advance(3600_000);
    const inner = handler;
    handler = (req, res) =>
      req.url === '/oauth/token' && req.body.includes('refresh_token')
        ? json(res, 400, { error: 'invalid_grant' })
        : inner(req, res);
    const [outcome] = await pushes(oauth());
    expect(outcome!.status).toBe('SUCCESS');
    const grants = hits('/oauth/token').map((r) => new URLSearchParams(r.body).get('grant_type'));
    expect(grants).toEqual(['client_credentials', 'refresh_token', 'client_credentials']);
  });
});
