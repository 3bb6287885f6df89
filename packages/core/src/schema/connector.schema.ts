import { z } from 'zod';
import { compileBodyTemplate, compileTextTemplate } from '../template/index.js';
import {
  AUTOMATION_TRIGGERS,
  COMPARATORS,
  CRITERION_SOURCES,
  ENTITY_TYPES,
  HTTP_METHODS,
} from './enums.js';
import { isCustomFieldOf, responseMappingSchema } from './response-mapping.js';
import { SETTINGS, intSetting } from './settings.js';
import { signingIssues } from './signing.js';
import { FORBIDDEN_HEADERS, httpUrl, LIMITS, notBlank, text } from './text.js';

export { isHttpUrl } from './text.js';

const jsonText = (label: string, max?: number) =>
  notBlank(label, max).refine(
    (s) => {
      try {
        JSON.parse(s);
        return true;
      } catch {
        return false;
      }
    },
    { message: `${label} must be valid JSON` },
  );

export const authenticationSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('NONE') }),
    z.object({
      type: z.literal('BASIC'),
      username: notBlank('User name'),
      passcode: notBlank('Passcode'),
    }),
    z.object({
      type: z.literal('TOKEN'),
      tokenUrl: httpUrl('Token URL'),
      tokenRequestBody: jsonText('Token request body', LIMITS.tokenRequestBody),
      accessTokenName: notBlank('Access token name').refine(
        (s) =>
          s
            .trim()
            .split('.')
            .every((part) => part.length > 0),
        { message: 'Access token name must be a field name or a dot path such as data.token' },
      ),
      tokenExpirationSeconds: intSetting(SETTINGS.tokenExpirationSeconds).default(
        SETTINGS.tokenExpirationSeconds.default,
      ),
    }),
    z.object({
      type: z.literal('OAUTH2_CLIENT_CREDENTIALS'),
      tokenUrl: httpUrl('Token URL'),
      clientId: notBlank('Client ID'),
      clientSecret: notBlank('Client secret'),
      scopes: text('Scopes').nullish(),
    }),
  ],
  { error: 'Authentication type must be one of NONE, BASIC, TOKEN, OAUTH2_CLIENT_CREDENTIALS' },
);

export const headerSchema = z.object({
  key: notBlank('Header key')
    .refine((s) => /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(s.trim()), {
      message: "Header key may hold only letters, digits and !#$%&'*+-.^_`|~",
      abort: true,
    })
    .refine((s) => !FORBIDDEN_HEADERS.has(s.trim().toLowerCase()), {
      message: 'Header key names a header the connector sets itself (or a hop-by-hop header)',
    }),
  value: notBlank('Header value', LIMITS.headerValue).refine((s) => !/[\r\n\0]/.test(s), {
    message: 'Header value must not hold line breaks or NUL characters',
  }),
  /** Write-only like a passcode: sealed apart, never returned, "[redacted]" wherever shown. */
  secret: z.boolean().default(false),
});

export const dataRequestSchema = z.object({
  url: httpUrl('URL'),
  method: z.enum(HTTP_METHODS, { error: 'HTTP method must be one of POST, PATCH, GET, PUT' }),
  headers: z
    .array(headerSchema)
    .max(LIMITS.headers, `At most ${LIMITS.headers} request headers`)
    .default([]),
  bodyTemplate: text('Request body', LIMITS.bodyTemplate).default(''),
});

export const successCriterionSchema = z.object({
  source: z.enum(CRITERION_SOURCES, {
    error: 'Source must be STATUS_CODE, RESPONSE_BODY or RESPONSE_VALUE',
  }),
  comparator: z.enum(COMPARATORS, {
    error: 'Comparator must be one of EQUALS, NOT_EQUALS, CONTAINS, NOT_CONTAINS',
  }),
  value: notBlank('Value'),
});

const { maxAttempts, timeoutMs, rateLimitPerMinute } = SETTINGS;

