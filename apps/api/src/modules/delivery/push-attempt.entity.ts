import { Column, Entity, PrimaryColumn } from 'typeorm';

export type AttemptOutcome = 'SUCCESS' | 'RETRY' | 'FAILURE';

@Entity('push_attempt')
export class PushAttemptEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 36 })
  runId: string;

  @Column('int')
  attemptNumber: number;

  @Column('varchar', { length: 10 })
  outcome: AttemptOutcome;

  @Column('varchar', { length: 8, nullable: true })
  requestMethod: string | null;

  @Column('text', { nullable: true })
  requestUrl: string | null;

  @Column('text', { nullable: true })
  requestBody: string | null;

  @Column('int', { nullable: true })
  responseStatus: number | null;

  @Column('text', { nullable: true })
  responseBody: string | null;

  @Column('text', { nullable: true })
  error: string | null;

  /** What the connector's response mapping read from the response (the Result). */
  @Column('text', { nullable: true })
  responseValue: string | null;

  /** Why nothing was read although a mapping and a response exist. */
  @Column('text', { nullable: true })
  responseValueError: string | null;

  /** The connector version the attempt was pushed with. */
  @Column('int', { nullable: true })
  connectorVersion: number | null;

  /** The request headers as sent, credentials redacted (JSON, capped: attempt-headers.ts). */
  @Column('text', { nullable: true })
  requestHeaders: string | null;

  /** The response's headers (JSON, capped: attempt-headers.ts). */
  @Column('text', { nullable: true })
  responseHeaders: string | null;

  @Column('int')
  durationMs: number;

  @Column('datetime', { precision: 3 })
  startedAt: Date;

  @Column('datetime', { precision: 3 })
  finishedAt: Date;
}
