import { useQuery, useSubscription } from '@vue/apollo-composable';
import { computed, watch, type Ref } from 'vue';
import type { RunFieldsFragment, RunStatus } from '../gql/graphql';
import { RunQuery, RunStatusChanged } from '../graphql/runs';

export const FINAL_STATUSES: readonly RunStatus[] = ['SUCCESS', 'FAILURE'];
export const isFinal = (s: RunStatus | null | undefined) => !!s && FINAL_STATUSES.includes(s);

/**
 * Live run updates (runStatusChanged, of one connector or of every run the user may see).
 * Each update lands in the normalized cache, so every view of that run changes by itself.
 */
export function useRunUpdates(
  connectorId: Readonly<Ref<string | null | undefined>> = computed(() => null),
  onRun?: (run: RunFieldsFragment) => void,
) {
  const sub = useSubscription(RunStatusChanged, () => ({ connectorId: connectorId.value ?? null }));
  sub.onResult((r) => {
    const run = r.data?.runStatusChanged;
    if (run && onRun) onRun(run);
  });
  return { error: sub.error };
}

/** While a run is open, how often it is asked again in case a live update was missed. */
export const OPEN_RUN_POLL_MS = 3000;

/**
 * One run, kept live by the cache; asked again when it ends so its attempts are complete. While
 * it is open it is also asked every few seconds: an update can be missed (a socket reconnecting)
 * or overtaken (a reply read before the run ended, arriving after the event that ended it).
 */
export function useRun(id: Ref<string | null | undefined>) {
  const q = useQuery(
    RunQuery,
    () => ({ id: id.value ?? '' }),
    () => ({ enabled: !!id.value, fetchPolicy: 'cache-and-network' }),
  );
  const run = computed(() => q.result.value?.run ?? null);
  watch(
    () => run.value?.status,
    (now, before) => {
      if (before && now !== before && isFinal(now)) void q.refetch();
    },
  );
  watch([q.query, () => run.value?.status], ([observed, now]) => {
    if (now && !isFinal(now)) observed?.startPolling(OPEN_RUN_POLL_MS);
    else observed?.stopPolling();
  });
  return { run, loading: q.loading, error: q.error, refetch: q.refetch };
}

/** "1.2 s", "340 ms". */
export function formatDuration(ms: number | null | undefined): string {
  if (ms == null) return '—';
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms} ms`;
}

/** A full date and time in the user's locale. */
export function formatDateTime(iso: string | null | undefined, locale?: string): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? '—'
    : new Intl.DateTimeFormat(locale ?? navigator.language, {
        dateStyle: 'medium',
        timeStyle: 'medium',
      }).format(d);
}

/** Pretty-prints JSON bodies; anything else as it came. */
export function prettyBody(body: string | null | undefined): string {
  if (body == null || body === '') return '';
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

export const TRIGGER_LABEL = {
  MANUAL: 'Manual',
  ON_CREATE: 'On creation',
  ON_UPDATE: 'On update',
  ON_DELETE: 'On deletion',
  TEST: 'Test',
  REPLAY: 'Replay',
  BULK: 'Bulk push',
} as const;
