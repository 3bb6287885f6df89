import { describe, expect, it } from 'vitest';
import { compileBodyTemplate } from './compile.js';
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

  it('fills placeholders in nested objects and arrays', () => {
    const t = compiled(
      '{"a": {"b": [{"c": {{x}}}, "{{y}}-{{x}}", [{{y}}]]}, "d": [], "e": {}, "f": [{{x}},{{x}}]}',
    );
    expect(JSON.parse(t.render({ x: 2, y: 'q"' }))).toEqual({
      a: { b: [{ c: 2 }, 'q"-2', ['q"']] },
      d: [],
      e: {},
      f: [2, 2],
    });
  });

  it('keeps escapes, literal braces and a top-level placeholder as written', () => {
    const t = compiled('{"a": "\\u007b{x}} \\n {{{x}}} }}", "b": "{"}');
    expect(JSON.parse(t.render({ x: 'v' }))).toEqual({ a: '{{x}} \n {v} }}', b: '{' });
    expect(compiled('{{x}}').render({ x: 1 })).toBe('1');
    expect(compiled('  [ {{x}} ]  ').render({})).toBe('  [ null ]  ');
  });
});
