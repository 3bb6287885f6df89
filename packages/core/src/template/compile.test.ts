import { describe, expect, it } from 'vitest';
import { compileBodyTemplate, compileTextTemplate } from './compile.js';
import type { CompiledTemplate } from './types.js';

function compiled(text: string, fieldKeys?: ReadonlySet<string>): CompiledTemplate {
  const result = compileBodyTemplate(text, { fieldKeys });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.template;
}

describe('compileBodyTemplate', () => {
  it('inserts values inside strings JSON-escaped and as whole values as JSON literals', () => {
    const t = compiled(
      '{"name": "{{contact.firstName}} {{ contact.lastName }}", "rating": {{contact.activityRating}}, "vip": {{contact.vip}}, "tags": [{{contact.email}}, 1]}',
    );
    const out = t.render({
      'contact.firstName': 'Ann "the \\ boss"',
      'contact.lastName': 'Lee\n',
      'contact.activityRating': 4,
      'contact.vip': true,
      'contact.email': 'ann@example.com',
    });
    expect(JSON.parse(out)).toEqual({
      name: 'Ann "the \\ boss" Lee\n',
      rating: 4,
      vip: true,
      tags: ['ann@example.com', 1],
    });
    expect(t.placeholders).toEqual([
      'contact.firstName',
      'contact.lastName',
      'contact.activityRating',
      'contact.vip',
      'contact.email',
    ]);
  });

  it('renders a missing value as nothing inside a string and null as a whole value', () => {
    const t = compiled(
      '{"a": "x{{contact.email}}y", "b": {{contact.email}}, "c": {{contact.phone}}}',
    );
    expect(JSON.parse(t.render({ 'contact.phone': null }))).toEqual({ a: 'xy', b: null, c: null });
  });

  it('keeps numbers and booleans as text inside strings and turns non-finite numbers into null', () => {
    const t = compiled('{"a": "{{n}}|{{b}}", "v": {{n}}, "w": {{inf}}}');
    expect(JSON.parse(t.render({ n: 1.5, b: false, inf: Number.POSITIVE_INFINITY }))).toEqual({
      a: '1.5|false',
      v: 1.5,
      w: null,
    });
  });

  it('survives control characters, line separators, lone surrogates, emoji and long text', () => {
    const t = compiled('{"s": "{{v}}", "v": {{v}}}');
    const nasty = [
      '\u0000\u001f\t\r\n',
      '\u2028\u2029',
      '\ud800 lone',
      '😀 \u00e9',
      'x'.repeat(1_000_000),
    ];
    for (const v of nasty) {
      const parsed = JSON.parse(t.render({ v }));
      expect(parsed.v).toBe(parsed.s);
      expect(parsed.v.length).toBe(v.length);
    }
  });

  it('reports a JSON syntax error with its line and column', () => {
    const result = compileBodyTemplate('{\n  "a": 1\n  "b": 2\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ line: 3, column: 3 });
    expect(result.errors[0]?.message).toBe(
      "Request body is not valid JSON: expected ',' or '}' but found '\"' at line 3, column 3",
    );
  });

  it('refuses raw line breaks inside strings, bad escapes, trailing text and empty input', () => {
    for (const text of [
      '{"a": "x\ny"}',
      '{"a": "\\q"}',
      '{"a": 1} x',
      '',
      '{"a": tru}',
      "{'a': 1}",
    ]) {
      expect(compileBodyTemplate(text).ok).toBe(false);
    }
  });

  it('lists every unknown placeholder with its position', () => {
    const keys = new Set(['contact.firstName']);
    const result = compileBodyTemplate('{\n "a": "{{contact.foo}}",\n "b": {{contact.bar}}}', {
      fieldKeys: keys,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.placeholder, e.line, e.column])).toEqual([
      ['contact.foo', 2, 8],
      ['contact.bar', 3, 7],
    ]);
    expect(result.errors[0]?.message).toBe('Unknown field {{contact.foo}} at line 2, column 8');
  });

  it('reports unknown placeholders next to a syntax error', () => {
    const result = compileBodyTemplate('{"a": "{{nope}}", }', { fieldKeys: new Set() });
    expect(result.ok ? [] : result.errors.map((e) => e.placeholder ?? 'syntax')).toEqual([
      'syntax',
      'nope',
    ]);
  });

  it('refuses a malformed placeholder in value position', () => {
    expect(compileBodyTemplate('{"a": {{not closed}').ok).toBe(false);
  });
});

describe('compileTextTemplate', () => {
  it('percent-encodes URL values', () => {
    const result = compileTextTemplate('https://x.test/c/{{contact.id}}?q={{contact.email}}', {
      encode: 'url',
    });
    expect(
      result.ok && result.template.render({ 'contact.id': 'a/b c', 'contact.email': 'a+b@x.test' }),
    ).toBe('https://x.test/c/a%2Fb%20c?q=a%2Bb%40x.test');
  });

  it('strips line breaks from header values so no header can be injected', () => {
    const result = compileTextTemplate('Bearer {{token}}', { encode: 'none' });
    expect(result.ok && result.template.render({ token: 'abc\r\nX-Evil: 1' })).toBe(
      'Bearer abcX-Evil: 1',
    );
  });

  it('reports unknown and unclosed placeholders', () => {
    const unknown = compileTextTemplate('{{contact.nope}}', {
      encode: 'none',
      fieldKeys: new Set(),
    });
    expect(unknown.ok ? [] : unknown.errors.map((e) => e.placeholder)).toEqual(['contact.nope']);
    expect(compileTextTemplate('https://x.test/{{contact.id', { encode: 'url' }).ok).toBe(false);
  });
});
