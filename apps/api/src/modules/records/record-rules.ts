import type { CustomFieldDefinition, CustomFieldValue, EntityType, FieldType } from '@odc/core';
import type { FieldIssue } from '../shared/errors.js';
import type { CustomFieldValueInput } from './record.input.js';

/** The most characters one custom field value may hold (documented on CustomFieldValueInput). */
export const MAX_CUSTOM_VALUE = 10_000;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
}

/** Trims; blank -> null. */
export const opt = (v: string | null | undefined): string | null =>
  v == null || v.trim() === '' ? null : v.trim();

export function required(
  fields: FieldIssue[],
  path: string,
  value: string,
  label: string,
  max = 200,
): string {
  const v = value.trim();
  if (!v || v.length > max)
    fields.push({ path, message: `${label} must be 1 to ${max} characters` });
  return v;
}

export function optionalText(
  fields: FieldIssue[],
  path: string,
  value: string | null | undefined,
  max: number,
) {
  const v = opt(value);
  if (v && v.length > max) fields.push({ path, message: `At most ${max} characters` });
  return v;
}

export function optionalDate(
  fields: FieldIssue[],
  path: string,
  value: string | null | undefined,
): string | null {
  const v = opt(value);
  if (v && !isDate(v)) fields.push({ path, message: 'Use a date as YYYY-MM-DD' });
  return v;
}

export function optionalEmail(
  fields: FieldIssue[],
  path: string,
  value: string | null | undefined,
): string | null {
  const v = opt(value);
  if (v && (!EMAIL.test(v) || v.length > 254))
    fields.push({ path, message: 'Enter a valid email address' });
  return v;
}

const VALUE_CHECK: Record<FieldType, (v: string) => boolean> = {
  STRING: () => true,
  NUMBER: (v) => v.trim() !== '' && Number.isFinite(Number(v)),
  BOOLEAN: (v) => ['true', 'false'].includes(v.trim().toLowerCase()),
  DATE: (v) => isDate(v.trim()),
};

/** Each key must be a custom field of the entity type; each value must fit the field's type. */
export function customValues(
  fields: FieldIssue[],
  entityType: EntityType,
  values: CustomFieldValueInput[] | null | undefined,
  defs: readonly CustomFieldDefinition[],
): CustomFieldValue[] {
  const types = new Map(
    defs.filter((d) => d.entityType === entityType).map((d) => [d.key, d.type]),
  );
  const seen = new Set<string>();
  const out: CustomFieldValue[] = [];
  (values ?? []).forEach((cv, i) => {
    const type = types.get(cv.key);
    if (!type)
      return fields.push({
        path: `input.customFields.${i}.key`,
        message: `No custom field ${cv.key}`,
      });
    if (seen.has(cv.key))
      return fields.push({ path: `input.customFields.${i}.key`, message: 'Given twice' });
    seen.add(cv.key);
    const value = cv.value ?? null;
    if (value !== null && value.length > MAX_CUSTOM_VALUE) {
      return fields.push({
        path: `input.customFields.${i}.value`,
        message: `At most ${MAX_CUSTOM_VALUE} characters`,
      });
    }
    if (value !== null && !VALUE_CHECK[type](value)) {
      return fields.push({
        path: `input.customFields.${i}.value`,
        message: `Not a valid ${type.toLowerCase()}`,
      });
    }
    out.push({ key: cv.key, value });
  });
  return out;
}
