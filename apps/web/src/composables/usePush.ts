import { useMutation, useQuery, useSubscription } from '@vue/apollo-composable';
import { computed, ref } from 'vue';
import type { EntityType } from '../gql/graphql';
import { ConnectorChanged } from '../graphql/connectors';
import { PushConnectorsQuery, TriggerPush } from '../graphql/runs';
import { errorMessage } from './errors';
import { useRunUpdates } from './useRunStatus';

/** The connectors this user may push a record of this type with ("Push to …"). */
export function usePushConnectors(entityType: EntityType) {
  const q = useQuery(PushConnectorsQuery, { entityType });
  // Turned on or off, renamed, or roles changed elsewhere: the menu follows.
  useSubscription(ConnectorChanged).onResult(() => void q.refetch());
  return {
    connectors: computed(() => q.result.value?.pushConnectors ?? []),
    loading: q.loading,
    error: q.error,
  };
}

export interface TrackedPush {
  runId: string;
  connectorName: string;
  recordLabel: string;
}

/** Manual pushes started on this page, each followed live over runStatusChanged. */
export function usePush() {
  const pushes = ref<TrackedPush[]>([]);
  const error = ref('');
  useRunUpdates();
  const { mutate } = useMutation(TriggerPush);

  async function push(connector: { id: string; name: string }, recordId: string, label: string) {
    error.value = '';
    try {
      const res = await mutate({ connectorId: connector.id, recordId });
      const run = res?.data?.triggerPush;
      if (!run) throw new Error('The push could not start');
      pushes.value = [
        { runId: run.id, connectorName: connector.name, recordLabel: label },
        ...pushes.value,
      ].slice(0, 5);
    } catch (e) {
      error.value = errorMessage(e, 'The push could not start');
    }
  }
  /** A run started elsewhere (an automation after a save), followed like a manual push. */
  function track(runId: string, connectorName: string, label: string) {
    if (pushes.value.some((p) => p.runId === runId)) return;
    pushes.value = [{ runId, connectorName, recordLabel: label }, ...pushes.value].slice(0, 5);
  }
  const dismiss = (runId: string) => {
    pushes.value = pushes.value.filter((p) => p.runId !== runId);
  };
  return { pushes, error, push, track, dismiss };
}

/**
 * True once when the page was opened by a record form's save (router state `saved`): the state is
 * cleared at once, so a reload or a return through Back shows no cards again.
 */
export function arrivedFromSave(): boolean {
  const state = window.history.state as Record<string, unknown> | null;
  if (state?.saved !== true) return false;
  window.history.replaceState({ ...state, saved: false }, '');
  return true;
}
