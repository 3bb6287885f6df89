import { randomUUID } from 'node:crypto';
import { toFieldIssues } from '@odc/core';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import type { EventBus } from '../../infra/pubsub/pubsub.js';
import { sessionsEnded, type SessionsEnded } from './identity.events.js';
import { TtlCache } from '../shared/ttl-cache.js';
import type { LoginThrottle } from './login-throttle.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { issueToken, TokenReader, type TokenClaims } from './tokens.js';
import { canManage, CONNECTOR_ACCESS, type Viewer } from '../shared/access.js';
import { OrganizationEntity } from './organization.entity.js';
import { RoleEntity } from './role.entity.js';
import { UserEntity } from './user.entity.js';
import type { OrganizationInput, RoleInput, SignUpInput, UserInput } from './identity.input.js';
import {
  assertNoFieldErrors,
  conflict,
  conflictOnDuplicate,
  forbidden,
  notFound,
  tooManyRequests,
  unauthenticated,
  type FieldIssue,
} from '../shared/errors.js';
import { transaction } from '../../db/transactions.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MAX_EMAIL = 254;
export const MAX_PASSWORD = 1000;
const DUMMY_HASH = hashPassword('not-a-real-password');
const TAKEN_EMAIL = 'This email is already registered';
const TAKEN_ROLE = 'A role with this name already exists';

const password = z
  .string()
  .min(8, `Password must be 8 to ${MAX_PASSWORD} characters`)
  .max(MAX_PASSWORD, `Password must be 8 to ${MAX_PASSWORD} characters`);

function checkPassword(fields: FieldIssue[], path: string, value: string): void {
  const r = password.safeParse(value);
  if (!r.success) fields.push({ path, message: r.error.issues[0]!.message });
}

/** A new user's email, name and password: one issue per field, paths under input. */
const person = z.object({
  email: z
    .string()
    .refine((e) => EMAIL.test(e.trim()) && e.length <= MAX_EMAIL, 'Enter a valid email address'),
  name: z
    .string()
    .refine((n) => n.trim() !== '' && n.length <= 200, 'Name must be 1 to 200 characters'),
  password,
});

function checkPerson(input: { email: string; name: string; password: string }): FieldIssue[] {
  const r = person.safeParse({ email: input.email, name: input.name, password: input.password });
  if (r.success) return [];
  return toFieldIssues(r.error).map((f) => ({ path: `input.${f.path}`, message: f.message }));
}

/** A verified token's user, as each request needs it. */
export interface Session {
  viewer: Viewer;
  claims: TokenClaims;
}

interface CachedUser {
  viewer: Viewer;
  /** tokensValidAfter in ms; 0 when never set. */
  validAfter: number;
}

/** first: signUp only while no organization exists (first-run set-up); open: anyone. */
export type SignUpMode = 'first' | 'open';

/** What makes two role names the same (role.nameKey). */
export const roleNameKey = (name: string) => name.trim().toLowerCase();

export interface IdentityOptions {
  signUp: SignUpMode;
  throttle: LoginThrottle;
  /** Carries SESSIONS_ENDED to every API process (Redis pub/sub when REDIS_URL is set). */
  bus: EventBus;
  /** After an organization's settings changed (app.ts: records drop their cached copy). */
  organizationSaved?: (organizationId: string) => void;
}

export class IdentityService {
  /**
   * userId -> viewer and tokensValidAfter, so a request reads no row. Dropped in every API process
   * on SESSIONS_ENDED (the event bus); kept a minute at most, so a change the bus did not carry
   * (a user deleted in the database by hand, an event lost while Redis was away) counts after a
   * minute at the latest.
   */
  private readonly cachedUsers = new TtlCache<string, CachedUser>(60_000);
  /** Bumped on every SESSIONS_ENDED: a user read before one is not cached. */
  private endings = 0;
  private readonly tokens: TokenReader;
  private readonly endedListeners: ((e: SessionsEnded) => void)[] = [];

  constructor(
    private readonly ds: DataSource,
    private readonly jwtSecret: Uint8Array,
    private readonly options: IdentityOptions,
  ) {
    this.tokens = new TokenReader(jwtSecret);
    void this.followEndings();
  }

