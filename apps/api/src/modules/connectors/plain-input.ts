import type { ConnectorInput } from './connector.input.js';

type Plain = Record<string, unknown> & { authentication?: Record<string, unknown> };

/** GraphQL input -> plain object for the core zod schema: nulls become "not given". */
function strip(value: unknown, keepNull: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => strip(v, keepNull));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === null && !keepNull.has(k)) continue;
      if (v === undefined) continue;
      out[k] = strip(v, keepNull);
    }
    return out;
  }
  return value;
}

export function toPlainInput(input: ConnectorInput): Plain {
  return strip(input, new Set(['rateLimitPerMinute'])) as Plain;
}
