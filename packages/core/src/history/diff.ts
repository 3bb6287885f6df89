import diff from 'microdiff';
import { SECRET_AUTH_FIELDS, type ConnectorDefinition } from '../schema/connector.schema.js';

/** One difference between two connector definitions, at a path in ConnectorInput terms. */
export interface FieldChange {
  /** name, request.url, request.headers.0.value, authentication.passcode, ... */
  path: string;
  /** JSON text, null when absent; a secret reads SECRET_SHOWN, never its value. */
  before: string | null;
  after: string | null;
}

/** How a secret (a passcode, a client secret, a secret header's value) shows in a change. */
export const SECRET_SHOWN = '(secret)';

interface Masked {
  /** The definition with every secret value replaced by SECRET_SHOWN. */
  view: Record<string, unknown>;
  /** The secret values by path, to tell whether one changed. */
  secrets: Map<string, string>;
}

function mask(def: ConnectorDefinition): Masked {
  const secrets = new Map<string, string>();
  const auth: Record<string, unknown> = { ...def.authentication };
  for (const key of SECRET_AUTH_FIELDS) {
    const value = auth[key];
    if (typeof value !== 'string') continue;
    secrets.set(`authentication.${key}`, value);
    auth[key] = SECRET_SHOWN;
  }
  const headers = def.request.headers.map((h, i) => {
    if (!h.secret) return h;
    secrets.set(`request.headers.${i}.value`, h.value);
    return { ...h, value: SECRET_SHOWN };
  });
  return { view: { ...def, authentication: auth, request: { ...def.request, headers } }, secrets };
}

const shown = (value: unknown): string | null =>
  value === undefined ? null : value === SECRET_SHOWN ? SECRET_SHOWN : JSON.stringify(value);

/**
 * What changed from `before` to `after` (whole definitions, secrets opened), computed by
 * microdiff on copies whose secrets are masked; a secret whose value changed is listed with
 * SECRET_SHOWN on both sides. Array entries are compared by position.
 */
export function diffDefinitions(
  before: ConnectorDefinition,
  after: ConnectorDefinition,
): FieldChange[] {
  const a = mask(before);
  const b = mask(after);
  const changes: FieldChange[] = diff(a.view, b.view).map((d) => ({
    path: d.path.join('.'),
    before: shown(d.type === 'CREATE' ? undefined : d.oldValue),
    after: shown(d.type === 'REMOVE' ? undefined : d.value),
  }));
  const listed = new Set(changes.map((c) => c.path));
  for (const [path, value] of b.secrets) {
    const old = a.secrets.get(path);
    if (old !== undefined && old !== value && !listed.has(path))
      changes.push({ path, before: SECRET_SHOWN, after: SECRET_SHOWN });
  }
  return changes;
}
