import { describe, expect, it } from 'vitest';
import { compileBodyTemplate } from '../template/compile.js';
import { fieldCatalog, fieldKeySet } from './catalog.js';
import { sampleContact, sampleLoan } from './sample.js';
import type { CustomFieldDefinition } from './types.js';
import { contactValues, loanValues } from './values.js';

const custom: CustomFieldDefinition[] = [
  {
    entityType: 'CONTACT',
    key: 'numberOfBathrooms',
    label: 'Archive - Number of Bathrooms',
    type: 'NUMBER',
  },
  { entityType: 'CONTACT', key: 'newsletter', label: 'Newsletter', type: 'BOOLEAN' },
  { entityType: 'LOAN', key: 'branch', label: 'Branch', type: 'STRING' },
];

describe('field catalog', () => {
  it('labels contact fields like the picker and sorts them by label', () => {
    const catalog = fieldCatalog('CONTACT', custom);
    const labels = catalog.map((f) => f.label);
    expect(labels.slice(0, 6)).toEqual([
      'Contact - Activity Rating',
      'Contact - Additional Info',
      'Contact - Address',
      'Contact - Address 2',
      'Contact - Anniversary Date',
      'Contact - Archive - Number of Bathrooms (Custom)',
    ]);
    expect(catalog.find((f) => f.key === 'contact.custom.numberOfBathrooms')).toEqual({
      key: 'contact.custom.numberOfBathrooms',
      label: 'Contact - Archive - Number of Bathrooms (Custom)',
      type: 'NUMBER',
      custom: true,
    });
    expect(catalog.some((f) => f.key === 'loan.custom.branch')).toBe(false);
  });

  it('covers every Contact and Loan field of the contract', () => {
    const contact = fieldKeySet('CONTACT');
    for (const f of [
      'firstName',
      'lastName',
      'email',
      'phone',
      'address',
      'address2',
      'city',
      'state',
      'zipCode',
      'birthday',
      'anniversary',
      'activityRating',
      'additionalInfo',
      'owner.email',
    ]) {
      expect(contact.has(`contact.${f}`)).toBe(true);
    }
    const loan = fieldKeySet('LOAN');
    for (const f of [
      'loanNumber',
      'loanType',
      'amount',
      'interestRate',
      'status',
      'propertyAddress',
      'closingDate',
      'borrower.email',
    ]) {
      expect(loan.has(`loan.${f}`)).toBe(true);
    }
  });
});

describe('record values', () => {
  it('maps a contact with typed custom fields', () => {
    const values = contactValues(
      {
        ...sampleContact(),
        customFields: [
          { key: 'numberOfBathrooms', value: '2.5' },
          { key: 'newsletter', value: 'yes' },
        ],
      },
      { storesBirthYear: true, customFields: custom },
    );
    expect(values['contact.firstName']).toBe('Earl');
    expect(values['contact.birthday']).toBe('1980-05-11');
    expect(values['contact.custom.numberOfBathrooms']).toBe(2.5);
    expect(values['contact.custom.newsletter']).toBe(true);
    expect(values['contact.owner.email']).toBe('sam.sample@example.com');
  });

  it('renders a birthday with year 1904 when the organization does not store birth years', () => {
    const values = contactValues(sampleContact(), { storesBirthYear: false });
    expect(values['contact.birthday']).toBe('1904-05-11');
  });

  it('renders every field of a loan that is not a mortgage blank', () => {
    const ctx = { storesBirthYear: true, customFields: custom };
    const auto = loanValues(
      { ...sampleLoan(), loanType: 'AUTO', customFields: [{ key: 'branch', value: 'North' }] },
      ctx,
    );
    expect(Object.values(auto).every((v) => v === null)).toBe(true);
    expect(Object.keys(auto)).toContain('loan.custom.branch');
    const mortgage = loanValues(sampleLoan(), ctx);
    expect(mortgage['loan.amount']).toBe(325000);
    expect(mortgage['loan.borrower.firstName']).toBe('Earl');
  });

  it('fills every catalog field for the sample records, so a test push shows them all', () => {
    for (const [type, values] of [
      ['CONTACT', contactValues(sampleContact(), { storesBirthYear: true })],
      ['LOAN', loanValues(sampleLoan(), { storesBirthYear: true })],
    ] as const) {
      for (const key of fieldKeySet(type)) expect(values[key], key).not.toBeNull();
    }
  });

  it('renders every contact field into a valid body', () => {
    const keys = [...fieldKeySet('CONTACT')];
    const body = `{${keys.map((k, i) => `"f${i}": {{${k}}}`).join(', ')}}`;
    const compiled = compileBodyTemplate(body, { fieldKeys: fieldKeySet('CONTACT') });
    expect(compiled.ok).toBe(true);
    if (!compiled.ok) return;
    const parsed = JSON.parse(
      compiled.template.render(contactValues(sampleContact(), { storesBirthYear: true })),
    );
    expect(Object.keys(parsed)).toHaveLength(keys.length);
  });
});
