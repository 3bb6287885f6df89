import { useSubscription } from '@vue/apollo-composable';
import { ref, watch } from 'vue';
import { ConnectorChanged } from '../graphql/connectors';

interface Shown {
  id: string;
  name: string;
  pausedReason?: string | null;
}

/**
 * Live word when a connector on the page turns itself off (delivery.pauseAfterFailures). Only a
 * change seen as it happens counts: a connector that was paused when the page loaded says so on
 * its own (the tile's chip, the page's banner).
 */
export function usePauseNotice(shown: () => readonly Shown[] | undefined) {
  /** The reason each connector on the page had when last seen; null: not paused. */
  const known = new Map<string, string | null>();
  watch(
    shown,
    (items) => {
      for (const c of items ?? []) if (!known.has(c.id)) known.set(c.id, c.pausedReason ?? null);
    },
    { immediate: true },
  );
  const notice = ref<{ id: string; name: string; reason: string } | null>(null);
  const { onResult } = useSubscription(ConnectorChanged);
  onResult((r) => {
    const c = r.data?.connectorChanged;
    if (!c || !known.has(c.id)) return;
    const before = known.get(c.id);
    known.set(c.id, c.pausedReason ?? null);
    if (c.pausedReason && before === null)
      notice.value = { id: c.id, name: c.name, reason: c.pausedReason };
  });
  return notice;
}
