import { randomUUID } from 'node:crypto';
import type { AutomationTrigger } from '@odc/core';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../identity/access.js';
import { UserEntity } from '../identity/user.entity.js';
import { assertNoFieldErrors, notFound, type FieldError } from '../shared/errors.js';
import { checkPage, pageOf, type Page, type PageArgs } from '../shared/paging.js';
import { ContactEntity } from './contact.entity.js';
import { RecordBase } from './record-base.js';
import {
  customValues,
  optionalDate,
  optionalEmail,
  optionalText,
  required,
} from './record-rules.js';
import { contactSnapshot } from './record-values.js';
import type { ContactInput } from './record.input.js';
import type { PushRunEntity } from '../runs/push-run.entity.js';

export class ContactService extends RecordBase {
  async list(
    viewer: Viewer,
    args: PageArgs & { search?: string | null },
  ): Promise<Page<ContactEntity>> {
    checkPage(args);
    const qb = this.scope(
      this.ds.getRepository(ContactEntity).createQueryBuilder('c'),
      viewer,
      'c',
    );
    const s = args.search?.trim().toLowerCase();
    if (s) {
      qb.andWhere(
        '(LOWER(c.firstName) LIKE :s OR LOWER(c.lastName) LIKE :s OR LOWER(c.email) LIKE :s OR c.phone LIKE :s)',
        { s: `%${s}%` },
      );
    }
    const [items, total] = await qb
      .orderBy('c.lastName', 'ASC')
      .addOrderBy('c.firstName', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .skip((args.page - 1) * args.pageSize)
      .take(args.pageSize)
      .getManyAndCount();
    return pageOf(items, total, args);
  }

  get(viewer: Viewer, id: string): Promise<ContactEntity | null> {
    return this.ds.getRepository(ContactEntity).findOneBy(this.visibleWhere(viewer, id));
  }

  create(viewer: Viewer, input: ContactInput): Promise<ContactEntity> {
    return this.change((m, runs) => this.write(m, viewer, input, null, runs));
  }

  update(viewer: Viewer, id: string, input: ContactInput): Promise<ContactEntity> {
    return this.change(async (m, runs) => {
      const existing = await this.forChange(m, ContactEntity, this.visibleWhere(viewer, id));
      if (!existing) throw notFound('Contact');
      return this.write(m, viewer, input, existing, runs);
    });
  }

  delete(viewer: Viewer, id: string): Promise<boolean> {
    return this.change(async (m, runs) => {
      const existing = await this.forChange(m, ContactEntity, this.visibleWhere(viewer, id));
      if (!existing) throw notFound('Contact');
      const owner = await m.findOneBy(UserEntity, { id: existing.ownerId });
      const last = Object.assign(existing, { version: existing.version + 1 });
      if (owner) runs.push(...(await this.pushes(m, viewer, 'ON_DELETE', last, owner)));
      await m.delete(ContactEntity, { id });
      return true;
    });
  }

  private pushes(
    m: EntityManager,
    viewer: Viewer,
    trigger: AutomationTrigger,
    c: ContactEntity,
    owner: UserEntity,
  ) {
    return this.automation(m, viewer, 'CONTACT', trigger, c, owner, (ctx) =>
      contactSnapshot(c, owner, ctx),
    );
  }

  private async write(
    m: EntityManager,
    viewer: Viewer,
    input: ContactInput,
    existing: ContactEntity | null,
    runs: PushRunEntity[],
  ): Promise<ContactEntity> {
    const f: FieldError[] = [];
    const owner = await this.owner(m, viewer, input.ownerId, f);
    const defs = await this.customFields.list(viewer.organizationId, m);
    const now = new Date();
    const row = Object.assign(new ContactEntity(), {
      id: existing?.id ?? randomUUID(),
      organizationId: viewer.organizationId,
      ownerId: owner?.id ?? viewer.userId,
      firstName: required(f, 'input.firstName', input.firstName, 'First name'),
      lastName: required(f, 'input.lastName', input.lastName, 'Last name'),
      email: optionalEmail(f, 'input.email', input.email),
      phone: optionalText(f, 'input.phone', input.phone, 50),
      address: optionalText(f, 'input.address', input.address, 300),
      address2: optionalText(f, 'input.address2', input.address2, 300),
      city: optionalText(f, 'input.city', input.city, 100),
      state: optionalText(f, 'input.state', input.state, 100),
      zipCode: optionalText(f, 'input.zipCode', input.zipCode, 20),
      birthday: optionalDate(f, 'input.birthday', input.birthday),
      anniversary: optionalDate(f, 'input.anniversary', input.anniversary),
      activityRating: input.activityRating ?? null,
      additionalInfo: optionalText(f, 'input.additionalInfo', input.additionalInfo, 10_000),
      customFields: customValues(f, 'CONTACT', input.customFields, defs),
      version: existing ? existing.version + 1 : 0,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    assertNoFieldErrors(f);
    if (existing) await m.update(ContactEntity, { id: row.id }, row);
    else await m.insert(ContactEntity, row);
    runs.push(
      ...(await this.pushes(
        m,
        viewer,
        existing ? 'ON_UPDATE' : 'ON_CREATE',
        row,
        owner as UserEntity,
      )),
    );
    return row;
  }
}
