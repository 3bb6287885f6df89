import type { App } from './app.js';
import type { Viewer } from './modules/shared/access.js';
import { OrganizationEntity } from './modules/identity/organization.entity.js';
import { UserEntity } from './modules/identity/user.entity.js';
import { ConnectorEntity } from './modules/connectors/connector.entity.js';
import type { ConnectorInput } from './modules/connectors/connector.input.js';
import { seedDemoActivity, type DemoRecord } from './demo-activity.js';

export const DEMO_PASSWORD = 'demo-password';
const DEMO_ADMIN = 'admin@demo.test';
/** The product's own demo targets on a loopback port: what the demo connectors push to. */
const LOCAL_ECHO =
  /^(http:\/\/(?:localhost|127\.0\.0\.1|\[::1\])):(\d+)(\/demo\/(?:echo|flaky|reject)(?:[/?#].*)?)$/;

const FIRST = ['Earl', 'Maya', 'Liam', 'Ava', 'Noah', 'Zoe', 'Ethan', 'Mia', 'Lucas', 'Ivy'];
const LAST = [
  'Sancho',
  'Nguyen',
  'Olsen',
  'Garcia',
  'Berg',
  'Patel',
  'Moore',
  'Kim',
  'Lund',
  'Reyes',
];
const LEAD_SOURCES = ['Website', 'Referral', 'Open House', 'Zillow'];
const CITIES = [
  ['Minneapolis', 'MN', '55401'],
  ['St. Paul', 'MN', '55102'],
  ['Denver', 'CO', '80202'],
  ['Austin', 'TX', '78701'],
];

function connector(
  name: string,
  echo: string,
  roleIds: string[],
  extra: Partial<ConnectorInput>,
): ConnectorInput {
  return {
    name,
    entityType: 'CONTACT',
    automationTriggers: [],
    roleIds,
    authentication: { type: 'NONE' },
    request: {
      url: echo,
      method: 'POST',
      headers: [{ key: 'X-Source', value: 'outbound-data-connector' }],
      bodyTemplate:
        '{"id": "{{contact.id}}", "name": "{{contact.firstName}} {{contact.lastName}}", "email": "{{contact.email}}", "birthday": "{{contact.birthday}}", "rating": {{contact.activityRating}}}',
    },
    successCriteria: [{ source: 'STATUS_CODE', comparator: 'EQUALS', value: '200' }],
    ...extra,
  } as ConnectorInput;
}

/**
 * Points the demo organization's connectors that push to a loopback /demo/echo at `port`, the
 * port the server listens on now: PORT may change between starts. Returns how many moved.
 */
export async function pointDemoAtPort(app: App, port: number): Promise<number> {
  if (!(port > 0)) return 0;
  const admin = await app.ds.getRepository(UserEntity).findOneBy({ email: DEMO_ADMIN });
  if (!admin) return 0;
  const repo = app.ds.getRepository(ConnectorEntity);
  let moved = 0;
  for (const c of await repo.findBy({ organizationId: admin.organizationId })) {
    const match = LOCAL_ECHO.exec(c.definition.request.url);
    if (!match || Number(match[2]) === port) continue;
    const moveTo = (url: string) => {
      const m = LOCAL_ECHO.exec(url);
      return m ? `${m[1]}:${port}${m[3]}` : url;
    };
    const { staff, leadSource } = c.definition.matching;
    const definition = {
      ...c.definition,
      request: { ...c.definition.request, url: moveTo(c.definition.request.url) },
      matching: {
        staff: staff && { ...staff, listUrl: moveTo(staff.listUrl) },
        leadSource: leadSource && {
          ...leadSource,
          listUrl: moveTo(leadSource.listUrl),
          createUrl: leadSource.createUrl && moveTo(leadSource.createUrl),
        },
      },
    };
    await repo.update({ id: c.id }, { definition });
    app.services.connectors.announce(Object.assign(c, { definition }));
    moved++;
  }
  if (moved > 0) app.logger.info({ moved, port }, 'demo connectors now push to this port');
  return moved;
}

/** True when the demo admin (a known login) exists. */
export async function demoPresent(app: App): Promise<boolean> {
  return app.ds.getRepository(UserEntity).existsBy({ email: DEMO_ADMIN });
}

/** The one start-log line while demo data and its known logins are there. */
export const demoWarning = (seeded: boolean) =>
  `DEMO DATA ${seeded ? 'SEEDED' : 'PRESENT'}: anyone can log in as ${DEMO_ADMIN} with password ${DEMO_PASSWORD}; not for real data (SEED_DEMO=false on a fresh DATA_DIR turns it off)`;

/**
 * On an empty embedded database: one organization, three users, records and connectors. On a
 * seeded one: the demo connectors follow `port`. True when it seeded.
 */
export async function seedDemo(app: App, port: number): Promise<boolean> {
  if ((await app.ds.getRepository(OrganizationEntity).count()) > 0) {
    await pointDemoAtPort(app, port);
    return false;
  }
  const { identity, contacts, loans, connectors } = app.services;
  const { user: admin } = await identity.signUp({
    organizationName: 'Demo Mortgage Co.',
    name: 'Ada Admin',
    email: DEMO_ADMIN,
    password: DEMO_PASSWORD,
  });
  const adminViewer: Viewer = {
    userId: admin.id,
    organizationId: admin.organizationId,
    roleId: admin.roleId,
    access: 'MANAGE',
  };
  const officerRole = await identity.createRole(adminViewer, {
    name: 'Loan Officer',
    connectorAccess: 'NONE',
  });
  const viewerRole = await identity.createRole(adminViewer, {
    name: 'Viewer',
    connectorAccess: 'READ_ONLY',
  });
  const officer = await identity.createUser(adminViewer, {
    email: 'officer@demo.test',
    name: 'Owen Officer',
    password: DEMO_PASSWORD,
    roleId: officerRole.id,
  });
  await identity.createUser(adminViewer, {
    email: 'viewer@demo.test',
    name: 'Vera Viewer',
    password: DEMO_PASSWORD,
    roleId: viewerRole.id,
  });

  const contactIds: string[] = [];
  const contactRecords: DemoRecord[] = [];
  for (let i = 0; i < 20; i++) {
    const [city, state, zipCode] = CITIES[i % CITIES.length] as string[];
    const first = FIRST[i % FIRST.length] as string;
    const last = LAST[(i * 3) % LAST.length] as string;
    const c = await contacts.create(adminViewer, {
      ownerId: i < 14 ? officer.id : admin.id,
      firstName: first,
      lastName: last,
      email: `${first}.${last}${i}@example.com`.toLowerCase(),
      phone: `555-01${String(i).padStart(2, '0')}`,
      address: `${100 + i} Main Street`,
      city,
      state,
      zipCode,
      birthday: `19${70 + i}-0${(i % 9) + 1}-1${i % 9}`,
      activityRating: i % 6,
      leadSource: LEAD_SOURCES[i % LEAD_SOURCES.length],
    });
    contactIds.push(c.id);
    const name = { 'contact.firstName': first, 'contact.lastName': last, 'contact.email': c.email };
    contactRecords.push({
      id: c.id,
      ownerId: c.ownerId,
      values: name,
      body: JSON.stringify({ id: c.id, name: `${first} ${last}`, email: c.email }),
    });
  }
  const types = [
    'MORTGAGE',
    'MORTGAGE',
    'MORTGAGE',
    'AUTO',
    'MORTGAGE',
    'PERSONAL',
    'MORTGAGE',
    'STUDENT',
    'MORTGAGE',
    'OTHER',
  ] as const;
  const loanRecords: DemoRecord[] = [];
  for (let i = 0; i < 10; i++) {
    const loan = await loans.create(adminViewer, {
      ownerId: i < 7 ? officer.id : admin.id,
      loanNumber: `9166510${String(7930 + i)}`,
      loanType: types[i] as (typeof types)[number],
      amount: 150_000 + i * 25_000,
      interestRate: 5.5 + i / 8,
      status: i % 3 === 0 ? 'Closed' : 'Application',
      propertyAddress: `${200 + i} Lake Street`,
      closingDate: `2025-0${(i % 9) + 1}-15`,
      borrowerId: contactIds[i] ?? null,
    });
    if (loan.loanType === 'MORTGAGE')
      loanRecords.push({
        id: loan.id,
        ownerId: loan.ownerId,
        values: { 'loan.loanNumber': loan.loanNumber, 'loan.amount': loan.amount },
        body: JSON.stringify({ loan: loan.loanNumber, amount: loan.amount }),
      });
  }

  const echo = `http://localhost:${port}/demo/echo`;
  const both = [officerRole.id, admin.roleId];
  const gifts = await connectors.create(
    adminViewer,
    connector('Gift Service', `${echo}/gifts`, [officerRole.id], {
      automationTriggers: ['ON_CREATE', 'ON_UPDATE'],
    }),
    true,
  );
  const lake = await connectors.create(
    adminViewer,
    connector('Data Lake', `${echo}/lake`, both, {
      authentication: { type: 'BASIC', username: 'demo', passcode: 'demo-passcode' },
    }),
    true,
  );
  const closedLoans = await connectors.create(
    adminViewer,
    connector('Closed Loans', `${echo}/loans`, both, {
      entityType: 'LOAN',
      automationTriggers: ['ON_UPDATE'],
      request: {
        url: `${echo}/loans`,
        method: 'PUT',
        headers: [],
        bodyTemplate:
          '{"loan": "{{loan.loanNumber}}", "amount": {{loan.amount}}, "borrower": "{{loan.borrower.lastName}}"}',
      },
      successCriteria: [{ source: 'RESPONSE_BODY', comparator: 'CONTAINS', value: '"ok":true' }],
    }),
    true,
  );
  await connectors.create(
    adminViewer,
    connector('CRM Sync', `${echo}/crm`, [officerRole.id], {
      automationTriggers: ['ON_DELETE'],
      request: {
        url: `${echo}/crm`,
        method: 'POST',
        headers: [],
        bodyTemplate:
          '{"id": "{{contact.id}}", "name": "{{contact.firstName}} {{contact.lastName}}", "staffId": {{contact.owner.staffId}}, "leadSourceId": {{contact.leadSourceId}}}',
      },
      // The demo target's lists: owners matched to its staff, lead sources created when new.
      matching: {
        staff: { listUrl: `${echo}/staff`, idField: 'id', emailField: 'email' },
        leadSource: {
          listUrl: `${echo}/lead-sources`,
          idField: 'id',
          nameField: 'name',
          createUrl: `${echo}/lead-sources`,
        },
      },
    }),
    false,
  );
  if (app.config.seedDemoActivity) {
    const base = `http://localhost:${port}/demo`;
    const flaky = await connectors.create(
      adminViewer,
      connector('Flaky Partner', `${base}/flaky`, both, {
        delivery: { maxAttempts: 3 },
      } as Partial<ConnectorInput>),
      true,
    );
    const strict = await connectors.create(
      adminViewer,
      connector('Strict Partner', `${base}/reject`, both, {}),
      true,
    );
    const rejected = {
      status: 400,
      body: '{"ok":false,"error":"The demo partner rejects every push (400)"}',
    };
    const timeout = { status: 503, body: '{"ok":false,"error":"The demo partner is busy"}' };
    const common = { records: contactRecords, initiatedById: officer.id, failure: timeout };
    await seedDemoActivity(app.ds, admin.organizationId, [
      { ...common, connector: gifts, perDay: 3, retried: 0.05, failed: 0.03, automatic: 0.5 },
      { ...common, connector: lake, perDay: 1, retried: 0.1, failed: 0.05, automatic: 0 },
      {
        ...common,
        connector: closedLoans,
        records: loanRecords,
        perDay: 1,
        retried: 0,
        failed: 0,
        automatic: 0.3,
      },
      { ...common, connector: flaky, perDay: 2, retried: 0.33, failed: 0.05, automatic: 0 },
      {
        ...common,
        connector: strict,
        perDay: 1,
        retried: 0,
        failed: 1,
        failure: rejected,
        automatic: 0,
      },
    ]);
  }
  app.logger.info(
    'demo data seeded: admin@demo.test, officer@demo.test, viewer@demo.test (password demo-password)',
  );
  return true;
}
