import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, ref, type Ref } from 'vue';
import type { ContactInput, EntityType, LoanInput } from '../gql/graphql';
import {
  ContactQuery,
  ContactsQuery,
  CreateContact,
  CreateLoan,
  CustomFieldsQuery,
  DeleteContact,
  DeleteLoan,
  LoanQuery,
  LoansQuery,
  UpdateContact,
  UpdateLoan,
} from '../graphql/records';
import { errorMessage, fieldIssues } from './errors';

interface ListArgs {
  search: Ref<string>;
  page: Ref<number>;
  pageSize: Ref<number>;
}

const listVars = ({ search, page, pageSize }: ListArgs) => ({
  search: search.value.trim() || null,
  page: page.value,
  pageSize: pageSize.value,
});

export function useContactList(args: ListArgs) {
  const q = useQuery(ContactsQuery, () => listVars(args), { debounce: 200 });
  return {
    page: computed(() => q.result.value?.contacts),
    loading: q.loading,
    error: q.error,
    refetch: q.refetch,
  };
}

export function useLoanList(args: ListArgs) {
  const q = useQuery(LoansQuery, () => listVars(args), { debounce: 200 });
  return {
    page: computed(() => q.result.value?.loans),
    loading: q.loading,
    error: q.error,
    refetch: q.refetch,
  };
}

export function useContact(id: Ref<string | undefined>) {
  const q = useQuery(
    ContactQuery,
    () => ({ id: id.value ?? '' }),
    () => ({ enabled: !!id.value }),
  );
  return {
    contact: computed(() => q.result.value?.contact ?? null),
    loading: q.loading,
    error: q.error,
    notFound: computed(() => !q.loading.value && q.result.value?.contact === null),
  };
}

export function useLoan(id: Ref<string | undefined>) {
  const q = useQuery(
    LoanQuery,
    () => ({ id: id.value ?? '' }),
    () => ({ enabled: !!id.value }),
  );
  return {
    loan: computed(() => q.result.value?.loan ?? null),
    loading: q.loading,
    error: q.error,
    notFound: computed(() => !q.loading.value && q.result.value?.loan === null),
  };
}

/** The organization's custom fields of an entity type (the catalog's custom entries). */
export function useCustomFields(entityType: EntityType) {
  const q = useQuery(CustomFieldsQuery, { entityType }, { fetchPolicy: 'cache-first' });
  const prefix = `${entityType === 'CONTACT' ? 'contact' : 'loan'}.custom.`;
  return computed(() =>
    (q.result.value?.fieldCatalog ?? [])
      .filter((f) => f.custom)
      .map((f) => ({ ...f, key: f.key.startsWith(prefix) ? f.key.slice(prefix.length) : f.key })),
  );
}

/** Save and delete with the server's field errors kept for the form. */
function useSaving() {
  const errors = ref<Record<string, string>>({});
  const error = ref('');
  async function run<T>(action: () => Promise<T>): Promise<T | null> {
    errors.value = {};
    error.value = '';
    try {
      return await action();
    } catch (e) {
      for (const i of fieldIssues(e)) errors.value[i.path] ??= i.message;
      error.value = errorMessage(e, 'Saving failed');
      return null;
    }
  }
  return { errors, error, run };
}

export function useContactMutations() {
  const create = useMutation(CreateContact, { refetchQueries: ['Contacts'] });
  const update = useMutation(UpdateContact);
  const remove = useMutation(DeleteContact, { refetchQueries: ['Contacts'] });
  const s = useSaving();
  return {
    errors: s.errors,
    error: s.error,
    saving: computed(() => create.loading.value || update.loading.value),
    deleting: remove.loading,
    save: (id: string | undefined, input: ContactInput) =>
      s.run(async () => {
        const r = id
          ? (await update.mutate({ id, input }))?.data?.updateContact
          : (await create.mutate({ input }))?.data?.createContact;
        if (!r) throw new Error('Saving failed');
        return r.id;
      }),
    remove: (id: string) => s.run(async () => !!(await remove.mutate({ id }))?.data?.deleteContact),
  };
}

export function useLoanMutations() {
  const create = useMutation(CreateLoan, { refetchQueries: ['Loans'] });
  const update = useMutation(UpdateLoan);
  const remove = useMutation(DeleteLoan, { refetchQueries: ['Loans'] });
  const s = useSaving();
  return {
    errors: s.errors,
    error: s.error,
    saving: computed(() => create.loading.value || update.loading.value),
    deleting: remove.loading,
    save: (id: string | undefined, input: LoanInput) =>
      s.run(async () => {
        const r = id
          ? (await update.mutate({ id, input }))?.data?.updateLoan
          : (await create.mutate({ input }))?.data?.createLoan;
        if (!r) throw new Error('Saving failed');
        return r.id;
      }),
    remove: (id: string) => s.run(async () => !!(await remove.mutate({ id }))?.data?.deleteLoan),
  };
}

export const LOAN_TYPE_LABEL = {
  MORTGAGE: 'Mortgage',
  AUTO: 'Auto',
  PERSONAL: 'Personal',
  STUDENT: 'Student',
  OTHER: 'Other',
} as const;

export function formatMoney(n: number | null | undefined, locale?: string): string {
  if (n == null) return '—';
  return new Intl.NumberFormat(locale ?? navigator.language, {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  }).format(n);
}

/** A YYYY-MM-DD day in the user's locale (no time zone shift). */
export function formatDay(day: string | null | undefined, locale?: string): string {
  if (!day) return '—';
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(locale ?? navigator.language, {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
