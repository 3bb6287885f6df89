import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';
import { onBeforeRouteLeave, type RouteLocationRaw, useRouter } from 'vue-router';

/**
 * Typed work is not lost silently: leaving a form with unsaved changes, by a link, Back or the app's
 * own buttons, asks first (`asking` opens the form's "Discard your changes?" dialog); a reload or
 * closing the tab gets the browser's own question (beforeunload).
 */
export function useLeaveGuard(unsaved: Readonly<Ref<boolean>>) {
  const router = useRouter();
  const asking = ref(false);
  /** Where the user was going when asked; null: nowhere yet. */
  let pending: RouteLocationRaw | null = null;
  let allowed = false;

  onBeforeRouteLeave((to) => {
    if (allowed || !unsaved.value) return true;
    pending = to.fullPath;
    asking.value = true;
    return false;
  });

  /** Leave without asking (after a save, or once the user chose to discard). */
  async function leave(to?: RouteLocationRaw) {
    allowed = true;
    asking.value = false;
    const where = to ?? pending;
    pending = null;
    if (where) await router.push(where);
  }

  /** Go somewhere, asking first when there are unsaved changes. */
  function go(to: RouteLocationRaw) {
    void router.push(to);
  }

  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (allowed || !unsaved.value) return;
    e.preventDefault();
    e.returnValue = '';
  };
  onMounted(() => window.addEventListener('beforeunload', onBeforeUnload));
  onBeforeUnmount(() => window.removeEventListener('beforeunload', onBeforeUnload));

  return { asking, leave, go };
}
