import { ref } from 'vue';

const KEY = 'odc.token';
const current = ref<string | null>(localStorage.getItem(KEY));

/** The bearer token from login, kept in localStorage and reactive for the views. */
export const authToken = {
  get: (): string | null => current.value,
  set: (token: string) => {
    localStorage.setItem(KEY, token);
    current.value = token;
  },
  clear: () => {
    localStorage.removeItem(KEY);
    current.value = null;
  },
};

export function authHeaders(token: string | null): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}