export const deliveryPolicySchema = z.object({
  maxAttempts: intSetting(maxAttempts).default(maxAttempts.default),
  timeoutMs: intSetting(timeoutMs).default(timeoutMs.default),
  rateLimitPerMinute: intSetting(rateLimitPerMinute).nullable().default(null),
});

/** A field of the items a list endpoint returns: a key, or a dot path such as profile.email. */
const itemField = (label: string) =>
  notBlank(label).refine((s) => /^[^.\s]+(\.[^.\s]+)*$/.test(s.trim()), {
    message: `${label} must be a key or a dot path`,
  });

/** Staff: the target's staff list, matched to the record owner's email (case-insensitive). */
export const staffMatchingSchema = z.object({
  listUrl: httpUrl('Staff list URL'),
  idField: itemField('Staff ID field'),
  emailField: itemField('Staff email field'),
});

/**
 * Lead sources: the target's lead source list, matched to the record's lead source name
 * (case-insensitive); with createUrl, a lead source that is not there is created.
 */
export const leadSourceMatchingSchema = z.object({
  listUrl: httpUrl('Lead source list URL'),
  idField: itemField('Lead source ID field'),
  nameField: itemField('Lead source name field'),
  createUrl: httpUrl('Lead source create URL').nullable().default(null),
});

export const matchingSchema = z.object({
  staff: staffMatchingSchema.nullable().default(null),
  leadSource: leadSourceMatchingSchema.nullable().default(null),
});

const connectorShape = z.object({
  name: notBlank('Name', 100),
  entityType: z.enum(ENTITY_TYPES, { error: 'Entity type must be CONTACT or LOAN' }),
  automationTriggers: z
    .array(z.enum(AUTOMATION_TRIGGERS))
    .default([])
    .transform((list) => [...new Set(list)]),
  roleIds: z.array(z.string()).min(1, 'Select at least one role'),
  authentication: authenticationSchema,
  request: dataRequestSchema,
  successCriteria: z.array(successCriterionSchema).min(1, 'Add at least one success criterion'),
  delivery: deliveryPolicySchema.default(() => deliveryPolicySchema.parse({})),
  matching: matchingSchema.default({ staff: null, leadSource: null }),
  responseMapping: responseMappingSchema.nullable().default(null),
  /** Standard Webhooks signatures on every push; the API keeps the secret (never in here). */
  signPushes: z.boolean().default(false),
});

export interface ConnectorSchemaOptions {
  /** Placeholder keys the template, URL and headers may use; omitted = placeholders are not checked. */
  fieldKeys?: ReadonlySet<string>;
}

/** The connector definition's shape: used by the API to validate and by the web form per section. */
export const connectorDefinitionSchema = connectorShape;

/**
 * Checks the body template (JSON syntax, placeholders), URL and header placeholders of a raw input.
 * Runs apart from the zod shape so these issues are reported together with every other one.
 */
export function templateIssues(input: unknown, options: ConnectorSchemaOptions = {}): FieldIssue[] {
  const { fieldKeys } = options;
  const request = (input as { request?: unknown } | null)?.request as
    { method?: unknown; bodyTemplate?: unknown; url?: unknown; headers?: unknown } | undefined;
  if (!request || typeof request !== 'object') return [];
  const issues: FieldIssue[] = [];
  const body = typeof request.bodyTemplate === 'string' ? request.bodyTemplate : '';
  if (body.trim().length === 0) {
    if (request.method !== 'GET') {
      issues.push({
        path: 'request.bodyTemplate',
        message: 'Request body is required unless the method is GET',
      });
    }
  } else {
    const compiled = compileBodyTemplate(body, { fieldKeys });
    if (!compiled.ok) {
      for (const e of compiled.errors)
        issues.push({ path: 'request.bodyTemplate', message: e.message });
    }
  }
  if (!fieldKeys) return issues;
  const texts: { path: string; text: unknown; encode: 'url' | 'none' }[] = [
    { path: 'request.url', text: request.url, encode: 'url' },
  ];
  if (Array.isArray(request.headers)) {
    request.headers.forEach((h: unknown, i) =>
      texts.push({
        path: `request.headers.${i}.value`,
        text: (h as { value?: unknown })?.value,
        encode: 'none',
      }),
    );
  }
  for (const { path, text, encode } of texts) {
    if (typeof text !== 'string') continue;
    const compiled = compileTextTemplate(text, { encode, fieldKeys });
    if (!compiled.ok) for (const e of compiled.errors) issues.push({ path, message: e.message });
  }
  return issues;
}

