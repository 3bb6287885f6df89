import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenCache } from '../auth/token-cache.js';
import { executePush } from '../execute-push.js';
import type { Authentication } from '../schema/connector.schema.js';
import { definition, values, withTimeout } from '../test-support/connector.js';
import { json, startTarget } from '../test-support/target-server.js';
import { createHttpClient, type HttpClient } from './client.js';

let target: Awaited<ReturnType<typeof startTarget>>;
const guarded = createHttpClient();

beforeAll(async () => {
  target = await startTarget((_req, res) => json(res, 200, { token: 't' }));
});
afterAll(async () => {
  await target.close();
  await guarded.close();
});

const push = (http: HttpClient, url: string, authentication?: Authentication) =>
  executePush(
    {
      id: 'c',
      definition: withTimeout(definition(url, authentication ? { authentication } : {}), 5000),
    },
    values,
    { runId: 'r', attempt: 1 },
    { http, tokens: createTokenCache() },
  );

describe('target guard (no ALLOWED_TARGET_HOSTS)', () => {
  it.each([
    ['loopback', () => `${target.url}/in`, 'Target address 127.0.0.1 is loopback'],
    ['::1', () => `http://[::1]:${target.port}/in`, 'Target address ::1 is loopback'],
    [
      'a name resolving to loopback',
      () => `http://localhost:${target.port}/in`,
      'Target address localhost (',
    ],
    [
      'metadata',
      () => 'http://169.254.169.254/latest/meta-data',
      'Target address 169.254.169.254 is link-local (cloud metadata)',
    ],
    ['private', () => 'http://10.0.0.5/x', 'Target address 10.0.0.5 is private'],
    ['unspecified', () => 'http://0.0.0.0:9/x', 'Target address 0.0.0.0 is unspecified'],
  ])('refuses %s as a final failure', async (_what, url, reason) => {
    const outcome = await push(guarded, url());
    expect(outcome.status).toBe('FAILURE');
    expect(outcome.reason).toContain(reason);
    expect(outcome.reason).toMatch(/ and not on ALLOWED_TARGET_HOSTS$/);
    expect(target.received).toHaveLength(0);
  });

  it('also guards the token endpoint', async () => {
    const outcome = await push(guarded, 'https://api.example/in', {
      type: 'TOKEN',
      tokenUrl: `${target.url}/token`,
      tokenRequestBody: '{}',
      accessTokenName: 'token',
      tokenExpirationSeconds: 60,
    });
    expect(outcome.status).toBe('FAILURE');
    expect(outcome.reason).toBe(
      `token request to ${target.url}/token failed: Target address 127.0.0.1 is loopback and not on ALLOWED_TARGET_HOSTS`,
    );
    expect(target.received).toHaveLength(0);
  });
});

describe('target guard with an allow list', () => {
  it.each([['127.0.0.1'], ['127.0.0.0/8'], ['localhost']])('lets %s through', async (allowed) => {
    const http = createHttpClient({ allowedTargets: allowed });
    try {
      const host = allowed === 'localhost' ? 'localhost' : '127.0.0.1';
      const outcome = await push(http, `http://${host}:${target.port}/in`);
      expect(outcome.status).toBe('SUCCESS');
    } finally {
      await http.close();
    }
  });

  it('still refuses what is not listed', async () => {
    const http = createHttpClient({ allowedTargets: '127.0.0.1' });
    try {
      const outcome = await push(http, 'http://169.254.169.254/latest');
      expect(outcome.reason).toMatch(/not on ALLOWED_TARGET_HOSTS/);
    } finally {
      await http.close();
    }
  });
});

describe('target guard with allowed URL prefixes (point 1)', () => {
  it('lets only URLs under the prefix reach a loopback target', async () => {
    const prefixes = [`${target.url}/demo/`];
    const http = createHttpClient({ allowedUrlPrefixes: () => prefixes });
    const before = target.received.length;
    try {
      const ok = await push(http, `${target.url}/demo/echo`);
      expect(ok.status).toBe('SUCCESS');
      for (const url of [
        `${target.url}/in`,
        `${target.url}/demo/../in`,
        `${target.url}/demo/%2e%2e/in`,
      ]) {
        const outcome = await push(http, url);
        expect(outcome.status, url).toBe('FAILURE');
        expect(outcome.reason, url).toMatch(/loopback and not on ALLOWED_TARGET_HOSTS/);
      }
      expect(target.received.slice(before).map((r) => r.url)).toEqual(['/demo/echo']);
    } finally {
      await http.close();
    }
  });
});
