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

  it('drops a second job for a run waiting or running, unless it is unique', async () => {
    const queue = new InProcessQueue(1, pino({ level: 'silent' }));
    const calls: string[] = [];
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    queue.start(async (job) => {
      calls.push(job.runId);
      if (job.runId === 'a' && calls.length === 1) await held;
    });
    await queue.enqueue('a'); // running, held
    await queue.enqueue('b'); // waiting
    await queue.enqueue('a'); // running: dropped
    await queue.enqueue('b'); // waiting: dropped
    await queue.enqueue('a', { unique: true }); // kept
    release();
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toEqual(['a', 'b', 'a']);
    await queue.enqueue('a'); // nothing of run a is waiting or running any more
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toEqual(['a', 'b', 'a', 'a']);
    await queue.stop();
  });
});
