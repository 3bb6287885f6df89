import { ref } from 'vue';

/** The app's one short message ("Saved"), shown by App.vue's snackbar. */
export const notice = ref('');

/** Shows a short message after an action that moved the user elsewhere (a save, say). */
export function notify(text: string): void {
  notice.value = text;
}
