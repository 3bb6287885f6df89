import { describe, expect, it } from 'vitest';
import { compileTextTemplate } from './compile.js';

function text(source: string, encode: 'url' | 'none', fieldKeys?: ReadonlySet<string>) {
  const result = compileTextTemplate(source, { encode, fieldKeys });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.template;
}

describe('compileTextTemplate for URLs', () => {
  it('percent-encodes values and leaves the literal text alone', () => {
    const t = text('https://x.test/c/{{contact.id}}?q={{ contact.email }}&n={{n}}&m={{m}}', 'url');
    expect(t.render({ 'contact.id': 'a/b c', 'contact.email': 'a+b@x.test&x=1', n: 4.5 })).toBe(
      'https://x.test/c/a%2Fb%20c?q=a%2Bb%40x.test%26x%3D1&n=4.5&m=',
    );
  });

  it('encodes unicode and turns a lone surrogate into U+FFFD instead of throwing', () => {
    const t = text('https://x.test/{{v}}', 'url');
    expect(t.render({ v: 'é😀' })).toBe('https://x.test/%C3%A9%F0%9F%98%80');
    expect(t.render({ v: 'a\ud800b' })).toBe('https://x.test/a%EF%BF%BDb');
  });

  it('treats the first brace of {{{key}}} as text', () => {
    expect(text('/{{{v}}}', 'url').render({ v: 'x' })).toBe('/{x}');
  });
});

describe('compileTextTemplate for header values', () => {
  it('inserts values raw but strips CR, LF and other controls so no header can be injected', () => {
    const t = text('Bearer {{token}}', 'none');
    expect(t.render({ token: 'abc\r\nX-Evil: 1' })).toBe('Bearer abcX-Evil: 1');
    expect(t.render({ token: 'a\u0000b\u001fc\u007fd\te é' })).toBe('Bearer abcd\te é');
    expect(t.render({ token: null })).toBe('Bearer ');
    expect(t.render({ token: true })).toBe('Bearer true');
  });
});

describe('compileTextTemplate errors', () => {
  it('reports every unknown placeholder with its position', () => {
    const result = compileTextTemplate('{{contact.nope}}/{{contact.id}}/{{x}}', {
      encode: 'url',
      fieldKeys: new Set(['contact.id']),
    });
    expect(result.ok ? [] : result.errors.map((e) => [e.placeholder, e.column])).toEqual([
      ['contact.nope', 1],
      ['x', 33],
    ]);
  });

  it('reports an unclosed or malformed placeholder', () => {
    for (const source of ['https://x.test/{{contact.id', '{{contact id}}', '{{}}', 'a {{ b']) {
      const result = compileTextTemplate(source, { encode: 'none' });
      expect(result.ok, source).toBe(false);
      if (!result.ok) expect(result.errors[0]?.message).toMatch(/^Unclosed or malformed/);
    }
  });

  it('accepts text without placeholders', () => {
    expect(text('application/json', 'none').render({})).toBe('application/json');
  });
});
