import { randomUUID } from 'node:crypto';
import {
  fieldKeySet,
  keepStoredSecrets,
  splitSecrets,
  validateConnectorDefinition,
} from '@odc/core';
import type { DataSource, EntityManager } from 'typeorm';
import { TOPICS, type EventBus } from '../../infra/pubsub/pubsub.js';
import type { SecretBox } from '../../infra/secrets.js';
import { canManage, canSeeConnectors, type Viewer } from '../identity/access.js';
import { RoleEntity } from '../identity/role.entity.js';
import { CustomFieldEntity } from '../records/custom-field.entity.js';
import { badInput, conflict, forbidden, notFound, type FieldIssue } from '../shared/errors.js';
import { checkPage, pageOf, type Page, type PageArgs } from '../shared/paging.js';
import { openSecrets, sealSecrets } from './connector-definition.js';
import { ConnectorEntity } from './connector.entity.js';
import type { ConnectorInput } from './connector.input.js';
import { toPlainInput } from './plain-input.js';
import { TtlCache } from '../shared/ttl-cache.js';
import { transaction } from '../../db/transactions.js';
import { ensureSigningSecret } from '../signing/signing.service.js';

const isDuplicate = (e: unknown) =>
  /UNIQUE constraint|Duplicate entry|ER_DUP_ENTRY/i.test(String((e as Error)?.message));

export class ConnectorService {
  /** Hot-path lookups (triggerPush, the worker); invalidated on every local change. */
  private readonly cache = new TtlCache<string, ConnectorEntity | null>(1000);

  constructor(
    private readonly ds: DataSource,
    private readonly box: SecretBox,
    private readonly bus: EventBus,
  ) {}

  /** Publishes connectorChanged (after the change is committed). */
  announce(connector: ConnectorEntity): void {
    this.cache.delete(connector.id);
    this.bus.publish(TOPICS.connector, connector);
  }

  async list(viewer: Viewer, args: PageArgs): Promise<Page<ConnectorEntity>> {
    if (!canSeeConnectors(viewer)) throw forbidden();
    checkPage(args);
    const [items, total] = await this.ds.getRepository(ConnectorEntity).findAndCount({
      where: { organizationId: viewer.organizationId },
      order: { nameKey: 'ASC', id: 'ASC' },
      skip: (args.page - 1) * args.pageSize,
      take: args.pageSize,
    });
    return pageOf(items, total, args);
  }

  /** Any connector of the caller's organization, or null. */
  find(viewer: Viewer, id: string): Promise<ConnectorEntity | null> {
    return this.ds
      .getRepository(ConnectorEntity)
      .findOneBy({ id, organizationId: viewer.organizationId });
  }

  /** By id for the push path: at most a second stale when changed by another process. */
  async cached(id: string): Promise<ConnectorEntity | null> {
    return this.cache.getOrLoad(id, () => this.ds.getRepository(ConnectorEntity).findOneBy({ id }));
  }

  async get(viewer: Viewer, id: string): Promise<ConnectorEntity | null> {
    if (!canSeeConnectors(viewer)) throw forbidden();
    return this.find(viewer, id);
  }

  async pushConnectors(viewer: Viewer, entityType: string): Promise<ConnectorEntity[]> {
    const rows = await this.ds.getRepository(ConnectorEntity).find({
      where: {
        organizationId: viewer.organizationId,
        published: true,
        entityType: entityType as never,
      },
      order: { nameKey: 'ASC' },
    });
    return rows.filter((c) => c.roleIds.includes(viewer.roleId));
  }

  async create(viewer: Viewer, input: ConnectorInput, publish: boolean): Promise<ConnectorEntity> {
    if (!canManage(viewer)) throw forbidden();
    const saved = await transaction(this.ds, (m) => this.save(m, viewer, input, publish, null));
    this.announce(saved);
    return saved;
  }

