import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import type { RunFieldsFragment, RunFilter } from '../gql/graphql';
import { ConnectorStatsQuery, SearchRunsQuery } from '../graphql/history';
import { useRunUpdates } from './useRunStatus';

/**
 * A page of searchRuns, newest first. Live: a shown run updates itself through the cache; any
 * other run that changes (a new one, one that now matches or no longer does) asks the page again.
 */
export function useRunSearch(args: {
  filter: Readonly<Ref<RunFilter>>;
  page: Readonly<Ref<number>>;
  pageSize: Readonly<Ref<number>>;
  enabled?: Readonly<Ref<boolean>>;
  /** Each run change seen live that concerns this search's record, if it has one. */
  onRun?: (run: RunFieldsFragment) => void;
}) {
  const q = useQuery(
    SearchRunsQuery,
    () => ({ filter: args.filter.value, page: args.page.value, pageSize: args.pageSize.value }),
    () => ({ enabled: args.enabled?.value ?? true }),
  );
  let pending: ReturnType<typeof setTimeout> | undefined;
  useRunUpdates(
    computed(() => args.filter.value.connectorId ?? null),
    (run) => {
      const f = args.filter.value;
      if (f.recordId && run.recordId !== f.recordId) return;
      args.onRun?.(run);
      const shown = q.result.value?.searchRuns.items.find((r) => r.id === run.id);
      if (shown && (!f.status || f.status === run.status)) return;
      clearTimeout(pending);
      pending = setTimeout(() => void q.refetch(), 200);
    },
  );
  return {
    runs: computed(() => q.result.value?.searchRuns),
    loading: q.loading,
    error: q.error,
    refetch: q.refetch,
  };
}

/** A connector's daily figures, asked again (at most every 2 s) while its runs change. */
export function useConnectorStats(connectorId: Readonly<Ref<string>>, days = 14) {
  const q = useQuery(ConnectorStatsQuery, () => ({ id: connectorId.value, days }));
  let pending: ReturnType<typeof setTimeout> | undefined;
  useRunUpdates(connectorId, () => {
    if (pending) return;
    pending = setTimeout(() => {
      pending = undefined;
      void q.refetch();
    }, 2000);
  });
  return {
    days: computed(() => q.result.value?.connector?.stats ?? []),
    loading: q.loading,
    error: q.error,
  };
}