  private async followEndings(): Promise<void> {
    for await (const e of this.options.bus.listen(sessionsEnded)) {
      this.sessionsEnded(e);
    }
  }

  private sessionsEnded(e: SessionsEnded): void {
    this.endings++;
    this.cachedUsers.delete(e.userId);
    for (const listener of this.endedListeners) listener(e);
  }

  /** Called in every API process when a user's sessions end (live sockets close on it). */
  onSessionsEnded(listener: (e: SessionsEnded) => void): void {
    this.endedListeners.push(listener);
  }

  async viewerFromAuthorization(header: string | undefined | null): Promise<Viewer | null> {
    return (await this.session(header))?.viewer ?? null;
  }

  /** The bearer token's user; null without a header; UNAUTHENTICATED for a bad or ended token. */
  async session(header: string | undefined | null): Promise<Session | null> {
    if (!header) return null;
    const token = header.replace(/^Bearer\s+/i, '').trim();
    const claims = token ? await this.tokens.read(token) : null;
    if (!claims) throw unauthenticated('Invalid or expired token');
    const user = this.cachedUsers.get(claims.userId) ?? (await this.loadUser(claims.userId));
    if (!user || claims.issuedAtMs <= user.validAfter) {
      throw unauthenticated('Invalid or expired token');
    }
    return { viewer: user.viewer, claims };
  }

  private async loadUser(userId: string): Promise<CachedUser | null> {
    const endings = this.endings;
    const user = await this.ds.getRepository(UserEntity).findOneBy({ id: userId });
    const role = user && (await this.ds.getRepository(RoleEntity).findOneBy({ id: user.roleId }));
    if (!user || !role) return null;
    const cached: CachedUser = {
      viewer: {
        userId: user.id,
        organizationId: user.organizationId,
        roleId: role.id,
        access: role.connectorAccess,
      },
      validAfter: user.tokensValidAfter?.getTime() ?? 0,
    };
    if (endings === this.endings) this.cachedUsers.set(userId, cached);
    return cached;
  }

  /** Issued strictly after the user's last sign-out, even within its millisecond. */
  private token(user: UserEntity) {
    const validAfter = user.tokensValidAfter?.getTime() ?? 0;
    return issueToken(
      this.jwtSecret,
      { userId: user.id, organizationId: user.organizationId },
      Math.max(Date.now(), validAfter + 1),
    );
  }

  /**
   * Ends every session of the user: tokens issued until now are refused, in every API process, and
   * its live sockets close. Sign-out everywhere and a new password call it; so must the removal of
   * a user (after deleting the row).
   */
  async endSessions(userId: string, m: EntityManager = this.ds.manager): Promise<void> {
    const validAfter = new Date();
    await m.update(UserEntity, { id: userId }, { tokensValidAfter: validAfter });
    this.announceEnded({ userId, validAfter: validAfter.getTime() });
  }

  private announceEnded(e: SessionsEnded): void {
    // Here at once (the next request must see it), elsewhere through the bus.
    this.sessionsEnded(e);
    this.options.bus.publish(sessionsEnded, e);
  }

  /** Sets a new password; every session of the user ends. (No mutation exposes it yet.) */
  async setPassword(userId: string, password: string): Promise<void> {
    const fields: FieldIssue[] = [];
    checkPassword(fields, 'password', password);
    assertNoFieldErrors(fields);
    const passwordHash = await hashPassword(password);
    const validAfter = new Date();
    const done = await this.ds
      .getRepository(UserEntity)
      .update({ id: userId }, { passwordHash, tokensValidAfter: validAfter });
    if (!done.affected) throw notFound('User');
    this.announceEnded({ userId, validAfter: validAfter.getTime() });
  }

