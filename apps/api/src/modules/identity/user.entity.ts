import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('app_user')
export class UserEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 36 })
  organizationId: string;

  @Column('varchar', { length: 36 })
  roleId: string;

  /** Lower-cased; unique across organizations (login is by email). */
  @Column('varchar', { length: 254 })
  email: string;

  @Column('varchar', { length: 200 })
  name: string;

  @Column('varchar', { length: 255 })
  passwordHash: string;

  /** Tokens issued at or before this instant are refused; null: none so far. */
  @Column('datetime', { precision: 3, nullable: true })
  tokensValidAfter: Date | null;

  @CreateDateColumn({ type: 'datetime', precision: 3 })
  createdAt: Date;
}
