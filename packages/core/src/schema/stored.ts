import { z } from 'zod';
import {
  authenticationSchema,
  dataRequestSchema,
  headerSchema,
  deliveryPolicySchema,
  matchingSchema,
  SECRET_AUTH_FIELDS,
  successCriterionSchema,
  type Authentication,
  type ConnectorDefinition,
  type SecretAuthField,
} from './connector.schema.js';
import { responseMappingSchema } from './response-mapping.js';

/**
 * The definition as stored: everything but the name, entity type, triggers and roles (their own
 * columns) and the secrets (sealed apart). Rows written by older versions are upgraded on read by
 * UPGRADES, one step per version, then parsed with the same schemas the input was checked with.
 * A new setting: add it to the connector schema with a default, bump STORED_VERSION, add a step.
 */
export const STORED_VERSION = 3;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type StoredAuthentication = DistributiveOmit<Authentication, SecretAuthField>;

/** Each authentication type without its secret fields. */
const storedAuthenticationSchema = z.discriminatedUnion(
  'type',
  authenticationSchema.options.map((option) => {
    const object = option as z.ZodObject;
    const secret = SECRET_AUTH_FIELDS.filter((k) => k in object.shape);
    return object.omit(
      Object.fromEntries(secret.map((k) => [k, true])) as Record<string, true> &
        Record<number, never>,
    );
  }) as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<StoredAuthentication>;

export const storedDefinitionSchema = z.object({
  version: z.literal(STORED_VERSION),
  authentication: storedAuthenticationSchema,
  // A secret header's value is sealed apart: stored empty.
  request: dataRequestSchema.extend({
    headers: z.array(headerSchema.extend({ value: z.string() })),
  }),
  successCriteria: z.array(successCriterionSchema),
  delivery: deliveryPolicySchema,
  matching: matchingSchema,
  responseMapping: responseMappingSchema.nullable(),
  // Added without a version step: rows from before it read false.
  signPushes: z.boolean().default(false),
  /** Which secrets are set; their values are sealed apart. */
  secretKeys: z.array(z.enum(SECRET_AUTH_FIELDS)),
});

export type StoredDefinition = z.output<typeof storedDefinitionSchema>;
/** The sealed part: authentication secrets, and secret header values by header key. */
export type Secrets = Partial<Record<SecretAuthField, string>> & {
  headers?: Record<string, string>;
};

type Raw = Record<string, unknown>;

/** Step n turns a version-n row into a version n+1 row. Version 1: rows with no version field. */
const UPGRADES: Record<number, (row: Raw) => Raw> = {
  // Before version 2: no matching on rows older than matching, no response mapping.
  1: (row) => ({
    ...row,
    matching: row.matching ?? { staff: null, leadSource: null },
    responseMapping: null,
    version: 2,
  }),
  // Version 3: a header may be secret; every older header is not.
  2: (row) => {
    const request = (row.request ?? {}) as Raw;
    const headers = Array.isArray(request.headers) ? (request.headers as Raw[]) : [];
    return {
      ...row,
      request: { ...request, headers: headers.map((h) => ({ ...h, secret: h.secret ?? false })) },
      version: 3,
    };
  },
};

/** A stored row of any version -> the current stored definition (throws when it is corrupt). */
export function readStoredDefinition(raw: unknown): StoredDefinition {
  let row = { ...(raw as Raw) };
  let version = typeof row.version === 'number' ? row.version : 1;
  while (version < STORED_VERSION) {
    const step = UPGRADES[version];
    if (!step) throw new Error(`No upgrade from stored connector definition version ${version}`);
    row = step(row);
    version = row.version as number;
  }
  return storedDefinitionSchema.parse(row);
}

/** A checked definition -> what is stored in the clear and the secrets to seal. */
export function splitSecrets(def: ConnectorDefinition): {
  stored: StoredDefinition;
  secrets: Secrets;
} {
  const auth = { ...def.authentication } as Raw;
  const secrets: Secrets = {};
  for (const key of SECRET_AUTH_FIELDS) {
    const value = auth[key];
    if (typeof value === 'string' && value !== '') secrets[key] = value;
    delete auth[key];
  }
  const headers = def.request.headers.map((h) => {
    if (!h.secret) return h;
    (secrets.headers ??= {})[h.key] = h.value;
    return { ...h, value: '' };
  });
  return {
    stored: {
      version: STORED_VERSION,
      authentication: auth as StoredDefinition['authentication'],
      request: { ...def.request, headers },
      successCriteria: def.successCriteria,
      delivery: def.delivery,
      matching: def.matching,
      responseMapping: def.responseMapping,
      signPushes: def.signPushes,
      secretKeys: SECRET_AUTH_FIELDS.filter((k) => secrets[k] !== undefined),
    },
    secrets,
  };
}

/** The columns kept beside the stored definition. */
export type DefinitionBasics = Pick<
  ConnectorDefinition,
  'name' | 'entityType' | 'automationTriggers' | 'roleIds'
>;

/** Stored definition + opened secrets + the row's own columns -> the whole definition. */
export function joinSecrets(
  basics: DefinitionBasics,
  stored: StoredDefinition,
  secrets: Secrets,
): ConnectorDefinition {
  const { version: _version, secretKeys: _keys, authentication, request, ...rest } = stored;
  const { headers: headerSecrets = {}, ...authSecrets } = secrets;
  const headers = request.headers.map((h) =>
    h.secret ? { ...h, value: headerSecrets[h.key] ?? '' } : h,
  );
  return {
    ...basics,
    authentication: { ...authentication, ...authSecrets } as ConnectorDefinition['authentication'],
    request: { ...request, headers },
    ...rest,
  };
}

/**
 * An update keeps the stored secrets it leaves out: an authentication secret left out (null) stays
 * ('' clears it), and a secret header sent with an empty value keeps the value stored for its key.
 */
export function keepStoredSecrets(input: Raw, stored: Secrets): void {
  const auth = input.authentication as Raw | undefined;
  if (auth) {
    for (const key of SECRET_AUTH_FIELDS) {
      if (auth[key] === undefined && stored[key] !== undefined) auth[key] = stored[key];
    }
  }
  const headers = (input.request as Raw | undefined)?.headers;
  if (!Array.isArray(headers)) return;
  for (const h of headers as Raw[]) {
    const kept = typeof h.key === 'string' ? stored.headers?.[h.key] : undefined;
    if (h.secret === true && (h.value === '' || h.value == null) && kept !== undefined)
      h.value = kept;
  }
}
