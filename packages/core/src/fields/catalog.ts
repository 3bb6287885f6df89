import type { EntityType, FieldType } from '../schema/enums.js';
import type { CustomFieldDefinition, FieldDefinition } from './types.js';

type Entry = readonly [field: string, label: string, type: FieldType];

const CONTACT: readonly Entry[] = [
  ['id', 'ID', 'STRING'],
  ['firstName', 'First Name', 'STRING'],
  ['lastName', 'Last Name', 'STRING'],
  ['email', 'Email', 'STRING'],
  ['phone', 'Phone', 'STRING'],
  ['address', 'Address', 'STRING'],
  ['address2', 'Address 2', 'STRING'],
  ['city', 'City', 'STRING'],
  ['state', 'State', 'STRING'],
  ['zipCode', 'Zip Code', 'STRING'],
  ['birthday', 'Birthday', 'DATE'],
  ['anniversary', 'Anniversary Date', 'DATE'],
  ['activityRating', 'Activity Rating', 'NUMBER'],
  ['additionalInfo', 'Additional Info', 'STRING'],
  ['leadSource', 'Lead Source', 'STRING'],
  ['leadSourceId', 'Lead Source ID (matched)', 'STRING'],
  ['owner.name', 'Owner Name', 'STRING'],
  ['owner.email', 'Owner Email', 'STRING'],
  ['owner.staffId', 'Owner Staff ID (matched)', 'STRING'],
  ['createdAt', 'Created At', 'DATE'],
  ['updatedAt', 'Updated At', 'DATE'],
];

const LOAN: readonly Entry[] = [
  ['id', 'ID', 'STRING'],
  ['loanNumber', 'Loan Number', 'STRING'],
  ['loanType', 'Loan Type', 'STRING'],
  ['amount', 'Amount', 'NUMBER'],
  ['interestRate', 'Interest Rate', 'NUMBER'],
  ['status', 'Status', 'STRING'],
  ['propertyAddress', 'Property Address', 'STRING'],
  ['closingDate', 'Closing Date', 'DATE'],
  ['borrower.firstName', 'Borrower First Name', 'STRING'],
  ['borrower.lastName', 'Borrower Last Name', 'STRING'],
  ['borrower.email', 'Borrower Email', 'STRING'],
  ['borrower.phone', 'Borrower Phone', 'STRING'],
  ['borrower.leadSource', 'Borrower Lead Source', 'STRING'],
  ['borrower.leadSourceId', 'Borrower Lead Source ID (matched)', 'STRING'],
  ['owner.name', 'Owner Name', 'STRING'],
  ['owner.email', 'Owner Email', 'STRING'],
  ['owner.staffId', 'Owner Staff ID (matched)', 'STRING'],
  ['createdAt', 'Created At', 'DATE'],
  ['updatedAt', 'Updated At', 'DATE'],
];

const ENTRIES: Record<EntityType, { prefix: string; title: string; entries: readonly Entry[] }> = {
  CONTACT: { prefix: 'contact', title: 'Contact', entries: CONTACT },
  LOAN: { prefix: 'loan', title: 'Loan', entries: LOAN },
};

/** Fields the connector's matching fills at push time (null in a record's own values). */
export function isMatchedField(key: string): boolean {
  return key.endsWith('.staffId') || key.endsWith('.leadSourceId');
}

/** The built-in fields of an entity type (no custom fields), in catalog order. */
export function standardFields(entityType: EntityType): FieldDefinition[] {
  const { prefix, title, entries } = ENTRIES[entityType];
  return entries.map(([field, label, type]) => ({
    key: `${prefix}.${field}`,
    label: `${title} - ${label}`,
    type,
    custom: false,
  }));
}

export function customFieldKey(entityType: EntityType, key: string): string {
  return `${ENTRIES[entityType].prefix}.custom.${key}`;
}

/** Every field a placeholder may name, custom fields included, sorted by label like the picker. */
export function fieldCatalog(
  entityType: EntityType,
  customFields: readonly CustomFieldDefinition[] = [],
): FieldDefinition[] {
  const { title } = ENTRIES[entityType];
  const custom = customFields
    .filter((f) => f.entityType === entityType)
    .map((f) => ({
      key: customFieldKey(entityType, f.key),
      label: `${title} - ${f.label} (Custom)`,
      type: f.type,
      custom: true,
    }));
  return [...standardFields(entityType), ...custom].sort((a, b) =>
    a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }),
  );
}

export function fieldKeySet(
  entityType: EntityType,
  customFields: readonly CustomFieldDefinition[] = [],
): ReadonlySet<string> {
  return new Set(fieldCatalog(entityType, customFields).map((f) => f.key));
}
