import { describe, expect, it } from 'vitest';
import { rowId } from './row-id.js';

describe('rowId', () => {
  it('sorts in the order made, within a millisecond too: new rows append to the index', () => {
    const ids = Array.from({ length: 10_000 }, () => rowId());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(
      ids.every((id) =>
        /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id),
      ),
    ).toBe(true);
  });
});
