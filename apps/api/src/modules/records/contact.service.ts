import { randomUUID } from 'node:crypto';
import type { AutomationTrigger } from '@odc/core';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../shared/access.js';
import { UserEntity } from '../identity/user.entity.js';
import type { FieldIssue } from '../shared/errors.js';
import { ContactEntity } from './contact.entity.js';
import { RecordBase, type RecordKind } from './record-base.js';
import {
  customValues,
  optionalDate,
  optionalEmail,
  optionalText,
  required,
} from './record-rules.js';
import { contactSnapshot } from './record-values.js';
import type { ContactInput } from './record.input.js';
import type { PushRunEntity } from '../delivery/push-run.entity.js';

/** How contacts are listed and searched (a bulk push selects with the same). */
export const CONTACT_KIND: RecordKind<ContactEntity> = {
  entity: ContactEntity,
  label: 'Contact',
  alias: 'c',
  search:
    "(LOWER(c.firstName) LIKE :s ESCAPE '!' OR LOWER(c.lastName) LIKE :s ESCAPE '!' OR LOWER(c.email) LIKE :s ESCAPE '!' OR c.phone LIKE :s ESCAPE '!')",
  orderBy: ['lastName', 'firstName'],
};

export class ContactService extends RecordBase<ContactEntity, ContactInput> {
  protected readonly kind = CONTACT_KIND;

  protected pushes(
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

  protected async write(
    m: EntityManager,
    viewer: Viewer,
    input: ContactInput,
    existing: ContactEntity | null,
    runs: PushRunEntity[],
  ): Promise<ContactEntity> {
    const f: FieldIssue[] = [];
    const owner = await this.owner(m, viewer, input.ownerId ?? existing?.ownerId, f);
    const defs = await this.customFields.list(viewer.organizationId, m);
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
      leadSource: optionalText(f, 'input.leadSource', input.leadSource, 100),
      customFields: customValues(f, 'CONTACT', input.customFields, defs),
      ...this.stamp(existing),
    });
    return this.store(m, viewer, f, row, existing, owner, runs);
  }
}
