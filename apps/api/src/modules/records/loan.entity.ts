import type { CustomFieldValue, LoanType } from '@odc/core';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity('loan')
export class LoanEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 36 })
  organizationId: string;

  @Column('varchar', { length: 36 })
  ownerId: string;

  @Column('varchar', { length: 36, nullable: true })
  borrowerId: string | null;

  @Column('varchar', { length: 100 })
  loanNumber: string;

  @Column('varchar', { length: 16 })
  loanType: LoanType;

  @Column('double', { nullable: true })
  amount: number | null;

  @Column('double', { nullable: true })
  interestRate: number | null;

  @Column('varchar', { length: 100, nullable: true })
  status: string | null;

  @Column('varchar', { length: 300, nullable: true })
  propertyAddress: string | null;

  @Column('varchar', { length: 10, nullable: true })
  closingDate: string | null;

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
