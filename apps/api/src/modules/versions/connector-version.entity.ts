import type { AutomationTrigger, EntityType, StoredDefinition } from '@odc/core';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { storedDefinitionColumn } from '../connectors/connector-definition.js';

/** A connector's setup as one save or restore left it: the connector row's own columns, copied. */
@Entity('connector_version')
export class ConnectorVersionEntity {
  @PrimaryColumn('varchar', { length: 36 })
  connectorId: string;

  @PrimaryColumn('int')
  version: number;

  @Column('varchar', { length: 36 })
  organizationId: string;

  @Column('varchar', { length: 100 })
  name: string;

  @Column('varchar', { length: 8 })
  entityType: EntityType;

  @Column('simple-json')
  automationTriggers: AutomationTrigger[];

  @Column('simple-json')
  roleIds: string[];

  /** As stored on the connector: upgraded and checked by core's schema when read. */
  @Column('simple-json', { transformer: storedDefinitionColumn })
  definition: StoredDefinition;

  /** Sealed as on the connector (AES-256-GCM; MEDIUMTEXT on MySQL, as there); null when none. */
  @Column('text', { nullable: true })
  secrets: string | null;

  @Column('datetime', { precision: 3 })
  savedAt: Date;

  @Column('varchar', { length: 36, nullable: true })
  savedById: string | null;
}
