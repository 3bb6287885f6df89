import {
  joinSecrets,
  readStoredDefinition,
  type ConnectorDefinition,
  type Secrets,
  type StoredDefinition,
} from '@odc/core';
import type { ValueTransformer } from 'typeorm';
import type { SecretBox } from '../../infra/secrets.js';
import type { ConnectorEntity } from './connector.entity.js';

// The stored shape, its upgrades and which fields are secret live in core (schema/stored.ts);
// this file only seals and opens the secrets.

/** The definition column: every row is upgraded and checked by core's schema as it is read. */
export const storedDefinitionColumn: ValueTransformer = {
  from: (raw: unknown) => (raw == null ? raw : readStoredDefinition(raw)),
  to: (value: StoredDefinition) => value,
};

export function sealSecrets(box: SecretBox, secrets: Secrets): string | null {
  return Object.keys(secrets).length === 0 ? null : box.seal(JSON.stringify(secrets));
}

export function openSecrets(box: SecretBox, sealed: string | null): Secrets {
  return sealed ? (JSON.parse(box.open(sealed)) as Secrets) : {};
}

/** The whole definition, secrets decrypted: only for the engine and the MANAGE view. */
export function fullDefinition(box: SecretBox, c: ConnectorEntity): ConnectorDefinition {
  const basics = {
    name: c.name,
    entityType: c.entityType,
    automationTriggers: c.automationTriggers,
    roleIds: c.roleIds,
  };
  return joinSecrets(basics, c.definition, openSecrets(box, c.secrets));
}
