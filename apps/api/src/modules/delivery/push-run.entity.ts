import type { EntityType, HttpMethod, RecordValues, RunStatus } from '@odc/core';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RunTrigger } from '../shared/enums.js';

@Entity('push_run')
export class PushRunEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 36 })
  organizationId: string;

  @Column('varchar', { length: 36 })
  connectorId: string;

  @Column('varchar', { length: 10 })
  runTrigger: RunTrigger;

  @Column('varchar', { length: 8 })
  entityType: EntityType;

  @Column('varchar', { length: 64 })
  recordId: string;

  /** Owner of the record at trigger time (null for a sample record): decides who sees the run. */
  @Column('varchar', { length: 36, nullable: true })
  recordOwnerId: string | null;

  /** The record's version this run pushes: runs of one record go out in this order. */
  @Column('int', { default: 0 })
  recordVersion: number;

  @Column('varchar', { length: 36, nullable: true })
  initiatedById: string | null;

  @Column('varchar', { length: 10 })
  status: RunStatus;

  @Column('int')
  attempts: number;

  @Column('varchar', { length: 8, nullable: true })
  requestMethod: HttpMethod | null;

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

  /** The connector version this (last) attempt was pushed with. */
  @Column('int', { nullable: true })
  connectorVersion: number | null;

  @Column('int', { nullable: true })
  durationMs: number | null;

  /** The record's placeholder values at trigger time: retries and deletes push this state. */
  @Column('simple-json')
  snapshot: RecordValues;

  @Column('datetime', { precision: 3, nullable: true })
  nextAttemptAt: Date | null;

  @Column('datetime', { precision: 3, nullable: true })
  startedAt: Date | null;

  /** The bulk lane's claim that took this run (RunBatchStatements.claimMany); null otherwise. */
  @Column('varchar', { length: 36, nullable: true })
  claimId: string | null;

  @Column('datetime', { precision: 3 })
  createdAt: Date;

  @Column('datetime', { precision: 3, nullable: true })
  finishedAt: Date | null;

  /** The run this one replays (trigger REPLAY). */
  @Column('varchar', { length: 36, nullable: true })
  replayOfId: string | null;

  /** The bulk job that made this run, and its item there (record id, or replayed run id). */
  @Column('varchar', { length: 36, nullable: true })
  bulkJobId: string | null;

  @Column('varchar', { length: 64, nullable: true })
  bulkKey: string | null;
}
