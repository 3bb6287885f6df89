import { describe, expect, it } from 'vitest';
import { storedDefinition } from '../../../test/helpers/fixtures.js';
import type { ConnectorEntity } from '../connectors/connector.entity.js';
import { staleAfterMs } from './worker.js';

const withTimeout = (timeoutMs: number) => {
  const definition = storedDefinition();
  return {
    definition: { ...definition, delivery: { ...definition.delivery, timeoutMs } },
  } as ConnectorEntity;
};

describe('staleAfterMs', () => {
  it("is the connector's request timeout and 3 s more", () => {
    expect(staleAfterMs(withTimeout(1_000))).toBe(4_000);
    expect(staleAfterMs(withTimeout(30_000))).toBe(33_000);
  });

  it('is 63 s when the connector is gone', () => {
    expect(staleAfterMs(null)).toBe(63_000);
  });
});
