import { diffDefinitions, joinSecrets, type ConnectorDefinition } from '@odc/core';
import type { DataSource, EntityManager } from 'typeorm';
import { transaction } from '../../db/transactions.js';
import type { SecretBox } from '../../infra/secrets.js';
import { openSecrets } from '../connectors/connector-definition.js';
import { ConnectorEntity } from '../connectors/connector.entity.js';
import { ensureSigningSecret } from '../signing/signing.service.js';
import type { ConnectorService } from '../connectors/connector.service.js';
import { canManage, canSeeConnectors, type Viewer } from '../identity/access.js';
import { conflict, forbidden, isDuplicateKey, notFound } from '../shared/errors.js';
import { ConnectorVersionEntity } from './connector-version.entity.js';
import { ConnectorVersionView, FieldChangeView } from './version.type.js';

/**
 * Writes the connector's setup as it now stands as version `c.version`, in the save's own
 * transaction. Two saves racing to the same number: the second is CONFLICT, nothing written.
 */
export async function recordVersion(
  m: EntityManager,
  c: ConnectorEntity,
  savedById: string | null,
): Promise<void> {
  const row: ConnectorVersionEntity = Object.assign(new ConnectorVersionEntity(), {
    connectorId: c.id,
    version: c.version,
    organizationId: c.organizationId,
    name: c.name,
    entityType: c.entityType,
    automationTriggers: c.automationTriggers,
    roleIds: c.roleIds,
    definition: c.definition,
    secrets: c.secrets,
    savedAt: c.updatedAt,
    savedById,
  });
  try {
    await m.insert(ConnectorVersionEntity, row);
  } catch (e) {
    if (isDuplicateKey(e)) throw conflict('The connector was saved meanwhile: reload it first');
    throw e;
  }
}

const make = <T extends object>(cls: new () => T, props: T): T => Object.assign(new cls(), props);

/** Versions of a connector: listed with their changes, compared, restored. */
export class VersionService {
  constructor(
    private readonly ds: DataSource,
    private readonly box: SecretBox,
    private readonly connectors: ConnectorService,
  ) {}

  /** The whole definition a version holds, secrets opened (only ever diffed, never shown). */
  private definitionOf(v: ConnectorVersionEntity): ConnectorDefinition {
    const { name, entityType, automationTriggers, roleIds } = v;
    const basics = { name, entityType, automationTriggers, roleIds };
    return joinSecrets(basics, v.definition, openSecrets(this.box, v.secrets));
  }

  private changes(before: ConnectorVersionEntity, after: ConnectorVersionEntity) {
    return diffDefinitions(this.definitionOf(before), this.definitionOf(after)).map((c) =>
      make(FieldChangeView, c),
    );
  }

  /** Newest first, each with what it changed from the one before. */
  async list(viewer: Viewer, connectorId: string): Promise<ConnectorVersionView[]> {
    if (!canSeeConnectors(viewer)) throw forbidden();
    const rows = await this.ds.getRepository(ConnectorVersionEntity).find({
      where: { connectorId, organizationId: viewer.organizationId },
      order: { version: 'ASC' },
    });
    return rows
      .map((v, i) =>
        make(ConnectorVersionView, {
          version: v.version,
          savedAt: v.savedAt,
          savedById: v.savedById,
          changes: i === 0 ? [] : this.changes(rows[i - 1]!, v),
        }),
      )
      .reverse();
  }

  private async find(m: EntityManager, viewer: Viewer, connectorId: string, version: number) {
    const v = await m.findOneBy(ConnectorVersionEntity, {
      connectorId,
      version,
      organizationId: viewer.organizationId,
    });
    if (!v) throw notFound(`Version ${version}`);
    return v;
  }

  private async connector(m: EntityManager, viewer: Viewer, id: string) {
    const c = await m.findOneBy(ConnectorEntity, { id, organizationId: viewer.organizationId });
    if (!c) throw notFound('Connector');
    return c;
  }

  /** What changed from version `from` to version `to`. */
  async diff(viewer: Viewer, connectorId: string, from: number, to: number) {
    if (!canSeeConnectors(viewer)) throw forbidden();
    const m = this.ds.manager;
    await this.connector(m, viewer, connectorId);
    const [a, b] = [
      await this.find(m, viewer, connectorId, from),
      await this.find(m, viewer, connectorId, to),
    ];
    return this.changes(a, b);
  }

  /** Version n's setup, secrets included, saved as a new version; the connector stays off. */
  async restore(viewer: Viewer, connectorId: string, version: number): Promise<ConnectorEntity> {
    if (!canManage(viewer)) throw forbidden();
    const saved = await transaction(this.ds, async (m) => {
      const c = await this.connector(m, viewer, connectorId);
      if (c.published) throw conflict('Turn the connector off before restoring a version');
      const v = await this.find(m, viewer, connectorId, version);
      const nameKey = v.name.trim().toLowerCase();
      const others = await m.findBy(ConnectorEntity, {
        organizationId: viewer.organizationId,
        nameKey,
      });
      if (others.some((o) => o.id !== c.id))
        throw conflict(`Another connector is named ${v.name} now: rename it first`);
      const { name, entityType, automationTriggers, roleIds, definition, secrets } = v;
      const changed = {
        name,
        nameKey,
        entityType,
        automationTriggers,
        roleIds,
        definition,
        secrets,
        published: false,
        version: c.version + 1,
        updatedAt: new Date(),
      };
      await m.update(ConnectorEntity, { id: c.id }, changed);
      const row = Object.assign(c, changed);
      await recordVersion(m, row, viewer.userId);
      // Signing's secret is the connector's own (rotated apart): kept, or made if it never had one.
      if (definition.signPushes) await ensureSigningSecret(m, this.box, row.id);
      return row;
    });
    this.connectors.announce(saved);
    return saved;
  }
}
