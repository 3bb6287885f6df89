import { asValue, inString } from './format.js';
import { JsonSyntaxError, scanJsonTemplate, type JsonTemplateScan } from './json-scan.js';
import {
  malformedError,
  position,
  scanPlaceholders,
  uniqueKeys,
  unknownKeyErrors,
} from './placeholders.js';
import type {
  CompileOptions,
  CompileResult,
  CompiledTemplate,
  RecordValues,
  TemplateError,
} from './types.js';

/** Literal chunks around slots: render = chunk0 + slot0 + chunk1 + … */
function buildTemplate(
  text: string,
  slots: readonly { key: string; start: number; end: number }[],
  formats: readonly ((v: RecordValues[string]) => string)[],
): CompiledTemplate {
  const chunks: string[] = [];
  const keys = slots.map((s) => s.key);
  let from = 0;
  for (const slot of slots) {
    chunks.push(text.slice(from, slot.start));
    from = slot.end;
  }
  chunks.push(text.slice(from));
  const count = keys.length;
  return {
    placeholders: uniqueKeys(slots),
    render(values: RecordValues): string {
      let out = chunks[0] as string;
      for (let n = 0; n < count; n++) {
        out += (formats[n] as (v: RecordValues[string]) => string)(values[keys[n] as string]);
        out += chunks[n + 1] as string;
      }
      return out;
    },
  };
}

/** A JSON body template: placeholders inside strings (JSON-escaped) or as whole values (JSON literals). */
export function compileBodyTemplate(text: string, options: CompileOptions = {}): CompileResult {
  let scan: JsonTemplateScan;
  try {
    scan = scanJsonTemplate(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const { line, column } = position(text, error.offset);
    const syntax: TemplateError = {
      message: `Request body is not valid JSON: ${error.message} at line ${line}, column ${column}`,
      line,
      column,
    };
    const unknown = scanPlaceholders(text, options.fieldKeys).errors.filter((e) => e.placeholder);
    return { ok: false, errors: [syntax, ...unknown] };
  }
  const { slots, malformed } = scan;
  // Malformed and unknown placeholders together, in text order.
  const errors = [
    ...malformed.map((offset) => ({ offset, error: malformedError(text, offset) })),
    ...slots.flatMap((slot) =>
      unknownKeyErrors(text, slot, options.fieldKeys).map((error) => ({
        offset: slot.start,
        error,
      })),
    ),
  ]
    .sort((a, b) => a.offset - b.offset)
    .map((e) => e.error);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    template: buildTemplate(
      text,
      slots,
      slots.map((s) => (s.mode === 'string' ? inString : asValue)),
    ),
  };
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function urlPart(v: RecordValues[string]): string {
  if (v === null || v === undefined) return '';
  const text = String(v);
  try {
    return encodeURIComponent(text);
  } catch {
    // A lone surrogate cannot be encoded: it becomes U+FFFD.
    return encodeURIComponent(text.replace(LONE_SURROGATE, '\ufffd'));
  }
}

// CR and LF (header injection) and the other controls an HTTP client refuses; tab stays.
// eslint-disable-next-line no-control-regex
const HEADER_UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f]/g;
const headerPart = (v: RecordValues[string]) =>
  v === null || v === undefined ? '' : String(v).replace(HEADER_UNSAFE, '');

/** A URL (encode 'url': values percent-encoded) or header value (encode 'none', controls removed). */
export function compileTextTemplate(
  text: string,
  options: CompileOptions & { encode: 'url' | 'none' },
): CompileResult {
  const { tokens, errors } = scanPlaceholders(text, options.fieldKeys);
  if (errors.length > 0) return { ok: false, errors };
  const format = options.encode === 'url' ? urlPart : headerPart;
  return {
    ok: true,
    template: buildTemplate(
      text,
      tokens,
      tokens.map(() => format),
    ),
  };
}
