import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface MetricSources {
  /** Runs in the database by status (all processes). */
  runCounts(): Promise<{ status: string; count: number }[]>;
  /** Jobs waiting, delayed or active in the queue. */
  queueDepth(): Promise<number>;
}

/** Prometheus metrics of one process, on their own registry (served at /metrics). */
export class Metrics {
  readonly registry = new Registry();
  /** Status changes this process made (RUNNING, RETRYING, SUCCESS, FAILURE). */
  readonly runTransitions: Counter<'status'>;
  readonly attemptSeconds: Histogram<'outcome'>;
  readonly tokenFetches: Counter;
  /** Overdue open runs the sweep queued again (each one an enqueue that was lost or late). */
  readonly runsSwept: Counter;

  constructor(sources: MetricSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'odc_runs',
      help: 'Push runs in the database by status',
      labelNames: ['status'],
      registers,
      async collect() {
        this.reset();
        for (const { status, count } of await sources.runCounts()) this.set({ status }, count);
      },
    });
    new Gauge({
      name: 'odc_queue_depth',
      help: 'Push jobs waiting, delayed or running',
      registers,
      async collect() {
        this.set(await sources.queueDepth());
      },
    });
    this.runTransitions = new Counter({
      name: 'odc_run_transitions_total',
      help: 'Run status changes made by this process',
      labelNames: ['status'],
      registers,
    });
    this.attemptSeconds = new Histogram({
      name: 'odc_push_attempt_duration_seconds',
      help: 'Duration of push attempts (the HTTP exchange) by outcome',
      labelNames: ['outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    });
    this.tokenFetches = new Counter({
      name: 'odc_token_fetches_total',
      help: 'Access tokens fetched from token endpoints (Token and OAuth 2.0 authentication)',
      registers,
    });
    this.runsSwept = new Counter({
      name: 'odc_runs_swept_total',
      help: 'Overdue open runs this process queued again (an enqueue or hand-off was lost)',
      registers,
    });
  }
}