/**
 * Checks that span fields: a RESPONSE_VALUE criterion needs a response mapping, and a write-back
 * field must be a custom field of the connector's entity type.
 */
export function mappingIssues(input: unknown, options: ConnectorSchemaOptions = {}): FieldIssue[] {
  const raw = (input ?? {}) as {
    entityType?: unknown;
    successCriteria?: unknown;
    responseMapping?: { format?: unknown; delimiter?: unknown; writeBackField?: unknown } | null;
  };
  const issues: FieldIssue[] = [];
  const mapping = raw.responseMapping ?? null;
  if (!mapping && Array.isArray(raw.successCriteria)) {
    raw.successCriteria.forEach((c: unknown, i) => {
      if ((c as { source?: unknown })?.source === 'RESPONSE_VALUE')
        issues.push({
          path: `successCriteria.${i}.source`,
          message: 'A Response value criterion needs a response mapping (Data Request > Response)',
        });
    });
  }
  if (mapping && mapping.format !== 'TEXT' && mapping.delimiter != null)
    issues.push({
      path: 'responseMapping.delimiter',
      message: 'Delimiter is for TEXT responses only: leave it empty for JSON and XML',
    });
  const field = mapping?.writeBackField;
  if (typeof field === 'string' && field !== '') {
    const known = !options.fieldKeys || options.fieldKeys.has(field);
    if (!known || !isCustomFieldOf(String(raw.entityType), field))
      issues.push({
        path: 'responseMapping.writeBackField',
        message: `Write-back field must be a custom field of the ${String(raw.entityType).toLowerCase()} (${field} is not one)`,
      });
  }
  return issues;
}

/** Authentication fields that are write-only: stored sealed, never returned. */
export const SECRET_AUTH_FIELDS = ['passcode', 'clientSecret', 'tokenRequestBody'] as const;
export type SecretAuthField = (typeof SECRET_AUTH_FIELDS)[number];

/** A new connector's delivery policy: every default of SETTINGS. */
export const defaultDelivery = (): DeliveryPolicy => deliveryPolicySchema.parse({});

export type ConnectorDefinitionInput = z.input<typeof connectorShape>;
export type ConnectorDefinition = z.output<typeof connectorShape>;
export type Authentication = ConnectorDefinition['authentication'];
export type DataRequest = ConnectorDefinition['request'];
export type Header = DataRequest['headers'][number];
export type SuccessCriterion = ConnectorDefinition['successCriteria'][number];
export type DeliveryPolicy = ConnectorDefinition['delivery'];
export type Matching = ConnectorDefinition['matching'];
export type StaffMatching = NonNullable<Matching['staff']>;
export type LeadSourceMatching = NonNullable<Matching['leadSource']>;
export type { ResponseMapping } from './response-mapping.js';

export interface FieldIssue {
  /** Dot path of the offending input field, e.g. request.headers.0.key. */
  path: string;
  message: string;
}

/** zod issues -> one entry per field path and message, in input order. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

export type ValidationResult =
  { ok: true; value: ConnectorDefinition } | { ok: false; issues: FieldIssue[] };

/** Shape and template checks together: every issue at once, each naming its field path. */
export function validateConnectorDefinition(
  input: unknown,
  options: ConnectorSchemaOptions = {},
): ValidationResult {
  const parsed = connectorDefinitionSchema.safeParse(input);
  const issues = [
    ...(parsed.success ? [] : toFieldIssues(parsed.error)),
    ...templateIssues(input, options),
    ...mappingIssues(input, options),
    ...signingIssues(input),
  ];
  return parsed.success && issues.length === 0
    ? { ok: true, value: parsed.data }
    : { ok: false, issues };
}
