import type { FieldIssue } from './connector.schema.js';

/** The headers a signed push carries (Standard Webhooks); the engine sets them on every attempt. */
export const SIGNATURE_HEADERS = {
  id: 'webhook-id',
  timestamp: 'webhook-timestamp',
  signature: 'webhook-signature',
} as const;

const NAMES = new Set<string>(Object.values(SIGNATURE_HEADERS));

/** With signing on, a header of the connector's own may not take a signature header's name. */
export function signingIssues(input: unknown): FieldIssue[] {
  const raw = (input ?? {}) as { signPushes?: unknown; request?: { headers?: unknown } };
  const headers = raw.request?.headers;
  if (raw.signPushes !== true || !Array.isArray(headers)) return [];
  return headers.flatMap((h: unknown, i) => {
    const key = (h as { key?: unknown })?.key;
    return typeof key === 'string' && NAMES.has(key.trim().toLowerCase())
      ? [{ path: `request.headers.${i}.key`, message: `${key.trim()} is set by Sign pushes` }]
      : [];
  });
}
