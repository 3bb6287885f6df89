import { describe, expect, it } from 'vitest';
import type { Authentication } from '../schema/connector.schema.js';
import { fakeClock } from '../test-support/target-server.js';
import { tokenKey } from './handlers.js';
import { createTokenCache, type CachedToken } from './token-cache.js';

const token = (accessToken: string, expiresAt: number, refreshToken?: string): CachedToken => ({
  accessToken,
  expiresAt,
  refreshToken,
});

describe('token cache', () => {
  it('fetches once for concurrent callers and reuses the token until it expires', async () => {
    const clock = fakeClock();
    const cache = createTokenCache({ clock });
    let fetches = 0;
    const fetch = async () => token(`t${++fetches}`, clock.now() + 1000);
    const all = await Promise.all([1, 2, 3].map(() => cache.get('k', fetch)));
    expect(all.map((t) => t.accessToken)).toEqual(['t1', 't1', 't1']);
    clock.advance(999);
    expect((await cache.get('k', fetch)).accessToken).toBe('t1');
    clock.advance(1);
    expect((await cache.get('k', fetch)).accessToken).toBe('t2');
    expect(fetches).toBe(2);
  });

  it('does not keep a failed fetch: the next caller tries again', async () => {
    const cache = createTokenCache({ clock: fakeClock() });
    await expect(cache.get('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect((await cache.get('k', async () => token('t', Infinity))).accessToken).toBe('t');
  });

  it('drops a token after a 401 but keeps its refresh token for the next fetch', async () => {
    const cache = createTokenCache({ clock: fakeClock() });
    await cache.get('k', async () => token('t1', Infinity, 'r1'));
    cache.invalidate('k', 't1');
    let previous: CachedToken | undefined;
    const next = await cache.get('k', async (p) => ((previous = p), token('t2', Infinity)));
    expect(next.accessToken).toBe('t2');
    expect(previous?.refreshToken).toBe('r1');
  });

  it('ignores a late 401 for a token already replaced', async () => {
    const cache = createTokenCache({ clock: fakeClock() });
    await cache.get('k', async () => token('t2', Infinity));
    cache.invalidate('k', 't1');
    expect((await cache.get('k', async () => token('t3', Infinity))).accessToken).toBe('t2');
  });

  it('keeps connectors apart', async () => {
    const cache = createTokenCache({ clock: fakeClock() });
    await cache.get('a', async () => token('ta', Infinity));
    expect((await cache.get('b', async () => token('tb', Infinity))).accessToken).toBe('tb');
  });
});

describe('token key', () => {
  const auth: Authentication = {
    type: 'TOKEN',
    tokenUrl: 'https://id.example/token',
    tokenRequestBody: '{"u":"a"}',
    accessTokenName: 'token',
    tokenExpirationSeconds: 60,
  };

  it('is the connector id and a hash of the auth settings, so an edit gets a new token', () => {
    expect(tokenKey('c1', auth)).toBe(tokenKey('c1', { ...auth }));
    expect(tokenKey('c1', auth)).not.toBe(tokenKey('c2', auth));
    expect(tokenKey('c1', auth)).not.toBe(
      tokenKey('c1', { ...auth, tokenRequestBody: '{"u":"b"}' }),
    );
    expect(tokenKey('c1', auth)).not.toContain('"u"');
  });
});
