/**
 * delivery.retryOn: the HTTP statuses worth another attempt when a success criterion fails, each
 * a code ("409") or a class ("5xx"). Any other status is final. Network errors and timeouts are
 * always retried; they have no status.
 */
export const DEFAULT_RETRY_ON: readonly string[] = ['408', '429', '5xx'];

/** "100" to "599", or "1xx" to "5xx" (lower case: the schema lower-cases input first). */
const RULE = /^[1-5](\d\d|xx)$/;

export const isStatusRule = (rule: string): boolean => RULE.test(rule);

/** Does one of the rules name this status, by its code or its class? */
export function retriesStatus(rules: readonly string[], status: number): boolean {
  const code = String(status);
  return rules.some((rule) => rule === code || (rule.endsWith('xx') && rule[0] === code[0]));
}
