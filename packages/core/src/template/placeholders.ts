import type { TemplateError } from './types.js';

export interface PlaceholderToken {
  key: string;
  /** Offset of the opening `{{`. */
  start: number;
  /** Offset just after the closing `}}`. */
  end: number;
}

/** 1-based line and column of an offset. */
export function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const KEY = /^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/;

/** Reads the placeholder whose `{{` starts at offset; null when it is not closed on a valid key. */
export function readPlaceholder(text: string, offset: number): PlaceholderToken | null {
  const close = text.indexOf('}}', offset + 2);
  if (close < 0) return null;
  const key = text.slice(offset + 2, close).trim();
  if (!KEY.test(key)) return null;
  return { key, start: offset, end: close + 2 };
}

/** Every `{{…}}` of a text, with errors for unclosed or malformed ones and unknown keys. */
export function scanPlaceholders(
  text: string,
  fieldKeys: ReadonlySet<string> | undefined,
): { tokens: PlaceholderToken[]; errors: TemplateError[] } {
  const tokens: PlaceholderToken[] = [];
  const errors: TemplateError[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('{{', from);
    if (open < 0) break;
    const token = readPlaceholder(text, open);
    if (!token) {
      const { line, column } = position(text, open);
      errors.push({
        message: `Unclosed or malformed placeholder at line ${line}, column ${column}`,
        line,
        column,
      });
      from = open + 2;
      continue;
    }
    tokens.push(token);
    errors.push(...unknownKeyErrors(text, token, fieldKeys));
    from = token.end;
  }
  return { tokens, errors };
}

export function unknownKeyErrors(
  text: string,
  token: PlaceholderToken,
  fieldKeys: ReadonlySet<string> | undefined,
): TemplateError[] {
  if (!fieldKeys || fieldKeys.has(token.key)) return [];
  const { line, column } = position(text, token.start);
  return [
    {
      message: `Unknown field {{${token.key}}} at line ${line}, column ${column}`,
      line,
      column,
      placeholder: token.key,
    },
  ];
}

export function uniqueKeys(tokens: readonly { key: string }[]): string[] {
  return [...new Set(tokens.map((t) => t.key))];
}
