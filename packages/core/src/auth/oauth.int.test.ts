import { beforeEach, describe, expect, it } from 'vitest';
import { useAuthTarget } from '../test-support/auth-target.js';
import { json } from '../test-support/target-server.js';

const env = useAuthTarget();

const oauth = (scopes: string | null = 'leadInteraction getUsers') => ({
  type: 'OAUTH2_CLIENT_CREDENTIALS' as const,
  tokenUrl: `${env.target.url}/oauth/token`,
  clientId: 'cid',
  clientSecret: 'csecret',
  scopes,
});
const grants = () =>
  env.hits('/oauth/token').map((r) => Object.fromEntries(new URLSearchParams(r.body)));

describe('OAuth 2.0 client credentials', () => {
  let issued = 0;
  beforeEach(() => {
    issued = 0;
    env.handler = (req, res) => {
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

  it('asks for a client credentials grant, form-encoded with the scope, and sends Bearer', async () => {
    const [outcome] = await env.pushes(oauth());
    expect(outcome!.status).toBe('SUCCESS');
    const [grant] = env.hits('/oauth/token');
    expect(grant!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(grants()).toEqual([
      {
        grant_type: 'client_credentials',
        client_id: 'cid',
        client_secret: 'csecret',
        scope: 'leadInteraction getUsers',
      },
    ]);
    expect(env.hits('/in')[0]!.headers.authorization).toBe('Bearer a1');
  });

  it('leaves the scope out when none is set', async () => {
    await env.pushes(oauth(null));
    expect(grants()[0]).not.toHaveProperty('scope');
  });

  it('shares one grant among concurrent pushes', async () => {
    const outcomes = await env.pushes(oauth(), 4);
    expect(outcomes.map((o) => o.status)).toEqual(Array(4).fill('SUCCESS'));
    expect(grants()).toHaveLength(1);
  });

  it('caches until shortly before expires_in, then uses the refresh token', async () => {
    await env.pushes(oauth());
    env.clock.advance(3600_000 - 61_000);
    await env.pushes(oauth());
    expect(grants()).toHaveLength(1);
    env.clock.advance(2_000);
    const [outcome] = await env.pushes(oauth());
    expect(outcome!.status).toBe('SUCCESS');
    expect(grants()[1]).toMatchObject({ grant_type: 'refresh_token', refresh_token: 'r1' });
  });

  it('falls back to a new grant when the refresh token is refused', async () => {
    await env.pushes(oauth());
    env.clock.advance(3600_000);
    const inner = env.handler;
    env.handler = (req, res) =>
      req.url === '/oauth/token' && req.body.includes('refresh_token')
        ? json(res, 400, { error: 'invalid_grant' })
        : inner(req, res);
    const [outcome] = await env.pushes(oauth());
    expect(outcome!.status).toBe('SUCCESS');
    expect(grants().map((g) => g.grant_type)).toEqual([
      'client_credentials',
      'refresh_token',
      'client_credentials',
    ]);
  });

  it('drops the token on a 401 from the target and retries once with a fresh one', async () => {
    await env.pushes(oauth());
    issued++;
    const [outcome] = await env.pushes(oauth());
    expect(outcome!.status).toBe('SUCCESS');
    expect(env.hits('/in').map((r) => r.headers.authorization)).toEqual([
      'Bearer a1',
      'Bearer a1',
      'Bearer a3',
    ]);
  });

  it('explains a refused grant as a final failure', async () => {
    env.handler = (_req, res) => json(res, 401, { error: 'invalid_client' });
    const [outcome] = await env.pushes(oauth());
    expect(outcome).toMatchObject({
      status: 'FAILURE',
      reason: `token request to ${env.target.url}/oauth/token answered 401: {"error":"invalid_client"}`,
    });
  });

  it('explains an answer without an access_token', async () => {
    env.handler = (_req, res) => json(res, 200, { token: 'x' });
    const [outcome] = await env.pushes(oauth());
    expect(outcome!.reason).toBe(
      `token request to ${env.target.url}/oauth/token answered without an access_token`,
    );
  });
});
