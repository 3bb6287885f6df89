import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { lookups } from '../records/record-snapshot.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { issueToken, TokenReader } from './tokens.js';
import { canManage, CONNECTOR_ACCESS, type Viewer } from './access.js';
import { OrganizationEntity } from './organization.entity.js';
import { RoleEntity } from './role.entity.js';
import { UserEntity } from './user.entity.js';
import type { OrganizationInput, RoleInput, SignUpInput, UserInput } from './identity.input.js';
import {
  assertNoFieldErrors,
  conflict,
  forbidden,
  notFound,
  unauthenticated,
  type FieldIssue,
} from '../shared/errors.js';
import { transaction } from '../../db/transactions.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DUMMY_HASH = hashPassword('not-a-real-password');

function checkPerson(input: { email: string; name: string; password: string }): FieldIssue[] {
  const fields: FieldIssue[] = [];
  if (!EMAIL.test(input.email.trim()) || input.email.length > 254) {
    fields.push({ path: 'input.email', message: 'Enter a valid email address' });
  }
  if (!input.name.trim() || input.name.length > 200) {
    fields.push({ path: 'input.name', message: 'Name must be 1 to 200 characters' });
  }
  if (input.password.length < 8 || input.password.length > 1000) {
    fields.push({ path: 'input.password', message: 'Password must be at least 8 characters' });
  }
  return fields;
}

export class IdentityService {
  /** userId -> viewer: users never change role, so a resolved viewer stays true. */
  private readonly viewers = new Map<string, Viewer>();
  private readonly tokens: TokenReader;

  constructor(
    private readonly ds: DataSource,
    private readonly jwtSecret: Uint8Array,
  ) {
    this.tokens = new TokenReader(jwtSecret);
  }

  async viewerFromAuthorization(header: string | undefined | null): Promise<Viewer | null> {
    if (!header) return null;
    const token = header.replace(/^Bearer\s+/i, '').trim();
    const claims = token ? await this.tokens.read(token) : null;
    if (!claims) throw unauthenticated('Invalid or expired token');
    const cached = this.viewers.get(claims.userId);
    if (cached) return cached;
    const user = await this.ds.getRepository(UserEntity).findOneBy({ id: claims.userId });
    const role = user && (await this.ds.getRepository(RoleEntity).findOneBy({ id: user.roleId }));
    if (!user || !role) throw unauthenticated('Invalid or expired token');
    const viewer: Viewer = {
      userId: user.id,
      organizationId: user.organizationId,
      roleId: role.id,
      access: role.connectorAccess,
    };
    if (this.viewers.size > 10_000) this.viewers.clear();
    this.viewers.set(user.id, viewer);
    return viewer;
  }

  private token(user: UserEntity) {
    return issueToken(this.jwtSecret, { userId: user.id, organizationId: user.organizationId });
  }

  async signUp(input: SignUpInput): Promise<{ token: string; user: UserEntity }> {
    const fields = checkPerson(input);
    if (!input.organizationName.trim() || input.organizationName.length > 200) {
      fields.push({
        path: 'input.organizationName',
        message: 'Organization name must be 1 to 200 characters',
      });
    }
    assertNoFieldErrors(fields);
    const email = input.email.trim().toLowerCase();
    const passwordHash = await hashPassword(input.password);
    const user = await transaction(this.ds, async (m) => {
      if (await m.existsBy(UserEntity, { email }))
        throw conflict('This email is already registered');
      const org = m.create(OrganizationEntity, {
        id: randomUUID(),
        name: input.organizationName.trim(),
        storesBirthYear: true,
      });
      await m.insert(OrganizationEntity, org);
      const role = m.create(RoleEntity, {
        id: randomUUID(),
        organizationId: org.id,
        name: 'Administrator',
        connectorAccess: 'MANAGE',
      });
      await m.insert(RoleEntity, role);
      const created = m.create(UserEntity, {
        id: randomUUID(),
        organizationId: org.id,
        roleId: role.id,
        email,
        name: input.name.trim(),
        passwordHash,
      });
      await m.insert(UserEntity, created);
      return created;
    });
    return { token: await this.token(user), user };
  }

