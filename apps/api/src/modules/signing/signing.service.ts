import { newSigningSecret, SIGNING_OVERLAP_MS, type SigningKeys } from '@odc/core';
import type { DataSource, EntityManager } from 'typeorm';
import { transaction } from '../../db/transactions.js';
import { appliedMarker, markAnswerSecret, takeReplay } from '../../infra/idempotency/scope.js';
import type { SecretBox } from '../../infra/secrets.js';
import type { ConnectorService } from '../connectors/connector.service.js';
import { canManage, type Viewer } from '../identity/access.js';
import { conflict, forbidden, isDuplicateKey, notFound } from '../shared/errors.js';
import { TtlCache } from '../shared/ttl-cache.js';
import { ConnectorSigningEntity } from './signing.entity.js';

/** Makes the connector's signing secret unless it has one: the first save with signing on. */
export async function ensureSigningSecret(
  m: EntityManager,
  box: SecretBox,
  connectorId: string,
): Promise<void> {
  if (await m.existsBy(ConnectorSigningEntity, { connectorId })) return;
  const row = Object.assign(new ConnectorSigningEntity(), {
    connectorId,
    secret: box.seal(newSigningSecret()),
    createdAt: new Date(),
    previousSecret: null,
    previousExpiresAt: null,
  });
  try {
    await m.insert(ConnectorSigningEntity, row);
  } catch (e) {
    if (!isDuplicateKey(e)) throw e; // a concurrent save made it
  }
}

/** Reading, rotating and (for the worker) opening signing secrets. */
export class SigningService {
  /** The worker's lookups: a rotation elsewhere counts within a second. */
  private readonly cache = new TtlCache<string, SigningKeys | null>(1000);

  constructor(
    private readonly ds: DataSource,
    private readonly box: SecretBox,
    private readonly connectors: ConnectorService,
    private readonly now: () => number = Date.now,
  ) {}

  /** Rows of these connectors (Connector.signing). */
  async rows(connectorIds: readonly string[]): Promise<(ConnectorSigningEntity | null)[]> {
    const rows = await this.ds
      .getRepository(ConnectorSigningEntity)
      .createQueryBuilder('s')
      .where('s.connectorId IN (:...ids)', { ids: [...connectorIds] })
      .getMany();
    const byId = new Map(rows.map((r) => [r.connectorId, r]));
    return connectorIds.map((id) => byId.get(id) ?? null);
  }

  /** The secrets that sign a push now, opened; null when the connector has none. */
  keys(connectorId: string): Promise<SigningKeys | null> {
    return this.cache.getOrLoad(connectorId, async () => {
      const row = await this.ds.getRepository(ConnectorSigningEntity).findOneBy({ connectorId });
      return row && this.open(row);
    });
  }

  /** The current secret (MANAGE only); null when signing was never on. */
  async secret(viewer: Viewer, connectorId: string): Promise<string | null> {
    await this.managed(viewer, connectorId);
    const row = await this.ds.getRepository(ConnectorSigningEntity).findOneBy({ connectorId });
    return row && this.box.open(row.secret);
  }

  /**
   * A new secret at once; the current one becomes the previous, signing too for 24 hours (a
   * previous one still in its overlap is dropped). Allowed while published; CONFLICT when
   * signing is off. Its answer is never kept with an Idempotency-Key: a repeat of a rotation that
   * was saved answers with the current secret and does not rotate again.
   */
  async rotate(viewer: Viewer, connectorId: string): Promise<string> {
    const connector = await this.managed(viewer, connectorId);
    if (!connector.definition.signPushes)
      throw conflict('Signing is off: turn on Sign pushes and save the connector first');
    markAnswerSecret();
    const repo = this.ds.getRepository(ConnectorSigningEntity);
    if (takeReplay()) {
      const row = await repo.findOneBy({ connectorId });
      if (row) return this.box.open(row.secret);
    }
    const secret = newSigningSecret();
    await transaction(this.ds, async (m) => {
      const row = await m.findOneBy(ConnectorSigningEntity, { connectorId });
      const now = this.now();
      const next = {
        secret: this.box.seal(secret),
        createdAt: new Date(now),
        previousSecret: row?.secret ?? null,
        previousExpiresAt: row ? new Date(now + SIGNING_OVERLAP_MS) : null,
      };
      // Compare-and-set on the sealed value: of two rotations at once, one wins, one is CONFLICT.
      if (!row) await m.insert(ConnectorSigningEntity, { connectorId, ...next });
      else {
        const res = await m.update(
          ConnectorSigningEntity,
          { connectorId, secret: row.secret },
          next,
        );
        if (res.affected === 0) throw conflict('The secret was rotated just now: try again');
      }
      const marker = appliedMarker(true);
      if (marker) await m.query(marker.sql, [...marker.params]);
    });
    this.cache.delete(connectorId);
    this.connectors.announce(connector);
    return secret;
  }

  private async managed(viewer: Viewer, connectorId: string) {
    if (!canManage(viewer)) throw forbidden();
    const connector = await this.connectors.find(viewer, connectorId);
    if (!connector) throw notFound('Connector');
    return connector;
  }

  private open(row: ConnectorSigningEntity): SigningKeys {
    const { previousSecret, previousExpiresAt } = row;
    return {
      secret: this.box.open(row.secret),
      previous:
        previousSecret && previousExpiresAt
          ? { secret: this.box.open(previousSecret), expiresAt: previousExpiresAt.getTime() }
          : null,
    };
  }
}
