import type { AutomationTrigger, EntityType, RunStatus, StoredDefinition } from '@odc/core';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { storedDefinitionColumn } from './connector-definition.js';

@Entity('connector')
export class ConnectorEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 36 })
  organizationId: string;

  @Column('varchar', { length: 100 })
  name: string;

  /** Lower-cased name: unique per organization and the sort key. */
  @Column('varchar', { length: 100 })
  nameKey: string;

  @Column('varchar', { length: 8 })
  entityType: EntityType;

  @Column('simple-json')
  automationTriggers: AutomationTrigger[];

  @Column('simple-json')
  roleIds: string[];

  /** The definition without its secrets, versioned: read through core's upgrades and schema. */
  @Column('simple-json', { transformer: storedDefinitionColumn })
  definition: StoredDefinition;

  /** AES-256-GCM sealed JSON of passcode, clientSecret and tokenRequestBody; null when none. */
  @Column('text', { nullable: true })
  secrets: string | null;

  @Column('boolean')
  published: boolean;

  @Column('datetime', { precision: 3, nullable: true })
  lastRunAt: Date | null;

  @Column('varchar', { length: 10, nullable: true })
  lastRunStatus: RunStatus | null;

  /** 1 for the first save, one more for each later save or restore (connector_version rows). */
  @Column('int', { default: 1 })
  version: number;

  /** Why it turned itself off (delivery.pauseAfterFailures); publishing clears it. */
  @Column('text', { nullable: true })
  pausedReason: string | null;

  /** Final FAILURE runs in a row (test runs aside), kept in each run's final commit. */
  @Column('int', { default: 0 })
  failureStreak: number;

  @Column('datetime', { precision: 3 })
  createdAt: Date;

  @Column('datetime', { precision: 3 })
  updatedAt: Date;
}
