import { randomUUID } from 'node:crypto';
import {
  fieldCatalog,
  type CustomFieldDefinition,
  type EntityType,
  type FieldDefinition,
} from '@odc/core';
import type { DataSource, EntityManager } from 'typeorm';
import { canManage, type Viewer } from '../shared/access.js';
import {
  assertNoFieldErrors,
  conflict,
  conflictOnDuplicate,
  forbidden,
  type FieldIssue,
} from '../shared/errors.js';
import { CustomFieldEntity } from './custom-field.entity.js';
import { TtlCache } from '../shared/ttl-cache.js';
import type { CustomFieldInput } from './custom-field.input.js';
import { transaction } from '../../db/transactions.js';

const CAMEL = /^[a-z][a-zA-Z0-9]{0,63}$/;

export class CustomFieldService {
  private readonly cache = new TtlCache<string, CustomFieldDefinition[]>(1000);

  constructor(private readonly ds: DataSource) {}

  /** Outside a transaction: cached for a second, dropped on a local define. */
  cachedList(organizationId: string): Promise<CustomFieldDefinition[]> {
    return this.cache.getOrLoad(organizationId, () => this.list(organizationId));
  }

  async list(
    organizationId: string,
    m: EntityManager = this.ds.manager,
  ): Promise<CustomFieldDefinition[]> {
    const rows = await m.find(CustomFieldEntity, {
      where: { organizationId },
      order: { createdAt: 'ASC' },
    });
    return rows.map((r) => ({
      entityType: r.entityType,
      key: r.fieldKey,
      label: r.label,
      type: r.type,
    }));
  }

  async catalog(viewer: Viewer, entityType: EntityType): Promise<FieldDefinition[]> {
    return fieldCatalog(entityType, await this.list(viewer.organizationId));
  }

  async define(viewer: Viewer, input: CustomFieldInput): Promise<FieldDefinition> {
    if (!canManage(viewer)) throw forbidden();
    const fields: FieldIssue[] = [];
    if (!CAMEL.test(input.key)) {
      fields.push({
        path: 'input.key',
        message: 'Key must be camelCase letters and digits, e.g. numberOfBathrooms',
      });
    }
    const label = input.label.trim();
    if (!label || label.length > 200)
      fields.push({ path: 'input.label', message: 'Label must be 1 to 200 characters' });
    assertNoFieldErrors(fields);
    const taken = 'A custom field with this key already exists';
    // Two at once both pass the check: the unique index refuses the second (CONFLICT too).
    await conflictOnDuplicate(taken, () =>
      transaction(this.ds, async (m) => {
        const exists = await m.existsBy(CustomFieldEntity, {
          organizationId: viewer.organizationId,
          entityType: input.entityType,
          fieldKey: input.key,
        });
        if (exists) throw conflict(taken);
        await m.insert(CustomFieldEntity, {
          id: randomUUID(),
          organizationId: viewer.organizationId,
          entityType: input.entityType,
          fieldKey: input.key,
          label,
          type: input.type,
          createdAt: new Date(),
        });
      }),
    );
    this.cache.delete(viewer.organizationId);
    const key = `${input.entityType === 'CONTACT' ? 'contact' : 'loan'}.custom.${input.key}`;
    const all = await this.catalog(viewer, input.entityType);
    return all.find((f) => f.key === key) as FieldDefinition;
  }
}
