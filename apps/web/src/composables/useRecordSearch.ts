import { useQuery } from '@vue/apollo-composable';
import { computed, ref, type Ref } from 'vue';
import type { EntityType } from '../gql/graphql';
import { ContactsQuery, LoansQuery } from '../graphql/records';

/** Records to choose from (a test push's record): the first ten matching a search. */
export function useRecordSearch(entityType: Ref<EntityType>, enabled: Ref<boolean>) {
  const search = ref('');
  const vars = () => ({ search: search.value || null, page: 1, pageSize: 10 });
  const contacts = useQuery(ContactsQuery, vars, () => ({
    enabled: enabled.value && entityType.value === 'CONTACT',
    debounce: 250,
  }));
  const loans = useQuery(LoansQuery, vars, () => ({
    enabled: enabled.value && entityType.value === 'LOAN',
    debounce: 250,
  }));
  const items = computed(() =>
    entityType.value === 'CONTACT'
      ? (contacts.result.value?.contacts.items ?? []).map((c) => ({
          title: `${c.firstName} ${c.lastName}`,
          subtitle: c.email ?? '',
          value: c.id,
        }))
      : (loans.result.value?.loans.items ?? []).map((l) => ({
          title: `Loan ${l.loanNumber}`,
          subtitle: l.borrower ? `${l.borrower.firstName} ${l.borrower.lastName}` : l.loanType,
          value: l.id,
        })),
  );
  const loading = computed(() => contacts.loading.value || loans.loading.value);
  return { search, items, loading };
}
