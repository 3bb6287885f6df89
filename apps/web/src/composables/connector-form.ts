import {
  defaultDelivery,
  isSecretHeaderName,
  SETTINGS,
  validateConnectorDefinition,
  type FieldIssue,
} from '@odc/core/schema';
import type { CriterionRow, KeyValueRow } from '@odc/ui';
import type {
  AuthenticationType,
  AutomationTrigger,
  ConnectorInput,
  ConnectorSetupFieldsFragment,
  EntityType,
  HttpMethod,
  ResponseFormat,
} from '../gql/graphql';

/** What the setup form edits; secrets stay blank unless typed (blank + stored = keep). */
export interface ConnectorForm {
  name: string;
  entityType: EntityType;
  automationTriggers: AutomationTrigger[];
  roleIds: string[];
  auth: {
    type: AuthenticationType;
    username: string;
    passcode: string;
    hasPasscode: boolean;
    tokenUrl: string;
    tokenRequestBody: string;
    /** Saved, but only managers may read it: counts as filled. */
    tokenRequestBodyHidden: boolean;
    accessTokenName: string;
    tokenExpirationSeconds: number;
    clientId: string;
    clientSecret: string;
    hasClientSecret: boolean;
    scopes: string;
  };
  url: string;
  method: HttpMethod;
  headers: KeyValueRow[];
  bodyTemplate: string;
  criteria: CriterionRow[];
  /** How pushes go out; a blank field ('') means the default (DEFAULT_DELIVERY). */
  delivery: {
    maxAttempts: number | '';
    timeoutMs: number | '';
    /** '' or null: no limit */
    rateLimitPerMinute: number | '' | null;
  };
  /** Staff and lead source matching; the fields are kept while a switch is off. */
  matching: {
    staffOn: boolean;
    staff: { listUrl: string; idField: string; emailField: string };
    leadSourceOn: boolean;
    leadSource: { listUrl: string; idField: string; nameField: string; createUrl: string };
  };
  /** What to read from each response; the fields are kept while the switch is off. */
  response: {
    on: boolean;
    format: ResponseFormat;
    responseKey: string;
    /** TEXT only; blank = "," */
    delimiter: string;
    /** A custom field key (contact.custom.x), or '' for none. */
    writeBackField: string;
  };
  /** Standard Webhooks signatures on every push. */
  signPushes: boolean;
}

export function emptyResponse(): ConnectorForm['response'] {
  return { on: false, format: 'JSON', responseKey: '', delimiter: '', writeBackField: '' };
}

export function emptyMatching(): ConnectorForm['matching'] {
  return {
    staffOn: false,
    staff: { listUrl: '', idField: 'id', emailField: 'email' },
    leadSourceOn: false,
    leadSource: { listUrl: '', idField: 'id', nameField: 'name', createUrl: '' },
  };
}

/** The server's defaults for a new connector: core's delivery policy schema. */
export const DEFAULT_DELIVERY: ConnectorForm['delivery'] = defaultDelivery();

export type SectionKey = 'basics' | 'authentication' | 'request' | 'criteria';

export function emptyAuth(): ConnectorForm['auth'] {
  return {
    type: 'NONE',
    username: '',
    passcode: '',
    hasPasscode: false,
    tokenUrl: '',
    tokenRequestBody: '',
    tokenRequestBodyHidden: false,
    accessTokenName: '',
    tokenExpirationSeconds: SETTINGS.tokenExpirationSeconds.default,
    clientId: '',
    clientSecret: '',
    hasClientSecret: false,
    scopes: '',
  };
}

export function emptyForm(): ConnectorForm {
  return {
    name: '',
    entityType: 'CONTACT',
    automationTriggers: [],
    roleIds: [],
    auth: emptyAuth(),
    url: '',
    method: 'POST',
    headers: [],
    bodyTemplate: '',
    criteria: [{ source: 'STATUS_CODE', comparator: 'EQUALS', value: '200' }],
    delivery: { ...DEFAULT_DELIVERY },
    matching: emptyMatching(),
    response: emptyResponse(),
    signPushes: false,
  };
}

