import type { EntityType, FieldType, LoanType } from '../schema/enums.js';

export interface FieldDefinition {
  key: string;
  label: string;
  type: FieldType;
  custom: boolean;
}

export interface CustomFieldDefinition {
  entityType: EntityType;
  /** camelCase; the placeholder is {{contact.custom.<key>}} or {{loan.custom.<key>}}. */
  key: string;
  label: string;
  type: FieldType;
}

export interface CustomFieldValue {
  key: string;
  value: string | null;
}

export interface PersonRecord {
  id: string;
  name: string;
  email: string;
}

export interface ContactRecord {
  id: string;
  owner?: PersonRecord | null;
  firstName: string;
  lastName: string;
  email?: string | null;
  phone?: string | null;
  address?: string | null;
  address2?: string | null;
  city?: string | null;
  state?: string | null;
  zipCode?: string | null;
  /** YYYY-MM-DD */
  birthday?: string | null;
  /** YYYY-MM-DD */
  anniversary?: string | null;
  activityRating?: number | null;
  additionalInfo?: string | null;
  /** The lead source's name, as the target's lead source list names it. */
  leadSource?: string | null;
  customFields?: CustomFieldValue[];
  createdAt?: string | null;
  updatedAt?: string | null;
}

export interface LoanRecord {
  id: string;
  owner?: PersonRecord | null;
  loanNumber: string;
  loanType: LoanType;
  amount?: number | null;
  interestRate?: number | null;
  status?: string | null;
  propertyAddress?: string | null;
  /** YYYY-MM-DD */
  closingDate?: string | null;
  borrower?: ContactRecord | null;
  customFields?: CustomFieldValue[];
  createdAt?: string | null;
  updatedAt?: string | null;
}

export interface ValueContext {
  /** false: a birthday renders with 1904 as its year. */
  storesBirthYear: boolean;
  /** The organization's custom fields of the record's entity type (for their types). */
  customFields?: readonly CustomFieldDefinition[];
}
