// STUB: interface fixed here; implementation belongs to the template work (see issue 2, point 3).
export type FieldValue = string | number | boolean | null;
/** Placeholder key -> value, e.g. { 'contact.firstName': 'Ann' }. Missing keys render as missing. */
export type RecordValues = Readonly<Record<string, FieldValue | undefined>>;

export interface TemplateError {
  /** A sentence a person can act on; names the line and column for JSON syntax errors. */
  message: string;
  line?: number;
  column?: number;
  /** Set for an unknown placeholder. */
  placeholder?: string;
}

export interface CompiledTemplate {
  /** Every placeholder key the template names, in order of first use. */
  readonly placeholders: readonly string[];
  render(values: RecordValues): string;
}

export type CompileResult = { ok: true; template: CompiledTemplate } | { ok: false; errors: TemplateError[] };

export interface CompileOptions {
  /** Known placeholder keys; omitted = any key is accepted. */
  fieldKeys?: ReadonlySet<string>;
}

/** A JSON body template: placeholders inside strings (JSON-escaped) or as whole values (JSON literals). */
export function compileBodyTemplate(_text: string, _options: CompileOptions = {}): CompileResult {
  throw new Error('not implemented');
}

/** A URL (encode 'url': values percent-encoded) or header value (encode 'none'). */
export function compileTextTemplate(
  _text: string,
  _options: CompileOptions & { encode: 'url' | 'none' },
): CompileResult {
  throw new Error('not implemented');
}
