import { describe, expect, it } from 'vitest';
import { definition } from '../test-support/connector.js';
import { diffDefinitions, SECRET_SHOWN } from './diff.js';

const base = () =>
  definition('https://api.example/in', {
    authentication: { type: 'BASIC', username: 'ann', passcode: 'pass-ONE' },
    request: {
      url: 'https://api.example/in',
      method: 'POST',
      headers: [
        { key: 'X-Api-Key', value: 'key-ONE', secret: true },
        { key: 'X-Version', value: '1', secret: false },
      ],
      bodyTemplate: '{"a": 1}',
    },
  });

describe('diffDefinitions', () => {
  it('lists nothing for the same definition', () => {
    expect(diffDefinitions(base(), base())).toEqual([]);
  });

  it('gives ConnectorInput paths with JSON values', () => {
    const after = base();
    after.name = 'Renamed';
    after.request.url = 'https://api.example/v2';
    after.request.headers[1]!.value = '2';
    after.delivery.retryOn = ['409'];
    expect(diffDefinitions(base(), after)).toEqual([
      { path: 'name', before: '"Test"', after: '"Renamed"' },
      {
        path: 'request.url',
        before: '"https://api.example/in"',
        after: '"https://api.example/v2"',
      },
      { path: 'request.headers.1.value', before: '"1"', after: '"2"' },
      { path: 'delivery.retryOn.0', before: '"408"', after: '"409"' },
      { path: 'delivery.retryOn.1', before: '"429"', after: null },
      { path: 'delivery.retryOn.2', before: '"5xx"', after: null },
    ]);
  });

  it('shows a changed secret as (secret), never its value', () => {
    const after = base();
    (after.authentication as { passcode: string }).passcode = 'pass-TWO';
    after.request.headers[0]!.value = 'key-TWO';
    const changes = diffDefinitions(base(), after);
    expect(changes).toEqual([
      { path: 'authentication.passcode', before: SECRET_SHOWN, after: SECRET_SHOWN },
      { path: 'request.headers.0.value', before: SECRET_SHOWN, after: SECRET_SHOWN },
    ]);
  });

  it('masks secrets inside added or removed parts too', () => {
    const after = base();
    after.request.headers.push({ key: 'X-Token', value: 'tok-NEW', secret: true });
    after.authentication = { type: 'NONE' };
    const changes = diffDefinitions(base(), after);
    const text = JSON.stringify(changes);
    for (const secret of ['pass-ONE', 'key-ONE', 'tok-NEW']) expect(text).not.toContain(secret);
    expect(changes).toContainEqual({
      path: 'authentication.passcode',
      before: SECRET_SHOWN,
      after: null,
    });
    expect(changes).toContainEqual({
      path: 'request.headers.2',
      before: null,
      after: '{"key":"X-Token","value":"(secret)","secret":true}',
    });
  });

  it('shows a header turned from secret to plain with its new value only', () => {
    const after = base();
    after.request.headers[0] = { key: 'X-Api-Key', value: 'public', secret: false };
    expect(diffDefinitions(base(), after)).toEqual([
      { path: 'request.headers.0.value', before: SECRET_SHOWN, after: '"public"' },
      { path: 'request.headers.0.secret', before: 'true', after: 'false' },
    ]);
  });
});
