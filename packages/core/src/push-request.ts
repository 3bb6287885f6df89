import type { ConnectorDefinition } from './schema/connector.schema.js';
import { compileBodyTemplate, compileTextTemplate } from './template/compile.js';
import type { CompiledTemplate, CompileResult, RecordValues } from './template/types.js';

export interface RenderedRequest {
  url: string;
  /** Lower-case names; content-type application/json for a body unless the connector sets one. */
  headers: Record<string, string>;
  /** null for GET and for an empty body template. */
  body: string | null;
}

export interface CompiledRequest {
  render(values: RecordValues): RenderedRequest;
  /** The connector's secret header names (lower case): redacted in what a run shows. */
  secretHeaders: ReadonlySet<string>;
}

/** The connector's URL, a header or the body template does not compile. */
export class RequestTemplateError extends Error {}

const cache = new WeakMap<ConnectorDefinition, CompiledRequest>();

function unwrap(result: CompileResult, what: string): CompiledTemplate {
  if (!result.ok) {
    const why = result.errors.map((e) => e.message).join('; ');
    throw new RequestTemplateError(`${what} cannot be rendered: ${why}`);
  }
  return result.template;
}

/** The URL, headers and body of a connector, compiled once per definition object. */
export function compileRequest(def: ConnectorDefinition): CompiledRequest {
  const hit = cache.get(def);
  if (hit) return hit;
  const url = unwrap(compileTextTemplate(def.request.url.trim(), { encode: 'url' }), 'The URL');
  const headers = def.request.headers.map(
    (h) =>
      [
        h.key.trim().toLowerCase(),
        unwrap(compileTextTemplate(h.value, { encode: 'none' }), `Header ${h.key}`),
      ] as const,
  );
  const hasBody = def.request.method !== 'GET' && def.request.bodyTemplate.trim().length > 0;
  const body = hasBody
    ? unwrap(compileBodyTemplate(def.request.bodyTemplate), 'The request body')
    : null;
  const sendsType = headers.some(([key]) => key === 'content-type');
  const compiled: CompiledRequest = {
    secretHeaders: new Set(
      def.request.headers.filter((h) => h.secret).map((h) => h.key.trim().toLowerCase()),
    ),
    render(values) {
      const out: Record<string, string> = {};
      if (body && !sendsType) out['content-type'] = 'application/json';
      for (const [key, template] of headers) out[key] = template.render(values);
      return { url: url.render(values), headers: out, body: body ? body.render(values) : null };
    },
  };
  cache.set(def, compiled);
  return compiled;
}
