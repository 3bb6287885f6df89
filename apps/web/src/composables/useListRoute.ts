import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';

/** Search, page and page size kept in the URL, so a list can be linked and goes back right. */
export function useListRoute(defaultPageSize = 25) {
  const route = useRoute();
  const router = useRouter();
  const set = (patch: Record<string, string | undefined>) =>
    void router.replace({ query: { ...route.query, ...patch } });
  const search = computed({
    get: () => (typeof route.query.q === 'string' ? route.query.q : ''),
    set: (q: string) => set({ q: q || undefined, page: undefined }),
  });
  const page = computed({
    get: () => Math.max(1, Number(route.query.page) || 1),
    set: (p: number) => set({ page: p > 1 ? String(p) : undefined }),
  });
  const pageSize = computed({
    get: () => Number(route.query.size) || defaultPageSize,
    set: (s: number) => set({ size: String(s), page: undefined }),
  });
  return { search, page, pageSize };
}