  async login(email: string, password: string): Promise<{ token: string; user: UserEntity }> {
    const user = await this.ds
      .getRepository(UserEntity)
      .findOneBy({ email: email.trim().toLowerCase() });
    const ok = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH), password);
    if (!user || !ok) throw unauthenticated('Wrong email or password');
    return { token: await this.token(user), user };
  }

  async me(viewer: Viewer): Promise<UserEntity> {
    const user = await this.ds.getRepository(UserEntity).findOneBy({ id: viewer.userId });
    if (!user) throw unauthenticated();
    return user;
  }

  roles(viewer: Viewer): Promise<RoleEntity[]> {
    return this.ds
      .getRepository(RoleEntity)
      .find({ where: { organizationId: viewer.organizationId }, order: { name: 'ASC' } });
  }

  users(viewer: Viewer): Promise<UserEntity[]> {
    return this.ds
      .getRepository(UserEntity)
      .find({ where: { organizationId: viewer.organizationId }, order: { name: 'ASC' } });
  }

  async createRole(viewer: Viewer, input: RoleInput): Promise<RoleEntity> {
    if (!canManage(viewer)) throw forbidden();
    const name = input.name.trim();
    const fields: FieldIssue[] = [];
    if (!name || name.length > 100)
      fields.push({ path: 'input.name', message: 'Name must be 1 to 100 characters' });
    if (!CONNECTOR_ACCESS.includes(input.connectorAccess)) {
      fields.push({ path: 'input.connectorAccess', message: 'Unknown connector access' });
    }
    assertNoFieldErrors(fields);
    return transaction(this.ds, async (m) => {
      const roles = await m.findBy(RoleEntity, { organizationId: viewer.organizationId });
      if (roles.some((r) => r.name.toLowerCase() === name.toLowerCase())) {
        throw conflict('A role with this name already exists');
      }
      const role = m.create(RoleEntity, {
        id: randomUUID(),
        organizationId: viewer.organizationId,
        name,
        connectorAccess: input.connectorAccess,
      });
      await m.insert(RoleEntity, role);
      return role;
    });
  }

  async createUser(viewer: Viewer, input: UserInput): Promise<UserEntity> {
    if (!canManage(viewer)) throw forbidden();
    assertNoFieldErrors(checkPerson(input));
    const email = input.email.trim().toLowerCase();
    const passwordHash = await hashPassword(input.password);
    return transaction(this.ds, async (m) => {
      const role = await m.findOneBy(RoleEntity, {
        id: input.roleId,
        organizationId: viewer.organizationId,
      });
      if (!role) throw notFound('Role');
      if (await m.existsBy(UserEntity, { email }))
        throw conflict('This email is already registered');
      const user = m.create(UserEntity, {
        id: randomUUID(),
        organizationId: viewer.organizationId,
        roleId: role.id,
        email,
        name: input.name.trim(),
        passwordHash,
      });
      await m.insert(UserEntity, user);
      return user;
    });
  }

  async updateOrganization(viewer: Viewer, input: OrganizationInput): Promise<OrganizationEntity> {
    if (!canManage(viewer)) throw forbidden();
    const repo = this.ds.getRepository(OrganizationEntity);
    const org = await repo.findOneBy({ id: viewer.organizationId });
    if (!org) throw notFound('Organization');
    if (input.name !== undefined && input.name !== null) {
      const name = input.name.trim();
      assertNoFieldErrors(
        name && name.length <= 200
          ? []
          : [{ path: 'input.name', message: 'Name must be 1 to 200 characters' }],
      );
      org.name = name;
    }
    if (input.storesBirthYear !== undefined && input.storesBirthYear !== null) {
      org.storesBirthYear = input.storesBirthYear;
    }
    await repo.update({ id: org.id }, { name: org.name, storesBirthYear: org.storesBirthYear });
    lookups.forgetOrganization(org.id);
    return org;
  }
}
