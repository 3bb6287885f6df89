import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import type { RunStatus } from '../gql/graphql';
import { ConnectorNamesQuery, RunsQuery } from '../graphql/runs';
import { useRunUpdates } from './useRunStatus';

/** A page of runs, newest first, filtered; statuses change live and new runs appear. */
export function useRuns(args: {
  page: Readonly<Ref<number>>;
  pageSize: Readonly<Ref<number>>;
  status: Readonly<Ref<RunStatus | null>>;
  connectorId: Readonly<Ref<string | null>>;
}) {
  const q = useQuery(RunsQuery, () => ({
    page: args.page.value,
    pageSize: args.pageSize.value,
    status: args.status.value,
    connectorId: args.connectorId.value,
  }));
  let pending: ReturnType<typeof setTimeout> | undefined;
  useRunUpdates(args.connectorId, (run) => {
    const shown = q.result.value?.runs.items.find((r) => r.id === run.id);
    // A shown run updates itself through the cache; a new run, or one that now matches
    // (or no longer matches) the status filter, means the page is asked again.
    if (shown && (!args.status.value || args.status.value === run.status)) return;
    clearTimeout(pending);
    pending = setTimeout(() => void q.refetch(), 200);
  });
  return {
    runs: computed(() => q.result.value?.runs),
    loading: q.loading,
    error: q.error,
    refetch: q.refetch,
  };
}

/** Connector names for the filter (only for roles that see connectors). */
export function useConnectorNames(enabled: Ref<boolean>) {
  const q = useQuery(ConnectorNamesQuery, null, () => ({ enabled: enabled.value }));
  return computed(() => q.result.value?.connectors.items ?? []);
}
