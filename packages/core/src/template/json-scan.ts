// Kept by hand (a product rule): JSON with {{placeholders}} where values go is no JSON a parser
// reads, and its errors must point at the template's own line and column.
import { readPlaceholder, type PlaceholderToken } from './placeholders.js';

export interface Slot extends PlaceholderToken {
  /** 'string': inside a JSON string literal; 'value': a whole JSON value. */
  mode: 'string' | 'value';
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export interface JsonTemplateScan {
  slots: Slot[];
  /** Offsets of `{{` inside strings that do not form a placeholder. */
  malformed: number[];
}

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const MAX_DEPTH = 256;

function describe(text: string, i: number): string {
  if (i >= text.length) return 'the end of the text';
  const code = text.codePointAt(i) as number;
  if (code === 10 || code === 13) return 'a line break';
  if (code === 9) return 'a tab';
  if (code < 0x20) return `the control character U+${code.toString(16).padStart(4, '0')}`;
  return `'${String.fromCodePoint(code)}'`;
}

/**
 * Scans a JSON text in which `{{key}}` may stand inside a string literal or as a whole value.
 * Returns the placeholders with their mode; throws JsonSyntaxError at the first syntax error.
 */
export function scanJsonTemplate(text: string): JsonTemplateScan {
  const slots: Slot[] = [];
  const malformed: number[] = [];
  let i = 0;
  let depth = 0;

  const fail = (expected: string): never => {
    throw new JsonSyntaxError(`expected ${expected} but found ${describe(text, i)}`, i);
  };
  const nested = (scan: () => void) => {
    if (++depth > MAX_DEPTH) throw new JsonSyntaxError(`nesting deeper than ${MAX_DEPTH}`, i);
    scan();
    depth--;
  };
  const skipWs = () => {
    while (i < text.length && WS.has(text[i] as string)) i++;
  };
  const expect = (ch: string) => {
    if (text[i] !== ch) fail(`'${ch}'`);
    i++;
  };

  const string = () => {
    expect('"');
    while (i < text.length) {
      const ch = text[i] as string;
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('four hex digits after \\u');
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
          i += 2;
        } else {
          i++;
          fail('a valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)');
        }
        continue;
      }
      if (ch.charCodeAt(0) < 0x20)
        fail('the string to be closed (write a line break as \\n and a tab as \\t)');
      if (ch === '{' && text[i + 1] === '{') {
        const token = readPlaceholder(text, i);
        if (token) {
          slots.push({ ...token, mode: 'string' });
          i = token.end;
          continue;
        }
        // In `{{{key}}}` the first brace is plain text.
        if (text[i + 2] !== '{') {
          malformed.push(i);
          i += 2;
          continue;
        }
      }
      i++;
    }
    fail("a closing '\"'");
  };

  const value = (): void => {
    skipWs();
    const ch = text[i];
    if (ch === '{' && text[i + 1] === '{') {
      const token = readPlaceholder(text, i);
      if (!token) fail('a placeholder such as {{contact.firstName}}');
      else {
        slots.push({ ...token, mode: 'value' });
        i = token.end;
      }
      return;
    }
    if (ch === '{') return nested(object);
    if (ch === '[') return nested(array);
    if (ch === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.exec(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    fail('a value (object, array, string, number, true, false, null or a placeholder)');
  };

  const object = () => {
    expect('{');
    skipWs();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      skipWs();
      if (text[i] !== '"') fail('a property name in double quotes');
      string();
      skipWs();
      expect(':');
      value();
      skipWs();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail("',' or '}'");
    }
  };

  const array = () => {
    expect('[');
    skipWs();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value();
      skipWs();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail("',' or ']'");
    }
  };

  value();
  skipWs();
  if (i < text.length) fail('the end of the text');
  return { slots, malformed };
}
