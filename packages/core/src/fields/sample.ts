import type { EntityType, FieldType } from '../schema/enums.js';
import type {
  ContactRecord,
  CustomFieldDefinition,
  CustomFieldValue,
  LoanRecord,
} from './types.js';

const SAMPLE_VALUE: Record<FieldType, (label: string) => string> = {
  STRING: (label) => `Sample ${label}`,
  NUMBER: () => '3',
  BOOLEAN: () => 'true',
  DATE: () => '2022-05-11',
};

/** Made-up stored values (text, as a record keeps them) for the custom fields of one entity type. */
function sampleCustomValues(
  entityType: EntityType,
  customFields: readonly CustomFieldDefinition[],
): CustomFieldValue[] {
  return customFields
    .filter((f) => f.entityType === entityType)
    .map((f) => ({ key: f.key, value: SAMPLE_VALUE[f.type](f.label) }));
}

const owner = { id: 'sample-owner', name: 'Sam Sample', email: 'sam.sample@example.com' };

export function sampleContact(customFields: readonly CustomFieldDefinition[] = []): ContactRecord {
  return {
    id: 'sample-contact',
    owner,
    firstName: 'Earl',
    lastName: 'Sancho',
    email: 'sancho@example.com',
    phone: '555-123-4567',
    address: '100 Main Street',
    address2: 'Suite 200',
    city: 'Minneapolis',
    state: 'MN',
    zipCode: '55401',
    birthday: '1980-05-11',
    anniversary: '2008-06-21',
    activityRating: 4,
    additionalInfo: 'Sample record made up for a test push',
    leadSource: 'Website',
    customFields: sampleCustomValues('CONTACT', customFields),
    createdAt: '2022-05-11T16:32:00.000Z',
    updatedAt: '2022-05-11T16:32:00.000Z',
  };
}

export function sampleLoan(customFields: readonly CustomFieldDefinition[] = []): LoanRecord {
  return {
    id: 'sample-loan',
    owner,
    loanNumber: '916651079304',
    loanType: 'MORTGAGE',
    amount: 325000,
    interestRate: 6.125,
    status: 'Application',
    propertyAddress: '100 Main Street, Minneapolis, MN 55401',
    closingDate: '2022-07-01',
    borrower: sampleContact(),
    customFields: sampleCustomValues('LOAN', customFields),
    createdAt: '2022-05-11T16:32:00.000Z',
    updatedAt: '2022-05-11T16:32:00.000Z',
  };
}

/** A made-up record for test pushes; pass the organization's custom fields to fill them too. */
export function sampleRecord(
  entityType: EntityType,
  customFields: readonly CustomFieldDefinition[] = [],
): ContactRecord | LoanRecord {
  return entityType === 'CONTACT' ? sampleContact(customFields) : sampleLoan(customFields);
}
