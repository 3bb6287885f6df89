import type { TemplateError } from './types.js';

export interface PlaceholderToken {
  key: string;
  /** Offset of the opening `{{`. */
  start: number;
  /** Offset just after the closing `}}`. */
  end: number;
}

// Line starts of the last text asked about: many errors in one text cost one pass.
let lines: { text: string; starts: number[] } | null = null;

function lineStarts(text: string): number[] {
  if (lines?.text === text) return lines.starts;
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  lines = { text, starts };
  return starts;
}

/** 1-based line and column of an offset; columns count UTF-16 code units, as editors do. */
export function position(text: string, offset: number): { line: number; column: number } {
  const starts = lineStarts(text);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] as number) + 1 };
}

const KEY = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/;

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
// A-Z a-z 0-9 _ .
const isKeyChar = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 46;

/**
 * Reads the placeholder whose `{{` starts at offset: optional whitespace, a dotted key, optional
 * whitespace, `}}`. Null when it is not one. Reads only as far as the key goes (linear overall).
 */
export function readPlaceholder(text: string, offset: number): PlaceholderToken | null {
  let i = offset + 2;
  while (isSpace(text.charCodeAt(i))) i++;
  const keyStart = i;
  while (isKeyChar(text.charCodeAt(i))) i++;
  const key = text.slice(keyStart, i);
  while (isSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 125 || text.charCodeAt(i + 1) !== 125 || !KEY.test(key)) return null;
  return { key, start: offset, end: i + 2 };
}

export function malformedError(text: string, offset: number): TemplateError {
  const { line, column } = position(text, offset);
  return {
    message: `Unclosed or malformed placeholder at line ${line}, column ${column}; a placeholder looks like {{contact.firstName}}`,
    line,
    column,
  };
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
      // In `{{{key}}}` the first brace is plain text.
      const tripleBrace = text[open + 2] === '{';
      if (!tripleBrace) errors.push(malformedError(text, open));
      from = tripleBrace ? open + 1 : open + 2;
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
