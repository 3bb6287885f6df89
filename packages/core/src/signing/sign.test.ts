import { describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { validateConnectorDefinition } from '../schema/connector.schema.js';
import { newSigningSecret, signatureHeaders, signingSecrets } from './sign.js';

describe('signing secrets', () => {
  it('are "whsec_" and the base64 of 32 random bytes', () => {
    const secret = newSigningSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(newSigningSecret()).not.toBe(secret);
  });

  it('the previous secret signs until its expiry, after the current one', () => {
    const keys = { secret: 'new', previous: { secret: 'old', expiresAt: 1000 } };
    expect(signingSecrets(keys, 999)).toEqual(['new', 'old']);
    expect(signingSecrets(keys, 1000)).toEqual(['new']);
    expect(signingSecrets({ secret: 'new', previous: null }, 0)).toEqual(['new']);
  });

  it('headers are what a Standard Webhooks receiver verifies, for a UTF-8 body too', () => {
    const secret = newSigningSecret();
    const body = '{"name":"Zoë 🚀"}';
    const headers = signatureHeaders({ secret, previous: null }, 'msg_1', Date.now(), body);
    expect(new Webhook(secret).verify(body, headers)).toEqual({ name: 'Zoë 🚀' });
  });
});

describe('signing input', () => {
  it('refuses a header of the connector named like a signature header while signing is on', () => {
    const input = (signPushes: boolean) => ({
      name: 'S',
      entityType: 'CONTACT',
      roleIds: ['r'],
      signPushes,
      authentication: { type: 'NONE' },
      request: {
        url: 'https://t.test/in',
        method: 'POST',
        headers: [{ key: 'Webhook-Signature', value: 'x' }],
        bodyTemplate: '{}',
      },
      successCriteria: [{ source: 'STATUS_CODE', comparator: 'EQUALS', value: '200' }],
    });
    expect(validateConnectorDefinition(input(true))).toEqual({
      ok: false,
      issues: [
        { path: 'request.headers.0.key', message: 'Webhook-Signature is set by Sign pushes' },
      ],
    });
    expect(validateConnectorDefinition(input(false)).ok).toBe(true);
  });
});
