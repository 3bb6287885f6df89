import type { Client } from './client.js';
import { waitFor } from './target.js';

/** A bulk job's state as the tests read it. */
export const JOB = `query($id: ID!) { bulkJob(id: $id) { id status total queued succeeded failed finishedAt } }`;

export interface JobState {
  id: string;
  status: string;
  total: number;
  queued: number;
  succeeded: number;
  failed: number;
}

/** Waits until the job is no longer RUNNING and every run it made is final. */
export const settled = (c: Client, id: string, timeoutMs = 60_000): Promise<JobState> =>
  waitFor(
    async () => {
      const j = (await c.ok(JOB, { id })).bulkJob as JobState;
      return j.status !== 'RUNNING' && j.succeeded + j.failed === j.queued ? j : null;
    },
    timeoutMs,
    `bulk job ${id} settled`,
  );
