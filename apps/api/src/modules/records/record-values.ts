import {
  contactValues,
  loanValues,
  type ContactRecord,
  type CustomFieldDefinition,
  type LoanRecord,
  type RecordValues,
} from '@odc/core';
import type { UserEntity } from '../identity/user.entity.js';
import type { ContactEntity } from './contact.entity.js';
import type { LoanEntity } from './loan.entity.js';

export interface ValueContext {
  storesBirthYear: boolean;
  customFields: readonly CustomFieldDefinition[];
}

const person = (u: UserEntity | null) => (u ? { id: u.id, name: u.name, email: u.email } : null);

export function contactRecord(c: ContactEntity, owner: UserEntity | null): ContactRecord {
  return {
    ...c,
    owner: person(owner),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

export function loanRecord(
  l: LoanEntity,
  owner: UserEntity | null,
  borrower: ContactEntity | null,
): LoanRecord {
  return {
    ...l,
    owner: person(owner),
    borrower: borrower ? contactRecord(borrower, null) : null,
    createdAt: l.createdAt.toISOString(),
    updatedAt: l.updatedAt.toISOString(),
  };
}

export const contactSnapshot = (
  c: ContactEntity,
  owner: UserEntity | null,
  ctx: ValueContext,
): RecordValues => contactValues(contactRecord(c, owner), ctx);

export const loanSnapshot = (
  l: LoanEntity,
  owner: UserEntity | null,
  borrower: ContactEntity | null,
  ctx: ValueContext,
): RecordValues => loanValues(loanRecord(l, owner, borrower), ctx);
