import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { ConnectorAccess } from '../shared/access.js';

@Entity('role')
export class RoleEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 36 })
  organizationId: string;

  @Column('varchar', { length: 100 })
  name: string;

  /** roleNameKey(name): unique per organization, so names differ in more than case. */
  @Column('varchar', { length: 140 })
  nameKey: string;

  @Column('varchar', { length: 16 })
  connectorAccess: ConnectorAccess;

  @CreateDateColumn({ type: 'datetime', precision: 3 })
  createdAt: Date;
}
