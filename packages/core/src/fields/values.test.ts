import { describe, expect, it } from 'vitest';
import { compileBodyTemplate } from '../template/compile.js';
import { fieldKeySet, isMatchedField } from './catalog.js';
import { sampleContact, sampleLoan, sampleRecord } from './sample.js';
import type { ContactRecord, CustomFieldDefinition, LoanRecord } from './types.js';
import { contactValues, loanValues } from './values.js';

const custom: CustomFieldDefinition[] = [
  { entityType: 'CONTACT', key: 'numberOfBathrooms', label: 'Bathrooms', type: 'NUMBER' },
  { entityType: 'CONTACT', key: 'newsletter', label: 'Newsletter', type: 'BOOLEAN' },
  { entityType: 'CONTACT', key: 'since', label: 'Since', type: 'DATE' },
  { entityType: 'CONTACT', key: 'note', label: 'Note', type: 'STRING' },
  { entityType: 'LOAN', key: 'branch', label: 'Branch', type: 'STRING' },
];
const ctx = { storesBirthYear: true, customFields: custom };

function customValue(key: string, value: string | null) {
  return contactValues({ ...sampleContact(), customFields: [{ key, value }] }, ctx)[
    `contact.custom.${key}`
  ];
}

describe('contact values', () => {
  it('maps a contact with proper JS types', () => {
    const values = contactValues(sampleContact(), ctx);
    expect(values['contact.firstName']).toBe('Earl');
    expect(values['contact.activityRating']).toBe(4);
    expect(values['contact.birthday']).toBe('1980-05-11');
    expect(values['contact.owner.email']).toBe('sam.sample@example.com');
    const bare = contactValues({ id: 'c1', firstName: 'A', lastName: 'B' }, ctx);
    expect(bare['contact.email']).toBeNull();
    expect(bare['contact.owner.name']).toBeNull();
  });

  it('converts custom values by their definition type', () => {
    expect(customValue('numberOfBathrooms', '2.5')).toBe(2.5);
    expect(customValue('numberOfBathrooms', ' -3 ')).toBe(-3);
    expect(customValue('numberOfBathrooms', 'two')).toBe('two');
    expect(customValue('numberOfBathrooms', '0x10')).toBe('0x10');
    expect(customValue('numberOfBathrooms', '')).toBeNull();
    expect(customValue('newsletter', 'Yes')).toBe(true);
    expect(customValue('newsletter', 'false')).toBe(false);
    expect(customValue('newsletter', '0')).toBe(false);
    expect(customValue('newsletter', 'maybe')).toBe('maybe');
    expect(customValue('since', '2020-01-02')).toBe('2020-01-02');
    expect(customValue('note', '42')).toBe('42');
    expect(customValue('note', null)).toBeNull();
    // A value without a definition is text.
    expect(customValue('unknown', '7')).toBe('7');
  });

  it('renders a birthday with year 1904 when the organization does not store birth years', () => {
    const values = contactValues(sampleContact(), { storesBirthYear: false });
    expect(values['contact.birthday']).toBe('1904-05-11');
    expect(values['contact.anniversary']).toBe('2008-06-21');
    const none = contactValues({ ...sampleContact(), birthday: null }, { storesBirthYear: false });
    expect(none['contact.birthday']).toBeNull();
  });
});

describe('loan values', () => {
  it('maps a mortgage with its borrower and owner', () => {
    const values = loanValues(sampleLoan(), ctx);
    expect(values['loan.amount']).toBe(325000);
    expect(values['loan.interestRate']).toBe(6.125);
    expect(values['loan.borrower.firstName']).toBe('Earl');
    expect(values['loan.owner.email']).toBe('sam.sample@example.com');
    const noBorrower = loanValues({ ...sampleLoan(), borrower: null, owner: null }, ctx);
    expect(noBorrower['loan.borrower.email']).toBeNull();
    expect(noBorrower['loan.owner.name']).toBeNull();
  });

  it('renders every field of a loan that is not a mortgage blank, id included', () => {
    const auto: LoanRecord = {
      ...sampleLoan(),
      loanType: 'AUTO',
      customFields: [{ key: 'branch', value: 'North' }],
    };
    const values = loanValues(auto, ctx);
    expect(Object.keys(values).sort()).toEqual([...fieldKeySet('LOAN', custom)].sort());
    expect(Object.values(values).every((v) => v === null)).toBe(true);
    const body = compileBodyTemplate('{"n": "{{loan.loanNumber}}", "a": {{loan.amount}}}');
    expect(body.ok && JSON.parse(body.template.render(values))).toEqual({ n: '', a: null });
  });
});

describe('sample records', () => {
  it('fill every catalog field, custom fields included, so a test push shows them all', () => {
    for (const type of ['CONTACT', 'LOAN'] as const) {
      const record = sampleRecord(type, custom);
      const values =
        type === 'CONTACT'
          ? contactValues(record as ContactRecord, ctx)
          : loanValues(record as LoanRecord, ctx);
      for (const key of fieldKeySet(type, custom))
        if (!isMatchedField(key)) expect(values[key], key).not.toBeNull();
    }
    const values = contactValues(sampleContact(custom), ctx);
    expect(typeof values['contact.custom.numberOfBathrooms']).toBe('number');
    expect(values['contact.custom.newsletter']).toBe(true);
  });

  it('render every contact field into a valid body', () => {
    const keys = fieldKeySet('CONTACT', custom);
    const body = `{${[...keys].map((k, i) => `"f${i}": {{${k}}}, "s${i}": "{{${k}}}"`).join(', ')}}`;
    const compiled = compileBodyTemplate(body, { fieldKeys: keys });
    if (!compiled.ok) throw new Error(compiled.errors[0]?.message);
    const parsed = JSON.parse(compiled.template.render(contactValues(sampleContact(custom), ctx)));
    expect(Object.keys(parsed)).toHaveLength(keys.size * 2);
  });
});
