import { beforeEach, describe, expect, it } from 'vitest';
import { authHeaders, authToken } from './auth-token';

describe('auth token', () => {
  beforeEach(() => localStorage.clear());

  it('keeps the token from login and turns it into a bearer header', () => {
    expect(authHeaders(authToken.get())).toEqual({});
    authToken.set('abc');
    expect(authHeaders(authToken.get())).toEqual({ authorization: 'Bearer abc' });
    authToken.clear();
    expect(authToken.get()).toBeNull();
  });
});
