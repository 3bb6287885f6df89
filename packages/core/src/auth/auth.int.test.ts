import { beforeEach, describe, expect, it } from 'vitest';
import { useAuthTarget } from '../test-support/auth-target.js';
import { json } from '../test-support/target-server.js';

const env = useAuthTarget();

const tokenAuth = (tokenRequestBody = '{"user":"svc","secret":"s3cret"}') => ({
  type: 'TOKEN' as const,
  tokenUrl: `${env.target.url}/token`,
  tokenRequestBody,
  accessTokenName: 'data.token',
  tokenExpirationSeconds: 1800,
});

describe('TOKEN authentication', () => {
  let issued = 0;
  beforeEach(() => {
    issued = 0;
    env.handler = (req, res) => {
      if (req.url === '/token') return json(res, 200, { data: { token: `t${++issued}` } });
      return json(res, req.headers.authorization === `Bearer t${issued}` ? 200 : 401, {});
    };
  });

  it('posts the token request body, sends Bearer, and shares one token request among concurrent pushes', async () => {
    const outcomes = await env.pushes(tokenAuth(), 5);
    expect(outcomes.map((o) => o.status)).toEqual(Array(5).fill('SUCCESS'));
    const grants = env.hits('/token');
    expect(grants).toHaveLength(1);
    expect(grants[0]!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(grants[0]!.body)).toEqual({ user: 'svc', secret: 's3cret' });
    expect(env.hits('/in').every((r) => r.headers.authorization === 'Bearer t1')).toBe(true);
    expect(outcomes[0]!.request.headers.authorization).toBe('[redacted]');
    expect(JSON.stringify(outcomes)).not.toContain('t1"');
  });

  it('reuses the token until tokenExpirationSeconds have passed', async () => {
    await env.pushes(tokenAuth());
    env.clock.advance(1799_000);
    await env.pushes(tokenAuth());
    expect(env.hits('/token')).toHaveLength(1);
    env.clock.advance(2_000);
    await env.pushes(tokenAuth());
    expect(env.hits('/token')).toHaveLength(2);
  });

  it('asks for a new token when the auth settings were edited', async () => {
    await env.pushes(tokenAuth());
    await env.pushes(tokenAuth('{"user":"svc2"}'));
    expect(env.hits('/token')).toHaveLength(2);
  });

  it('drops the token on a 401 and retries once with a fresh one', async () => {
    await env.pushes(tokenAuth());
    issued++; // the target now only accepts a token not yet fetched
    const [outcome] = await env.pushes(tokenAuth());
    expect(outcome!.status).toBe('SUCCESS');
    expect(env.hits('/token')).toHaveLength(2);
    expect(env.hits('/in').map((r) => r.headers.authorization)).toEqual([
      'Bearer t1',
      'Bearer t1',
      'Bearer t3',
    ]);
  });

  it('fetches one fresh token for concurrent pushes that all got a 401', async () => {
    await env.pushes(tokenAuth());
    issued++;
    const outcomes = await env.pushes(tokenAuth(), 5);
    expect(outcomes.map((o) => o.status)).toEqual(Array(5).fill('SUCCESS'));
    expect(env.hits('/token')).toHaveLength(2);
  });

  it('retries only once: a second 401 is a final failure', async () => {
    env.handler = (req, res) =>
      req.url === '/token' ? json(res, 200, { data: { token: 'x' } }) : json(res, 401, {});
    const [outcome] = await env.pushes(tokenAuth());
    expect(outcome).toMatchObject({
      status: 'FAILURE',
      reason: "Target answered 401 Unauthorized: check the connector's authentication settings",
    });
    expect(env.hits('/in')).toHaveLength(2);
    expect(env.hits('/token')).toHaveLength(2);
  });

  it('explains a failing token endpoint, finally for a 4xx', async () => {
    env.handler = (_req, res) => json(res, 401, { error: 'invalid_client' });
    const [outcome] = await env.pushes(tokenAuth());
    expect(outcome).toMatchObject({
      status: 'FAILURE',
      reason: `token request to ${env.target.url}/token answered 401: {"error":"invalid_client"}`,
    });
    expect(env.hits('/in')).toHaveLength(0);
  });

  it('blanks out what it sent when a token endpoint echoes it in an error', async () => {
    env.handler = (req, res) => void res.writeHead(400).end(`bad request: ${req.body}`);
    const [outcome] = await env.pushes(tokenAuth());
    expect(outcome?.status).toBe('FAILURE');
    expect(outcome?.reason).toContain('answered 400: bad request: [redacted]');
    expect(outcome?.reason).not.toContain('s3cret');
  });

  it('explains a token answer without the named field', async () => {
    env.handler = (_req, res) => json(res, 200, { token: 'x' });
    const [outcome] = await env.pushes(tokenAuth());
    expect(outcome).toMatchObject({
      status: 'FAILURE',
      reason: `token request to ${env.target.url}/token answered without a "data.token" field`,
    });
  });

  it('retries when the token endpoint answers 5xx', async () => {
    env.handler = (_req, res) => json(res, 503, { error: 'down' });
    const [outcome] = await env.pushes(tokenAuth());
    expect(outcome).toMatchObject({
      status: 'RETRY',
      reason: `token request to ${env.target.url}/token answered 503: {"error":"down"}`,
    });
  });

  it('retries when the token endpoint does not answer in time', async () => {
    env.handler = () => undefined;
    env.timeoutMs = 300;
    const [outcome] = await env.pushes(tokenAuth());
    expect(outcome).toMatchObject({
      status: 'RETRY',
      reason: `token request to ${env.target.url}/token failed: No response from 127.0.0.1:${env.target.port} within 300 ms`,
    });
  });
});
