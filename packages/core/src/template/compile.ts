import { asValue, inString } from './format.js';
import { JsonSyntaxError, scanJsonTemplate, type Slot } from './json-scan.js';
import { position, scanPlaceholders, uniqueKeys, unknownKeyErrors } from './placeholders.js';
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
  let slots: Slot[];
  try {
    slots = scanJsonTemplate(text);
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
  const errors = slots.flatMap((slot) => unknownKeyErrors(text, slot, options.fieldKeys));
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

const urlPart = (v: RecordValues[string]) =>
  v === null || v === undefined ? '' : encodeURIComponent(String(v));
const headerPart = (v: RecordValues[string]) =>
  v === null || v === undefined ? '' : String(v).replace(/[\r\n\0]/g, '');

/** A URL (encode 'url': values percent-encoded) or header value (encode 'none', line breaks removed). */
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
