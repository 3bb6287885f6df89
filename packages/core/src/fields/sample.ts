import type { EntityType } from '../schema/enums.js';
import type { ContactRecord, LoanRecord } from './types.js';

const owner = { id: 'sample-owner', name: 'Sam Sample', email: 'sam.sample@example.com' };

export function sampleContact(): ContactRecord {
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
    customFields: [],
    createdAt: '2022-05-11T16:32:00.000Z',
    updatedAt: '2022-05-11T16:32:00.000Z',
  };
}

export function sampleLoan(): LoanRecord {
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
    customFields: [],
    createdAt: '2022-05-11T16:32:00.000Z',
    updatedAt: '2022-05-11T16:32:00.000Z',
  };
}

/** A made-up record for test pushes. */
export function sampleRecord(entityType: EntityType): ContactRecord | LoanRecord {
  return entityType === 'CONTACT' ? sampleContact() : sampleLoan();
}