/** Clears what depends on the entity type: every section after Connector Basics. */
export function clearLaterSections(form: ConnectorForm): ConnectorForm {
  const empty = emptyForm();
  return {
    ...form,
    auth: empty.auth,
    url: '',
    method: 'POST',
    headers: [],
    bodyTemplate: '',
    criteria: empty.criteria,
    response: { ...form.response, writeBackField: '' },
  };
}

export function fromConnector(c: ConnectorSetupFieldsFragment): ConnectorForm {
  const a = c.authentication;
  return {
    name: c.name,
    entityType: c.entityType,
    automationTriggers: [...c.automationTriggers],
    roleIds: c.roles.map((r) => r.id),
    auth: {
      ...emptyAuth(),
      type: a.type,
      username: a.username ?? '',
      hasPasscode: a.hasPasscode,
      tokenUrl: a.tokenUrl ?? '',
      tokenRequestBody: a.tokenRequestBody ?? '',
      tokenRequestBodyHidden: a.type === 'TOKEN' && a.tokenRequestBody == null,
      accessTokenName: a.accessTokenName ?? '',
      tokenExpirationSeconds: a.tokenExpirationSeconds ?? SETTINGS.tokenExpirationSeconds.default,
      clientId: a.clientId ?? '',
      hasClientSecret: a.hasClientSecret,
      scopes: a.scopes ?? '',
    },
    url: c.request.url,
    method: c.request.method,
    headers: c.request.headers.map((h) => ({
      key: h.key,
      value: h.value,
      secret: h.secret,
      stored: h.secret,
      secretChosen: true,
    })),
    bodyTemplate: c.request.bodyTemplate,
    criteria: c.successCriteria.map((s) => ({
      source: s.source,
      comparator: s.comparator,
      value: s.value,
    })),
    delivery: {
      maxAttempts: c.delivery.maxAttempts,
      timeoutMs: c.delivery.timeoutMs,
      rateLimitPerMinute: c.delivery.rateLimitPerMinute ?? null,
    },
    matching: fromMatching(c.matching),
    response: c.responseMapping
      ? {
          on: true,
          format: c.responseMapping.format,
          responseKey: c.responseMapping.responseKey,
          delimiter: c.responseMapping.delimiter ?? '',
          writeBackField: c.responseMapping.writeBackField ?? '',
        }
      : emptyResponse(),
    signPushes: c.signing.enabled,
  };
}

function fromMatching(m: ConnectorSetupFieldsFragment['matching']): ConnectorForm['matching'] {
  const empty = emptyMatching();
  const { staff, leadSource } = m; // fields picked: the cache adds __typename
  return {
    staffOn: !!staff,
    staff: staff
      ? { listUrl: staff.listUrl, idField: staff.idField, emailField: staff.emailField }
      : empty.staff,
    leadSourceOn: !!leadSource,
    leadSource: leadSource
      ? {
          listUrl: leadSource.listUrl,
          idField: leadSource.idField,
          nameField: leadSource.nameField,
          createUrl: leadSource.createUrl ?? '',
        }
      : empty.leadSource,
  };
}

const orNull = (s: string) => (s.trim() ? s : null);
/** A number field's value; blank = left out, so the server's default applies. */
const num = (v: number | '' | null) => (v === '' || v === null ? undefined : Number(v));

