import { computed } from 'vue';
import { useRoute } from 'vue-router';

/** The record id of a /contacts/:id/edit or /loans/:id/edit route; none on a create page. */
export function useRecordId() {
  const route = useRoute();
  return computed(() => (typeof route.params.id === 'string' ? route.params.id : undefined));
}

/** A trimmed text, or null when blank. */
export const opt = (s: string) => (s.trim() ? s.trim() : null);

/** A number field's value, or null when blank. */
export const num = (v: string | number | null) => (v === '' || v === null ? null : Number(v));

/** A rule for a field that must not be blank. */
export const required = (v: string) => !!v.trim() || 'Required';

/** A record's custom field values as the form edits them (key -> text). */
export const customForm = (fields: readonly { key: string; value?: string | null }[]) =>
  Object.fromEntries(fields.map((f) => [f.key, f.value ?? '']));

/** The form's custom field values as the mutation takes them, one per field of the catalog. */
export const customInput = (catalog: readonly { key: string }[], form: Record<string, string>) =>
  catalog.map((c) => ({ key: c.key, value: opt(form[c.key] ?? '') }));
