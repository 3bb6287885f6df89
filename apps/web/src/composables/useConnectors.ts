import { useMutation, useQuery, useSubscription } from '@vue/apollo-composable';
import { computed, ref, type Ref } from 'vue';
import {
  ConnectorChanged,
  ConnectorsQuery,
  PublishConnector,
  UnpublishConnector,
} from '../graphql/connectors';
import { errorMessage } from './errors';

/** One page of connector tiles, kept live by connectorChanged, with the On/Off switch. */
export function useConnectors(page: Ref<number>) {
  const { result, loading, error, refetch } = useQuery(ConnectorsQuery, () => ({
    page: page.value,
  }));
  const { onResult } = useSubscription(ConnectorChanged);
  // The cache normalizes Connector by id, so a changed tile updates itself; a new one or a
  // rename may move tiles between pages, so the page is asked again (coalesced).
  let pending: ReturnType<typeof setTimeout> | undefined;
  onResult((r) => {
    const changed = r.data?.connectorChanged;
    const shown = result.value?.connectors.items.find((c) => c.id === changed?.id);
    if (shown && shown.name === changed?.name) return;
    clearTimeout(pending);
    pending = setTimeout(() => void refetch(), 150);
  });
  const busyIds = ref<string[]>([]);
  const toggleError = ref('');
  const publish = useMutation(PublishConnector);
  const unpublish = useMutation(UnpublishConnector);

  async function toggle(id: string, published: boolean) {
    busyIds.value = [...busyIds.value, id];
    toggleError.value = '';
    try {
      await (published ? publish : unpublish).mutate({ id });
    } catch (e) {
      toggleError.value = errorMessage(e, 'The connector could not be switched');
    } finally {
      busyIds.value = busyIds.value.filter((b) => b !== id);
    }
  }

  const connectors = computed(() => result.value?.connectors);
  return { connectors, loading, error, busyIds, toggle, toggleError, refetch };
}