/** The mutation input; only the fields of the chosen auth type are sent. */
export function toInput(form: ConnectorForm): ConnectorInput {
  const a = form.auth;
  const byType: Record<AuthenticationType, ConnectorInput['authentication']> = {
    NONE: { type: 'NONE' },
    BASIC: {
      type: 'BASIC',
      username: a.username,
      passcode: a.passcode || (a.hasPasscode ? null : ''),
    },
    TOKEN: {
      type: 'TOKEN',
      tokenUrl: a.tokenUrl,
      tokenRequestBody: a.tokenRequestBody,
      accessTokenName: a.accessTokenName,
      tokenExpirationSeconds: Number(a.tokenExpirationSeconds),
    },
    OAUTH2_CLIENT_CREDENTIALS: {
      type: 'OAUTH2_CLIENT_CREDENTIALS',
      tokenUrl: a.tokenUrl,
      clientId: a.clientId,
      clientSecret: a.clientSecret || (a.hasClientSecret ? null : ''),
      scopes: orNull(a.scopes),
    },
  };
  return {
    name: form.name,
    entityType: form.entityType,
    automationTriggers: form.automationTriggers,
    roleIds: form.roleIds,
    authentication: byType[a.type],
    request: {
      url: form.url,
      method: form.method,
      headers: form.headers.map((h) => ({ key: h.key, value: h.value, secret: !!h.secret })),
      bodyTemplate: form.bodyTemplate,
    },
    successCriteria: form.criteria,
    delivery: {
      maxAttempts: num(form.delivery.maxAttempts),
      timeoutMs: num(form.delivery.timeoutMs),
      rateLimitPerMinute: num(form.delivery.rateLimitPerMinute) ?? null,
    },
    matching: {
      staff: form.matching.staffOn ? { ...form.matching.staff } : null,
      leadSource: form.matching.leadSourceOn
        ? { ...form.matching.leadSource, createUrl: orNull(form.matching.leadSource.createUrl) }
        : null,
    },
    responseMapping: form.response.on ? toMapping(form.response) : null,
    signPushes: form.signPushes,
  };
}

function toMapping(r: ConnectorForm['response']): NonNullable<ConnectorInput['responseMapping']> {
  return {
    format: r.format,
    responseKey: r.responseKey,
    delimiter: r.format === 'TEXT' && r.delimiter !== '' ? r.delimiter : null,
    writeBackField: orNull(r.writeBackField),
  };
}

/**
 * Pasted headers -> rows: "Content-Type: application/json|Authorization: Bearer x" (seed 004) or
 * one "Name: value" a line. A part without a colon is skipped; credential-like names are secret.
 */
export function parseHeaders(text: string): KeyValueRow[] {
  return text
    .split(/[|\r\n]+/)
    .map((part) => part.trim())
    .filter((part) => part.includes(':'))
    .map((part) => {
      const at = part.indexOf(':');
      const key = part.slice(0, at).trim();
      return { key, value: part.slice(at + 1).trim(), secret: isSecretHeaderName(key) };
    })
    .filter((row) => row.key !== '');
}

/** Client-side check with the core schema; a stored secret counts as filled. */
export function formIssues(form: ConnectorForm, fieldKeys?: ReadonlySet<string>): FieldIssue[] {
  const input = toInput(form);
  const auth = { ...input.authentication } as Record<string, unknown>;
  if (auth.passcode === null) auth.passcode = 'stored';
  if (auth.clientSecret === null) auth.clientSecret = 'stored';
  if (form.auth.tokenRequestBodyHidden && !form.auth.tokenRequestBody) auth.tokenRequestBody = '{}';
  // A secret header left blank over a stored value keeps it.
  const headers = input.request.headers?.map((h, i) =>
    h.secret && !h.value && form.headers[i]?.stored ? { ...h, value: 'stored' } : h,
  );
  const result = validateConnectorDefinition(
    { ...input, authentication: auth, request: { ...input.request, headers } },
    { fieldKeys },
  );
  return result.ok ? [] : result.issues;
}

const SECTION_OF: [string, SectionKey][] = [
  ['authentication', 'authentication'],
  ['request', 'request'],
  ['successCriteria', 'criteria'],
  ['delivery', 'request'],
  ['matching', 'request'],
  ['responseMapping', 'request'],
];

export function sectionOf(path: string): SectionKey {
  return SECTION_OF.find(([prefix]) => path.startsWith(prefix))?.[1] ?? 'basics';
}

/** Issue path -> message, with an `input.` prefix from the server dropped. */
export function issuesByPath(issues: readonly FieldIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) {
    const path = i.path.replace(/^input\./, '');
    out[path] ??= i.message;
  }
  return out;
}

/** Errors of rows under a prefix, keyed "<index>.<field>" as KeyValueRows / CriteriaRows expect. */
export function rowErrors(errors: Record<string, string>, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    if (path.startsWith(`${prefix}.`)) out[path.slice(prefix.length + 1)] = message;
  }
  return out;
}
