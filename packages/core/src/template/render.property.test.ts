import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileBodyTemplate } from './compile.js';
import type { FieldValue } from './types.js';

const KEYS = [
  'contact.firstName',
  'contact.lastName',
  'contact.activityRating',
  'contact.vip',
  'contact.note',
];
const template = `{${KEYS.map((k, i) => `"s${i}": "{{${k}}}", "v${i}": {{${k}}}`).join(', ')}, "list": [${KEYS.map((k) => `{{${k}}}`).join(', ')}]}`;

const value: fc.Arbitrary<FieldValue> = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

const asStringPart = (v: FieldValue) => (v === null ? '' : String(v));
const asValue = (v: FieldValue) => (typeof v === 'number' && Object.is(v, -0) ? 0 : v);

describe('rendering (property)', () => {
  const compiled = compileBodyTemplate(template);
  if (!compiled.ok) throw new Error('template does not compile');

  it('always yields JSON that holds exactly the values', () => {
    fc.assert(
      fc.property(fc.tuple(...KEYS.map(() => value)), (values) => {
        const record = Object.fromEntries(KEYS.map((k, i) => [k, values[i]]));
        const parsed = JSON.parse(compiled.template.render(record));
        KEYS.forEach((_, i) => {
          const v = values[i] as FieldValue;
          expect(parsed[`s${i}`]).toBe(asStringPart(v));
          expect(parsed[`v${i}`]).toEqual(asValue(v));
          expect(parsed.list[i]).toEqual(asValue(v));
        });
      }),
      { numRuns: 500 },
    );
  });
});
