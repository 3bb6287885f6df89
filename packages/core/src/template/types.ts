export type FieldValue = string | number | boolean | null;
/** Placeholder key -> value, e.g. { 'contact.firstName': 'Ann' }. Missing keys render as missing. */
export type RecordValues = Readonly<Record<string, FieldValue | undefined>>;

export interface TemplateError {
  /** A sentence a person can act on; names the line and column. */
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

export type CompileResult =
  { ok: true; template: CompiledTemplate } | { ok: false; errors: TemplateError[] };

export interface CompileOptions {
  /** Known placeholder keys; omitted = any key is accepted. */
  fieldKeys?: ReadonlySet<string>;
}
