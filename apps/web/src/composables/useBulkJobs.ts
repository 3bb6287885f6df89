import { useQuery, useSubscription } from '@vue/apollo-composable';
import { computed, watch, type Ref } from 'vue';
import type { BulkJobFieldsFragment } from '../gql/graphql';
import { BulkJobChanged, BulkJobsQuery } from '../graphql/bulk';

/** A job whose runs are not all final yet (RUNNING, or CANCELLED with runs still going). */
export const isOpen = (j: BulkJobFieldsFragment) =>
  j.status === 'RUNNING' || j.succeeded + j.failed < j.queued;

/**
 * A connector's bulk jobs, newest first. The newest open one follows bulkJobChanged (its events
 * land in the cache); while any is open the list is also asked again every few seconds.
 */
export function useBulkJobs(connectorId: Readonly<Ref<string>>) {
  const q = useQuery(
    BulkJobsQuery,
    () => ({ connectorId: connectorId.value, page: 1, pageSize: 10 }),
    { fetchPolicy: 'cache-and-network' },
  );
  const jobs = computed(() => q.result.value?.bulkJobs.items ?? []);
  const live = computed(() => jobs.value.find(isOpen) ?? null);
  useSubscription(
    BulkJobChanged,
    () => ({ id: live.value?.id ?? '' }),
    () => ({ enabled: !!live.value }),
  );
  watch([q.query, () => !!live.value], ([observed, open]) => {
    if (open) observed?.startPolling(3000);
    else observed?.stopPolling();
  });
  return { jobs, loading: q.loading, error: q.error, refetch: q.refetch };
}
