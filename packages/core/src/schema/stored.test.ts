import { describe, expect, it } from 'vitest';
import { connectorDefinitionSchema } from './connector.schema.js';
import { joinSecrets, readStoredDefinition, splitSecrets, STORED_VERSION } from './stored.js';

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
});
