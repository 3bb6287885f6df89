import type { Client } from './client.js';
import { waitFor } from './target.js';

export interface EndedRun {
  status: string;
  error: string | null;
  requestBody: string | null;
}

/** Polls a run until it is SUCCESS or FAILURE; its status, error and request body. */
export function runEnded(client: Client, id: string, label = 'run ends'): Promise<EndedRun> {
  return waitFor(
    async () => {
      const { run } = await client.ok(
        `query($id: ID!) { run(id: $id) { status error requestBody } }`,
        { id },
      );
      const r = run as EndedRun;
      return r.status === 'SUCCESS' || r.status === 'FAILURE' ? r : null;
    },
    10_000,
    label,
  );
}