  async update(
    viewer: Viewer,
    id: string,
    input: ConnectorInput,
    publish: boolean,
  ): Promise<ConnectorEntity> {
    if (!canManage(viewer)) throw forbidden();
    const saved = await transaction(this.ds, async (m) => {
      const existing = await m.findOneBy(ConnectorEntity, {
        id,
        organizationId: viewer.organizationId,
      });
      if (!existing) throw notFound('Connector');
      if (existing.published) throw conflict('Turn the connector off before editing it');
      return this.save(m, viewer, input, publish, existing);
    });
    this.announce(saved);
    return saved;
  }

  async setPublished(viewer: Viewer, id: string, published: boolean): Promise<ConnectorEntity> {
    if (!canManage(viewer)) throw forbidden();
    const repo = this.ds.getRepository(ConnectorEntity);
    const c = await repo.findOneBy({ id, organizationId: viewer.organizationId });
    if (!c) throw notFound('Connector');
    if (c.published !== published) {
      c.published = published;
      c.updatedAt = new Date();
      await repo.update({ id: c.id }, { published, updatedAt: c.updatedAt });
    }
    this.announce(c);
    return c;
  }

  private async save(
    m: EntityManager,
    viewer: Viewer,
    input: ConnectorInput,
    publish: boolean,
    existing: ConnectorEntity | null,
  ): Promise<ConnectorEntity> {
    const plain = toPlainInput(input);
    if (existing) keepStoredSecrets(plain, openSecrets(this.box, existing.secrets));
    // An update without a delivery policy keeps the stored one, as a blank secret is kept.
    if (existing && plain.delivery === undefined) plain.delivery = existing.definition.delivery;
    if (existing && plain.matching === undefined) plain.matching = existing.definition.matching;
    const customFields = await m.findBy(CustomFieldEntity, {
      organizationId: viewer.organizationId,
    });
    const defs = customFields.map((f) => ({
      entityType: f.entityType,
      key: f.fieldKey,
      label: f.label,
      type: f.type,
    }));
    const result = validateConnectorDefinition(plain, {
      fieldKeys: fieldKeySet(input.entityType, defs),
    });
    const fields: FieldIssue[] = result.ok
      ? []
      : result.issues.map((i) => ({ path: `input.${i.path}`, message: i.message }));
    const roles = await m.findBy(RoleEntity, { organizationId: viewer.organizationId });
    const roleIds = new Set(roles.map((r) => r.id));
    input.roleIds.forEach((id, i) => {
      if (!roleIds.has(id))
        fields.push({ path: `input.roleIds.${i}`, message: 'No such role in this organization' });
    });
    if (!result.ok || fields.length > 0) throw badInput(fields);
    const def = result.value;
    const nameKey = def.name.trim().toLowerCase();
    const others = await m.findBy(ConnectorEntity, {
      organizationId: viewer.organizationId,
      nameKey,
    });
    if (others.some((o) => o.id !== existing?.id))
      throw conflict('A connector with this name already exists');
    const { stored: definition, secrets } = splitSecrets(def);
    const now = new Date();
    const row: ConnectorEntity = Object.assign(new ConnectorEntity(), {
      id: existing?.id ?? randomUUID(),
      organizationId: viewer.organizationId,
      name: def.name.trim(),
      nameKey,
      entityType: def.entityType,
      automationTriggers: def.automationTriggers,
      roleIds: [...new Set(def.roleIds)],
      definition,
      secrets: sealSecrets(this.box, secrets),
      published: publish,
      lastRunAt: existing?.lastRunAt ?? null,
      lastRunStatus: existing?.lastRunStatus ?? null,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    try {
      if (existing) await m.update(ConnectorEntity, { id: row.id }, row);
      else await m.insert(ConnectorEntity, row);
    } catch (e) {
      if (isDuplicate(e)) throw conflict('A connector with this name already exists');
      throw e;
    }
    if (def.signPushes) await ensureSigningSecret(m, this.box, row.id);
    return row;
  }
}
