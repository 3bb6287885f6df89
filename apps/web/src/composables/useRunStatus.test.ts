import { describe, expect, it } from 'vitest';
import { formatDuration, isFinal, prettyBody } from './useRunStatus';

describe('run status formatting', () => {
  it('formats durations and bodies, and knows the final statuses', () => {
    expect(formatDuration(340)).toBe('340 ms');
    expect(formatDuration(1234)).toBe('1.2 s');
    expect(prettyBody('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyBody('not json')).toBe('not json');
    expect(isFinal('SUCCESS')).toBe(true);
    expect(isFinal('RETRYING')).toBe(false);
  });
});
