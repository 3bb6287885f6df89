import type { Authentication, ConnectorDefinition } from '@odc/core';
import type { SecretBox } from '../../infra/secrets.js';
import type { ConnectorEntity } from './connector.entity.js';

export interface ConnectorSecrets {
  passcode?: string;
  clientSecret?: string;
  tokenRequestBody?: string;
}

export interface PublicAuthentication {
  type: Authentication['type'];
  username?: string | null;
  tokenUrl?: string | null;
  accessTokenName?: string | null;
  tokenExpirationSeconds?: number | null;
  clientId?: string | null;
  scopes?: string | null;
}

/** What is stored in the clear: the definition minus its secrets. */
export interface PublicDefinition {
  authentication: PublicAuthentication;
  request: ConnectorDefinition['request'];
  successCriteria: ConnectorDefinition['successCriteria'];
  delivery: ConnectorDefinition['delivery'];
  /** Absent on connectors saved before matching existed: read it through matchingOf. */
  matching?: ConnectorDefinition['matching'];
  /** Which secrets are set (their values live sealed in ConnectorEntity.secrets). */
  secretKeys: (keyof ConnectorSecrets)[];
}

const SECRET_KEYS = ['passcode', 'clientSecret', 'tokenRequestBody'] as const;

export function splitSecrets(def: ConnectorDefinition): {
  definition: PublicDefinition;
  secrets: ConnectorSecrets;
} {
  const auth = { ...def.authentication } as Record<string, unknown>;
  const secrets: ConnectorSecrets = {};
  for (const key of SECRET_KEYS) {
    const value = auth[key];
    if (typeof value === 'string' && value !== '') secrets[key] = value;
    delete auth[key];
  }
  return {
    definition: {
      authentication: auth as unknown as PublicAuthentication,
      request: def.request,
      successCriteria: def.successCriteria,
      delivery: def.delivery,
      matching: def.matching,
      secretKeys: Object.keys(secrets) as (keyof ConnectorSecrets)[],
    },
    secrets,
  };
}

/** A stored definition's matching; off for connectors saved before matching existed. */
export function matchingOf(def: PublicDefinition): ConnectorDefinition['matching'] {
  return def.matching ?? { staff: null, leadSource: null };
}

export function sealSecrets(box: SecretBox, secrets: ConnectorSecrets): string | null {
  return Object.keys(secrets).length === 0 ? null : box.seal(JSON.stringify(secrets));
}

export function openSecrets(box: SecretBox, sealed: string | null): ConnectorSecrets {
  return sealed ? (JSON.parse(box.open(sealed)) as ConnectorSecrets) : {};
}

/** The whole definition, secrets decrypted: only for the engine and the MANAGE view. */
export function fullDefinition(box: SecretBox, c: ConnectorEntity): ConnectorDefinition {
  const secrets = openSecrets(box, c.secrets);
  return {
    name: c.name,
    entityType: c.entityType,
    automationTriggers: c.automationTriggers,
    roleIds: c.roleIds,
    authentication: { ...c.definition.authentication, ...secrets } as Authentication,
    request: c.definition.request,
    successCriteria: c.definition.successCriteria,
    delivery: c.definition.delivery,
    matching: matchingOf(c.definition),
  };
}
