import type { CustomFieldValue } from '@odc/core';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity('contact')
export class ContactEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 36 })
  organizationId: string;

  @Column('varchar', { length: 36 })
  ownerId: string;

  @Column('varchar', { length: 200 })
  firstName: string;

  @Column('varchar', { length: 200 })
  lastName: string;

  @Column('varchar', { length: 254, nullable: true })
  email: string | null;

  @Column('varchar', { length: 50, nullable: true })
  phone: string | null;

  @Column('varchar', { length: 300, nullable: true })
  address: string | null;

  @Column('varchar', { length: 300, nullable: true })
  address2: string | null;

  @Column('varchar', { length: 100, nullable: true })
  city: string | null;

  @Column('varchar', { length: 100, nullable: true })
  state: string | null;

  @Column('varchar', { length: 20, nullable: true })
  zipCode: string | null;

  @Column('varchar', { length: 10, nullable: true })
  birthday: string | null;

  @Column('varchar', { length: 10, nullable: true })
  anniversary: string | null;

  @Column('int', { nullable: true })
  activityRating: number | null;

  @Column('text', { nullable: true })
  additionalInfo: string | null;

  /** By name; connectors match it to the target's lead sources. */
  @Column('varchar', { length: 100, nullable: true })
  leadSource: string | null;

  @Column('simple-json')
  customFields: CustomFieldValue[];

  /** +1 on every change (row-locked): orders the record's pushes. */
  @Column('int', { default: 0 })
  version: number;

  @CreateDateColumn({ type: 'datetime', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'datetime', precision: 3 })
  updatedAt: Date;
}
