import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldKeySet } from '../fields/catalog.js';
import type { CustomFieldDefinition } from '../fields/types.js';
import { compileBodyTemplate } from './compile.js';
import type { FieldValue } from './types.js';

const custom: CustomFieldDefinition[] = [
  { entityType: 'CONTACT', key: 'numberOfBathrooms', label: 'Bathrooms', type: 'NUMBER' },
  { entityType: 'CONTACT', key: 'vip', label: 'VIP', type: 'BOOLEAN' },
];
const fieldKeys = fieldKeySet('CONTACT', custom);
const KEYS = [...fieldKeys];

// Every field inside a string (with text around it), as a bare value, and in an array.
const template = [
  '{',
  ...KEYS.map((k, i) => `  "s${i}": "<{{${k}}}>", "v${i}": {{ ${k} }},`),
  `  "list": [${KEYS.map((k) => `{{${k}}}`).join(', ')}]`,
  '}',
].join('\n');

const value: fc.Arbitrary<FieldValue | undefined> = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({
    unit: fc.constantFrom('"', '\\', '\n', '\u2028', '\u2029', '\ud800', '\udfff', '/'),
  }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

const inString = (v: FieldValue | undefined) => (v === null || v === undefined ? '' : String(v));
const asValue = (v: FieldValue | undefined) =>
  v === undefined ? null : typeof v === 'number' && Object.is(v, -0) ? 0 : v;

describe('rendering (property)', () => {
  const compiled = compileBodyTemplate(template, { fieldKeys });
  if (!compiled.ok) throw new Error(compiled.errors.map((e) => e.message).join('; '));
  const { render } = compiled.template;

  it('uses every contact field', () => {
    expect(compiled.template.placeholders).toEqual(KEYS);
    expect(KEYS).toContain('contact.custom.numberOfBathrooms');
  });

  it('always yields JSON that holds exactly the values', () => {
    fc.assert(
      fc.property(fc.tuple(...KEYS.map(() => value)), (values) => {
        const record = Object.fromEntries(KEYS.map((k, i) => [k, values[i]]));
        const parsed = JSON.parse(render(record));
        KEYS.forEach((_, i) => {
          expect(parsed[`s${i}`]).toBe(`<${inString(values[i])}>`);
          expect(parsed[`v${i}`]).toEqual(asValue(values[i]));
          expect(parsed.list[i]).toEqual(asValue(values[i]));
        });
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });
});
