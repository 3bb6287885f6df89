import { computed, ref, type Ref } from 'vue';

/** Has a form changed since it was loaded or saved? `markClean` takes its current value as the base. */
export function useDirty(form: Readonly<Ref<unknown>>) {
  const base = ref(JSON.stringify(form.value));
  const markClean = () => (base.value = JSON.stringify(form.value));
  return { dirty: computed(() => JSON.stringify(form.value) !== base.value), markClean };
}
