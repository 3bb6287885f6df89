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

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

/**
 * Scans a JSON text in which `{{key}}` may stand inside a string literal or as a whole value.
 * Returns the placeholders with their mode; throws JsonSyntaxError at the first syntax error.
 */
export function scanJsonTemplate(text: string): Slot[] {
  const slots: Slot[] = [];
  let i = 0;

  const fail = (expected: string): never => {
    const found = i < text.length ? `'${text[i]}'` : 'the end of the text';
    throw new JsonSyntaxError(`expected ${expected} but found ${found}`, i);
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
        fail('the string to be closed (a line break inside a string must be written \\n)');
      if (ch === '{' && text[i + 1] === '{') {
        const token = readPlaceholder(text, i);
        if (token) {
          slots.push({ ...token, mode: 'string' });
          i = token.end;
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
    if (ch === '{') return object();
    if (ch === '[') return array();
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
  return slots;
}
