import { useMutation, useQuery, useSubscription } from '@vue/apollo-composable';
import { computed, ref, type Ref } from 'vue';
import {
  ConnectorChanged,
  ConnectorsQuery,
  PublishConnector,
  UnpublishConnector,
} from '../graphql/connectors';

/** One page of connector tiles, kept live by connectorChanged, with the On/Off switch. */
export function useConnectors(page: Ref<number>) {
  const { result, loading, error, refetch } = useQuery(ConnectorsQuery, () => ({
    page: page.value,
  }));
  const { onResult } = useSubscription(ConnectorChanged);
  // The cache normalizes Connector by id, so a changed tile updates itself; a rename may move it.
  onResult(() => void refetch());
  const busyIds = ref<string[]>([]);
  const publish = useMutation(PublishConnector);
  const unpublish = useMutation(UnpublishConnector);

  async function toggle(id: string, published: boolean) {
    busyIds.value = [...busyIds.value, id];
    try {
      await (published ? publish : unpublish).mutate({ id });
    } finally {
      busyIds.value = busyIds.value.filter((b) => b !== id);
    }
  }

  const connectors = computed(() => result.value?.connectors);
  return { connectors, loading, error, busyIds, toggle };
}
