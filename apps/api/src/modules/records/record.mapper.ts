import type { ContactEntity } from './contact.entity.js';
import type { LoanEntity } from './loan.entity.js';
import { ContactView, CustomFieldValueView, LoanView } from './record.type.js';

const values = (list: { key: string; value: string | null }[]) =>
  list.map((v) => Object.assign(new CustomFieldValueView(), { key: v.key, value: v.value }));

export function toContact(c: ContactEntity): ContactView {
  return Object.assign(new ContactView(), { ...c, customFields: values(c.customFields ?? []) });
}

export function toLoan(l: LoanEntity): LoanView {
  return Object.assign(new LoanView(), { ...l, customFields: values(l.customFields ?? []) });
}
