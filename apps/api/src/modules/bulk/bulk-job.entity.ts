import { Column, Entity, PrimaryColumn } from 'typeorm';

export const BULK_JOB_KINDS = ['PUSH', 'REPLAY'] as const;
export type BulkJobKind = (typeof BULK_JOB_KINDS)[number];
export const BULK_JOB_STATUSES = ['RUNNING', 'DONE', 'CANCELLED'] as const;
export type BulkJobStatus = (typeof BULK_JOB_STATUSES)[number];

/** What a job selects: a bulk push's record filter, or a replay's time window. */
export interface BulkSelection {
  search?: string | null;
  /** ISO-8601 */
  updatedSince?: string | null;
  from?: string;
  to?: string;
}

@Entity('bulk_job')
export class BulkJobEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 36 })
  organizationId: string;

  @Column('varchar', { length: 36 })
  connectorId: string;

  @Column('varchar', { length: 8 })
  kind: BulkJobKind;

  @Column('varchar', { length: 10 })
  status: BulkJobStatus;

  @Column('simple-json')
  selection: BulkSelection;

  /** Records (PUSH) or runs (REPLAY) selected when the job began. */
  @Column('int')
  total: number;

  /** Runs made so far: written with the cursor, in the commit that inserts them. */
  @Column('int')
  queued: number;

  /** Final counts, once settled (DONE, or CANCELLED with every run final). */
  @Column('int')
  succeeded: number;

  @Column('int')
  failed: number;

  @Column('boolean')
  settled: boolean;

  /** The last record (PUSH) or run (REPLAY) id that has its run: the keyset cursor. */
  @Column('varchar', { length: 64, nullable: true })
  cursorKey: string | null;

  /** Every selected item has its run. */
  @Column('boolean')
  exhausted: boolean;

  /** The process driving the job, until leaseUntil (renewed while it lives). */
  @Column('varchar', { length: 36, nullable: true })
  leaseOwner: string | null;

  @Column('datetime', { precision: 3, nullable: true })
  leaseUntil: Date | null;

  @Column('varchar', { length: 36 })
  createdById: string;

  @Column('datetime', { precision: 3 })
  createdAt: Date;

  @Column('datetime', { precision: 3, nullable: true })
  finishedAt: Date | null;
}
