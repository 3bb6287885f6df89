import { ref } from 'vue';
import type { Router } from 'vue-router';

/** Shown only when a navigation takes longer than this (a page's code loading, say). */
export const PROGRESS_DELAY_MS = 120;

/** True while an in-app navigation is under way and has taken more than PROGRESS_DELAY_MS. */
export function useNavigationProgress(router: Router) {
  const navigating = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const done = () => {
    clearTimeout(timer);
    navigating.value = false;
  };
  router.beforeEach(() => {
    clearTimeout(timer);
    timer = setTimeout(() => (navigating.value = true), PROGRESS_DELAY_MS);
  });
  router.afterEach(done);
  router.onError(done);
  return navigating;
}
