import type { FieldType } from '../schema/enums.js';
import type { FieldValue, RecordValues } from '../template/types.js';
import { customFieldKey, standardFields } from './catalog.js';
import type { ContactRecord, CustomFieldValue, LoanRecord, ValueContext } from './types.js';

// Plain decimal text only: no hex, no 'Infinity'.
const DECIMAL = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

const BOOLEANS = new Map([
  ['true', true],
  ['yes', true],
  ['1', true],
  ['false', false],
  ['no', false],
  ['0', false],
]);

/** A stored custom value (text) as its type: a blank NUMBER/BOOLEAN is null, unreadable stays text. */
const convert: Record<FieldType, (raw: string) => FieldValue> = {
  STRING: (raw) => raw,
  DATE: (raw) => raw,
  NUMBER: (raw) => {
    if (raw.trim() === '') return null;
    const n = Number(raw);
    return DECIMAL.test(raw) && Number.isFinite(n) ? n : raw;
  },
  BOOLEAN: (raw) => {
    const t = raw.trim().toLowerCase();
    return t === '' ? null : (BOOLEANS.get(t) ?? raw);
  },
};

function customValues(
  prefix: 'CONTACT' | 'LOAN',
  values: readonly CustomFieldValue[] | undefined,
  ctx: ValueContext,
  out: Record<string, FieldValue>,
): void {
  const types = new Map(
    (ctx.customFields ?? []).filter((f) => f.entityType === prefix).map((f) => [f.key, f.type]),
  );
  for (const { key, value } of values ?? []) {
    const type = types.get(key) ?? 'STRING';
    out[customFieldKey(prefix, key)] = value === null ? null : convert[type](value);
  }
}

/** The birthday as the organization shows it: year 1904 when it does not store birth years. */
function birthday(value: string | null | undefined, ctx: ValueContext): string | null {
  if (!value) return null;
  return ctx.storesBirthYear ? value : value.replace(/^\d{4}/, '1904');
}

export function contactValues(record: ContactRecord, ctx: ValueContext): RecordValues {
  const out: Record<string, FieldValue> = {
    'contact.id': record.id,
    'contact.firstName': record.firstName,
    'contact.lastName': record.lastName,
    'contact.email': record.email ?? null,
    'contact.phone': record.phone ?? null,
    'contact.address': record.address ?? null,
    'contact.address2': record.address2 ?? null,
    'contact.city': record.city ?? null,
    'contact.state': record.state ?? null,
    'contact.zipCode': record.zipCode ?? null,
    'contact.birthday': birthday(record.birthday, ctx),
    'contact.anniversary': record.anniversary ?? null,
    'contact.activityRating': record.activityRating ?? null,
    'contact.additionalInfo': record.additionalInfo ?? null,
    'contact.leadSource': record.leadSource ?? null,
    // Filled at push time by the connector's matching (matching/), null until then.
    'contact.leadSourceId': null,
    'contact.owner.name': record.owner?.name ?? null,
    'contact.owner.email': record.owner?.email ?? null,
    'contact.owner.staffId': null,
    'contact.createdAt': record.createdAt ?? null,
    'contact.updatedAt': record.updatedAt ?? null,
  };
  customValues('CONTACT', record.customFields, ctx, out);
  return out;
}

/**
 * Loan connectors only work with mortgages: for a loan of any other type "data is passed as blank",
 * so every loan field renders null, id, borrower, owner and custom fields included (no exception).
 */
export function loanValues(record: LoanRecord, ctx: ValueContext): RecordValues {
  if (record.loanType !== 'MORTGAGE') {
    const blank: Record<string, FieldValue> = {};
    for (const field of standardFields('LOAN')) blank[field.key] = null;
    for (const field of ctx.customFields ?? []) {
      if (field.entityType === 'LOAN') blank[customFieldKey('LOAN', field.key)] = null;
    }
    return blank;
  }
  const out: Record<string, FieldValue> = {
    'loan.id': record.id,
    'loan.loanNumber': record.loanNumber,
    'loan.loanType': record.loanType,
    'loan.amount': record.amount ?? null,
    'loan.interestRate': record.interestRate ?? null,
    'loan.status': record.status ?? null,
    'loan.propertyAddress': record.propertyAddress ?? null,
    'loan.closingDate': record.closingDate ?? null,
    'loan.borrower.firstName': record.borrower?.firstName ?? null,
    'loan.borrower.lastName': record.borrower?.lastName ?? null,
    'loan.borrower.email': record.borrower?.email ?? null,
    'loan.borrower.phone': record.borrower?.phone ?? null,
    'loan.borrower.leadSource': record.borrower?.leadSource ?? null,
    'loan.borrower.leadSourceId': null,
    'loan.owner.name': record.owner?.name ?? null,
    'loan.owner.email': record.owner?.email ?? null,
    'loan.owner.staffId': null,
    'loan.createdAt': record.createdAt ?? null,
    'loan.updatedAt': record.updatedAt ?? null,
  };
  customValues('LOAN', record.customFields, ctx, out);
  return out;
}
