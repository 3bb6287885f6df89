import type { CustomFieldDefinition, CustomFieldValue, EntityType, FieldType } from '@odc/core';
import { z } from 'zod';
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

/** Runs one field's schema: on a failure its first message goes to `fields` at `path`. */
function check<T>(fields: FieldIssue[], path: string, schema: z.ZodType<T>, value: T): T {
  const r = schema.safeParse(value);
  if (!r.success) fields.push({ path, message: r.error.issues[0]!.message });
  return value;
}

export function required(
  fields: FieldIssue[],
  path: string,
  value: string,
  label: string,
  max = 200,
): string {
  const message = `${label} must be 1 to ${max} characters`;
  return check(fields, path, z.string().min(1, message).max(max, message), value.trim());
}

export function optionalText(
  fields: FieldIssue[],
  path: string,
  value: string | null | undefined,
  max: number,
) {
  return check(
    fields,
    path,
    z.string().max(max, `At most ${max} characters`).nullable(),
    opt(value),
  );
}

export function optionalDate(
  fields: FieldIssue[],
  path: string,
  value: string | null | undefined,
): string | null {
  const date = z.string().refine(isDate, 'Use a date as YYYY-MM-DD');
  return check(fields, path, date.nullable(), opt(value));
}

export function optionalEmail(
  fields: FieldIssue[],
  path: string,
  value: string | null | undefined,
): string | null {
  const message = 'Enter a valid email address';
  const email = z.string().regex(EMAIL, message).max(254, message);
  return check(fields, path, email.nullable(), opt(value));
}

/** What a custom field value of each type must be (as text). */
const VALUE_CHECK: Record<FieldType, (v: string) => boolean> = {
  STRING: () => true,
  NUMBER: (v) => v.trim() !== '' && Number.isFinite(Number(v)),
  BOOLEAN: (v) => ['true', 'false'].includes(v.trim().toLowerCase()),
  DATE: (v) => isDate(v.trim()),
};

const customValue = (type: FieldType) =>
  z
    .string()
    .max(MAX_CUSTOM_VALUE, `At most ${MAX_CUSTOM_VALUE} characters`)
    .refine(VALUE_CHECK[type], `Not a valid ${type.toLowerCase()}`)
    .nullable();

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
    const before = fields.length;
    check(fields, `input.customFields.${i}.value`, customValue(type), value);
    if (fields.length === before) out.push({ key: cv.key, value });
  });
  return out;
}
