import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A connector's signing secrets, apart from its definition (so never in a copy of it): made by
 * the first save with Sign pushes on, kept when signing is turned off, replaced by a rotation.
 */
@Entity('connector_signing')
export class ConnectorSigningEntity {
  @PrimaryColumn('varchar', { length: 36 })
  connectorId: string;

  /** AES-256-GCM sealed "whsec_…" (infra/secrets.ts). */
  @Column('text')
  secret: string;

  @Column('datetime', { precision: 3 })
  createdAt: Date;

  /** The secret before the last rotation, sealed; it signs too until previousExpiresAt. */
  @Column('text', { nullable: true })
  previousSecret: string | null;

  @Column('datetime', { precision: 3, nullable: true })
  previousExpiresAt: Date | null;
}
