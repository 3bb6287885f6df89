import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { InProcessQueue } from './in-process.js';
import type { RunJob } from './queue.js';

describe('InProcessQueue', () => {
  it('runs a job again, as redelivered, after its handler failed', async () => {
    const queue = new InProcessQueue(4, pino({ level: 'silent' }));
    const calls: RunJob[] = [];
    const twice = new Promise<void>((resolve) =>
      queue.start(async (job) => {
        calls.push(job);
        if (calls.length === 1) throw new Error('database unreachable');
        resolve();
      }),
    );
    await queue.enqueue('run-1');
    await twice;
    expect(calls).toEqual([
      { runId: 'run-1', reserved: false, redelivered: false },
      { runId: 'run-1', reserved: false, redelivered: true },
    ]);
    await queue.stop();
  });
});
