import type { EntityType, FieldType } from '@odc/core';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('custom_field')
export class CustomFieldEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 36 })
  organizationId: string;

  @Column('varchar', { length: 8 })
  entityType: EntityType;

  @Column('varchar', { length: 64 })
  fieldKey: string;

  @Column('varchar', { length: 200 })
  label: string;

  @Column('varchar', { length: 8 })
  type: FieldType;

  @CreateDateColumn({ type: 'datetime', precision: 3 })
  createdAt: Date;
}