  /** Removes a user: its tokens are refused and its sockets close. (No mutation exposes it yet.) */
  async removeUser(userId: string): Promise<void> {
    await this.ds.getRepository(UserEntity).delete({ id: userId });
    this.announceEnded({ userId, validAfter: null });
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
    const user = await this.signUpTurn(async (m) => {
      if (this.options.signUp === 'first' && (await m.exists(OrganizationEntity))) {
        throw forbidden('Sign-up is closed: an administrator adds users');
      }
      if (await m.existsBy(UserEntity, { email })) throw conflict(TAKEN_EMAIL);
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
        nameKey: roleNameKey('Administrator'),
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
        tokensValidAfter: null,
      });
      await m.insert(UserEntity, created);
      return created;
    });
    return { token: await this.token(user), user };
  }

  /**
   * With SIGNUP=first the check that no organization exists and the insert take turns: SQLite's
   * transactions do; on MySQL a named lock held until the commit.
   */
  private async signUpTurn<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    const run = () => conflictOnDuplicate(TAKEN_EMAIL, () => transaction(this.ds, work));
    if (this.options.signUp !== 'first' || this.ds.options.type !== 'mysql') return run();
    const runner = this.ds.createQueryRunner();
    await runner.connect();
    const lock = "CONCAT('odc_signup_', DATABASE())";
    try {
      const [row] = (await runner.query(`SELECT GET_LOCK(${lock}, 10) AS ok`)) as { ok: unknown }[];
      if (Number(row?.ok) !== 1) throw conflict('Another sign-up is under way: try again');
      try {
        return await conflictOnDuplicate(TAKEN_EMAIL, () => runner.manager.transaction(work));
      } finally {
        await runner.query(`SELECT RELEASE_LOCK(${lock})`);
      }
    } finally {
      await runner.release();
    }
  }

  /**
   * Checks the password against the user's hash, or a dummy hash for an unknown email (the same
   * cost). Throttled per email and per client address (LoginThrottle).
   */
  async login(
    email: string,
    password: string,
    clientAddress = 'unknown',
  ): Promise<{ token: string; user: UserEntity }> {
    const fields: FieldIssue[] = [];
    if (email.length > MAX_EMAIL)
      fields.push({ path: 'email', message: 'Enter a valid email address' });
    if (password.length > MAX_PASSWORD) {
      fields.push({ path: 'password', message: `At most ${MAX_PASSWORD} characters` });
    }
    assertNoFieldErrors(fields);
    const key = email.trim().toLowerCase();
    const { throttle } = this.options;
    const wait = await throttle.retryAfterSeconds(key, clientAddress);
    if (wait > 0) {
      throw tooManyRequests(`Too many failed logins: try again in ${wait} seconds`, wait);
    }
    const user = await this.ds.getRepository(UserEntity).findOneBy({ email: key });
    const ok = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH), password);
    if (!user || !ok) {
      await throttle.failed(key, clientAddress);
      throw unauthenticated('Wrong email or password');
    }
    await throttle.succeeded(key);
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
    const nameKey = roleNameKey(name);
    return conflictOnDuplicate(TAKEN_ROLE, () =>
      transaction(this.ds, async (m) => {
        if (await m.existsBy(RoleEntity, { organizationId: viewer.organizationId, nameKey })) {
          throw conflict(TAKEN_ROLE);
        }
        const role = m.create(RoleEntity, {
          id: randomUUID(),
          organizationId: viewer.organizationId,
          name,
          nameKey,
          connectorAccess: input.connectorAccess,
        });
        await m.insert(RoleEntity, role);
        return role;
      }),
    );
  }

  async createUser(viewer: Viewer, input: UserInput): Promise<UserEntity> {
    if (!canManage(viewer)) throw forbidden();
    assertNoFieldErrors(checkPerson(input));
    const email = input.email.trim().toLowerCase();
    const passwordHash = await hashPassword(input.password);
    return conflictOnDuplicate(TAKEN_EMAIL, () =>
      transaction(this.ds, async (m) => {
        const role = await m.findOneBy(RoleEntity, {
          id: input.roleId,
          organizationId: viewer.organizationId,
        });
        if (!role) throw notFound('Role');
        if (await m.existsBy(UserEntity, { email })) throw conflict(TAKEN_EMAIL);
        const user = m.create(UserEntity, {
          id: randomUUID(),
          organizationId: viewer.organizationId,
          roleId: role.id,
          email,
          name: input.name.trim(),
          passwordHash,
          tokensValidAfter: null,
        });
        await m.insert(UserEntity, user);
        return user;
      }),
    );
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
    this.options.organizationSaved?.(org.id);
    return org;
  }
}
