import { describe, expect, it } from 'vitest';
import { fieldCatalog, fieldKeySet, standardFields } from './catalog.js';
import type { CustomFieldDefinition } from './types.js';

const custom: CustomFieldDefinition[] = [
  {
    entityType: 'CONTACT',
    key: 'numberOfBathrooms',
    label: 'Archive - Number of Bathrooms',
    type: 'NUMBER',
  },
  { entityType: 'LOAN', key: 'branch', label: 'Branch', type: 'STRING' },
];

describe('field catalog', () => {
  it('labels contact fields like the PROPERTIES picker and sorts them by label', () => {
    const labels = fieldCatalog('CONTACT', custom).map((f) => f.label);
    expect(labels.slice(0, 6)).toEqual([
      'Contact - Activity Rating',
      'Contact - Additional Info',
      'Contact - Address',
      'Contact - Address 2',
      'Contact - Anniversary Date',
      'Contact - Archive - Number of Bathrooms (Custom)',
    ]);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('marks custom fields and keeps them to their entity type', () => {
    const contact = fieldCatalog('CONTACT', custom);
    expect(contact.find((f) => f.custom)).toEqual({
      key: 'contact.custom.numberOfBathrooms',
      label: 'Contact - Archive - Number of Bathrooms (Custom)',
      type: 'NUMBER',
      custom: true,
    });
    expect(contact.filter((f) => f.custom)).toHaveLength(1);
    expect(fieldKeySet('LOAN', custom).has('loan.custom.branch')).toBe(true);
    expect(fieldCatalog('LOAN', custom).find((f) => f.custom)?.label).toBe(
      'Loan - Branch (Custom)',
    );
  });

  it('covers every Contact field of the contract plus the owner and the matched ids', () => {
    const keys = [
      ...['id', 'firstName', 'lastName', 'email', 'phone', 'address', 'address2', 'city'],
      ...['state', 'zipCode', 'birthday', 'anniversary', 'activityRating', 'additionalInfo'],
      ...['createdAt', 'updatedAt', 'owner.name', 'owner.email', 'leadSource'],
      ...['owner.staffId', 'leadSourceId'],
    ].map((f) => `contact.${f}`);
    expect([...fieldKeySet('CONTACT')].sort()).toEqual(keys.sort());
  });

  it('covers every Loan field of the contract plus the owner, the borrower and the matched ids', () => {
    const keys = [
      ...['id', 'loanNumber', 'loanType', 'amount', 'interestRate', 'status', 'propertyAddress'],
      ...['closingDate', 'createdAt', 'updatedAt', 'owner.name', 'owner.email'],
      ...['borrower.firstName', 'borrower.lastName', 'borrower.email', 'borrower.phone'],
      ...['borrower.leadSource', 'owner.staffId', 'borrower.leadSourceId'],
    ].map((f) => `loan.${f}`);
    expect([...fieldKeySet('LOAN')].sort()).toEqual(keys.sort());
  });

  it('types fields and labels them "<Entity> - <Label>"', () => {
    const byKey = new Map(
      [...standardFields('CONTACT'), ...standardFields('LOAN')].map((f) => [f.key, f]),
    );
    expect(byKey.get('loan.loanNumber')).toEqual({
      key: 'loan.loanNumber',
      label: 'Loan - Loan Number',
      type: 'STRING',
      custom: false,
    });
    expect(byKey.get('contact.firstName')?.label).toBe('Contact - First Name');
    expect(byKey.get('contact.birthday')?.type).toBe('DATE');
    expect(byKey.get('contact.activityRating')?.type).toBe('NUMBER');
    expect(byKey.get('loan.amount')?.type).toBe('NUMBER');
    expect(byKey.get('loan.borrower.email')?.label).toBe('Loan - Borrower Email');
  });
});
