import { describe, expect, it } from 'vitest';
import { connectorDefinitionSchema } from './connector.schema.js';
import {
  joinSecrets,
  keepStoredSecrets,
  readStoredDefinition,
  splitSecrets,
  STORED_VERSION,
} from './stored.js';

const def = connectorDefinitionSchema.parse({
  name: 'Gift Service',
  entityType: 'CONTACT',
  roleIds: ['r1'],
  authentication: { type: 'BASIC', username: 'u', passcode: 'p4ss' },
  request: { url: 'https://x.test/in', method: 'POST', bodyTemplate: '{}' },
  successCriteria: [{ source: 'STATUS_CODE', comparator: 'EQUALS', value: '200' }],
});

describe('stored connector definition', () => {
  it('keeps secrets apart and joins them back to the same definition', () => {
    const { stored, secrets } = splitSecrets(def);
    expect(stored.version).toBe(STORED_VERSION);
    expect(JSON.stringify(stored)).not.toContain('p4ss');
    expect(stored.secretKeys).toEqual(['passcode']);
    expect(secrets).toEqual({ passcode: 'p4ss' });
    const basics = {
      name: def.name,
      entityType: def.entityType,
      automationTriggers: [],
      roleIds: ['r1'],
    };
    expect(joinSecrets(basics, readStoredDefinition(stored), secrets)).toEqual(def);
  });

  it('upgrades a row saved before matching and response mapping existed', () => {
    const v1 = {
      authentication: { type: 'NONE' },
      request: { url: 'https://x.test/in', method: 'POST', headers: [], bodyTemplate: '{}' },
      successCriteria: [{ source: 'STATUS_CODE', comparator: 'EQUALS', value: '200' }],
      delivery: { maxAttempts: 3, timeoutMs: 5000, rateLimitPerMinute: null },
      secretKeys: [],
    };
    expect(readStoredDefinition(v1)).toEqual({
      ...v1,
      version: STORED_VERSION,
      matching: { staff: null, leadSource: null },
      responseMapping: null,
      signPushes: false,
    });
  });

  it('drops a secret that sneaked into the stored authentication', () => {
    const { stored } = splitSecrets(def);
    const tampered = { ...stored, authentication: { ...stored.authentication, passcode: 'x' } };
    expect(readStoredDefinition(tampered).authentication).not.toHaveProperty('passcode');
  });

  it('refuses a corrupt row', () => {
    expect(() => readStoredDefinition({ version: STORED_VERSION })).toThrow();
  });

  it('seals secret header values apart and keeps them on an update that sends them empty', () => {
    const withHeaders = connectorDefinitionSchema.parse({
      ...def,
      request: {
        ...def.request,
        headers: [
          { key: 'X-Api-Key', value: 'k-123', secret: true },
          { key: 'X-Plain', value: 'p' },
        ],
      },
    });
    const { stored, secrets } = splitSecrets(withHeaders);
    expect(stored.request.headers).toEqual([
      { key: 'X-Api-Key', value: '', secret: true },
      { key: 'X-Plain', value: 'p', secret: false },
    ]);
    expect(secrets.headers).toEqual({ 'X-Api-Key': 'k-123' });
    const basics = {
      name: def.name,
      entityType: def.entityType,
      automationTriggers: [],
      roleIds: ['r1'],
    };
    expect(joinSecrets(basics, stored, secrets).request.headers[0]?.value).toBe('k-123');

    const update = { request: { headers: [{ key: 'X-Api-Key', value: '', secret: true }] } };
    keepStoredSecrets(update, secrets);
    expect(update.request.headers[0]?.value).toBe('k-123');
    const renamed = { request: { headers: [{ key: 'X-Other', value: '', secret: true }] } };
    keepStoredSecrets(renamed, secrets);
    expect(renamed.request.headers[0]?.value).toBe('');
  });
});
