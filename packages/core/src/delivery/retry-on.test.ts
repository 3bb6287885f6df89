import { describe, expect, it } from 'vitest';
import { deliveryPolicySchema } from '../schema/connector.schema.js';
import { DEFAULT_RETRY_ON, isStatusRule, retriesStatus } from './retry-on.js';

describe('retryOn rules', () => {
  it('match a status by its code or its class', () => {
    expect(retriesStatus(['409', '5xx'], 409)).toBe(true);
    expect(retriesStatus(['409', '5xx'], 500)).toBe(true);
    expect(retriesStatus(['409', '5xx'], 599)).toBe(true);
    expect(retriesStatus(['409', '5xx'], 404)).toBe(false);
    expect(retriesStatus(['409', '5xx'], 410)).toBe(false);
    expect(retriesStatus([], 503)).toBe(false);
  });

  it('default to 408, 429 and every 5xx', () => {
    expect([408, 429, 500, 502, 503].every((s) => retriesStatus(DEFAULT_RETRY_ON, s))).toBe(true);
    expect([400, 401, 404, 409, 422].some((s) => retriesStatus(DEFAULT_RETRY_ON, s))).toBe(false);
  });

  it('accept codes 100-599 and classes 1xx-5xx only', () => {
    for (const ok of ['100', '409', '599', '1xx', '5xx']) expect(isStatusRule(ok)).toBe(true);
    for (const bad of ['099', '600', '6xx', '40', '4xxx', 'x', '', ' 409', '4XX'])
      expect(isStatusRule(bad)).toBe(false);
  });

  it('are checked by the delivery schema, naming the entry', () => {
    const parsed = deliveryPolicySchema.safeParse({ retryOn: ['409', '600', 'abc'] });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join('.'))).toEqual(['retryOn.1', 'retryOn.2']);
    expect(parsed.error!.issues[0]!.message).toMatch(/Retry on.*100 to 599.*1xx to 5xx/);
  });

  it('are trimmed, lower-cased and listed once; left out, the default', () => {
    expect(deliveryPolicySchema.parse({ retryOn: [' 5XX', '409', '5xx'] }).retryOn).toEqual([
      '5xx',
      '409',
    ]);
    expect(deliveryPolicySchema.parse({}).retryOn).toEqual(['408', '429', '5xx']);
    expect(deliveryPolicySchema.parse({}).pauseAfterFailures).toBeNull();
  });

  it('pauseAfterFailures is 1 to 1000 or null', () => {
    expect(deliveryPolicySchema.parse({ pauseAfterFailures: 20 }).pauseAfterFailures).toBe(20);
    for (const bad of [0, 1001, 2.5])
      expect(deliveryPolicySchema.safeParse({ pauseAfterFailures: bad }).success).toBe(false);
  });
});
