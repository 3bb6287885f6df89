import { describe, expect, it } from 'vitest';
import { compileBodyTemplate } from './compile.js';
import type { TemplateError } from './types.js';

function errorsOf(text: string, fieldKeys?: ReadonlySet<string>): TemplateError[] {
  const result = compileBodyTemplate(text, { fieldKeys });
  if (result.ok) throw new Error(`expected errors for ${text}`);
  return result.errors;
}

describe('body template syntax errors', () => {
  it.each([
    ['{\n  "a": 1\n  "b": 2\n}', "expected ',' or '}' but found '\"'", 3, 3],
    ['{\n  "a": 1,\n  "b" 2\n}', "expected ':' but found '2'", 3, 7],
    ['{"a": 1,}', "expected a property name in double quotes but found '}'", 1, 9],
    ['[1, 2', "expected ',' or ']' but found the end of the text", 1, 6],
    ['{"a": "x\ny"}', 'expected the string to be closed', 1, 9],
    ['{"a": "x\ty"}', 'expected the string to be closed', 1, 9],
    ['{"a": "x', "expected a closing '\"' but found the end of the text", 1, 9],
    ['{"a": "\\q"}', 'expected a valid escape', 1, 9],
    ['{"a": "\\u12"}', 'expected four hex digits after \\u', 1, 8],
    ['{"a": tru}', 'expected a value', 1, 7],
    ['{"a": 01}', "expected ',' or '}' but found '1'", 1, 8],
    ["{'a': 1}", 'expected a property name in double quotes', 1, 2],
    ['{"a": 1} x', "expected the end of the text but found 'x'", 1, 10],
    ['', 'expected a value', 1, 1],
    ['\n\n   ', 'expected a value', 3, 4],
    ['{"a": {{contact.id}', 'expected a placeholder such as {{contact.firstName}}', 1, 7],
    // Columns count UTF-16 code units, as editors do: the emoji counts two.
    ['{"😀": 1 2}', "expected ',' or '}' but found '2'", 1, 10],
  ])('%j: %s at %i:%i', (text, part, line, column) => {
    const [error] = errorsOf(text);
    expect(error).toMatchObject({ line, column });
    expect(error?.message).toContain(`Request body is not valid JSON: ${part}`);
    expect(error?.message).toMatch(new RegExp(`at line ${line}, column ${column}$`));
  });

  it('refuses nesting deeper than 256 levels without overflowing the stack', () => {
    const [error] = errorsOf('['.repeat(100_000));
    expect(error?.message).toContain('nesting deeper than 256');
    expect(compileBodyTemplate(`${'['.repeat(200)}${']'.repeat(200)}`).ok).toBe(true);
  });

  it('lists unknown placeholders after a syntax error', () => {
    const errors = errorsOf('{"a": "{{nope}}", }', new Set());
    expect(errors.map((e) => e.placeholder ?? 'syntax')).toEqual(['syntax', 'nope']);
  });
});

describe('body template placeholder errors', () => {
  it('lists every unknown placeholder with its position, repeats included', () => {
    const keys = new Set(['contact.firstName']);
    const errors = errorsOf(
      '{\n "a": "{{contact.foo}}",\n "b": {{contact.bar}},\n "c": [{{ contact.foo }}, "{{contact.firstName}}"]}',
      keys,
    );
    expect(errors.map((e) => [e.placeholder, e.line, e.column])).toEqual([
      ['contact.foo', 2, 8],
      ['contact.bar', 3, 7],
      ['contact.foo', 4, 8],
    ]);
    expect(errors[0]?.message).toBe('Unknown field {{contact.foo}} at line 2, column 8');
  });

  it('reports malformed placeholders inside strings, in text order with unknown ones', () => {
    const errors = errorsOf(
      '{"a": "{{contact.first name}}", "b": "{{x}}", "c": "{{contact.id}", "d": "{{}}"}',
      new Set(['contact.id']),
    );
    expect(errors.map((e) => [e.placeholder ?? 'malformed', e.column])).toEqual([
      ['malformed', 8],
      ['x', 39],
      ['malformed', 53],
      ['malformed', 75],
    ]);
    expect(errors[0]?.message).toBe(
      'Unclosed or malformed placeholder at line 1, column 8; a placeholder looks like {{contact.firstName}}',
    );
  });

  it('accepts any key without fieldKeys, and whitespace inside the braces', () => {
    const result = compileBodyTemplate('{"a": {{  loan.borrower.email\t}}, "b": "{{ x_1 }}"}');
    expect(result.ok && result.template.placeholders).toEqual(['loan.borrower.email', 'x_1']);
  });

  it('scans many unclosed braces in linear time', () => {
    const text = `{"a": "${'{{ '.repeat(50_000)}"}`;
    const started = performance.now();
    expect(errorsOf(text)).toHaveLength(50_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
