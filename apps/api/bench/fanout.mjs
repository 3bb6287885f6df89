// Fan-out part of bench:scale: run status events to 1,000 graphql-ws subscribers of a started
// API process, against a bare `ws` server broadcasting the same number of messages.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { connectorInput, gql, pool, signUp, startApiProcesses, startSink } from './common.mjs';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const RUNS = 10;

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

async function inBatches(count, size, make) {
  const out = [];
  for (let i = 0; i < count; i += size)
    out.push(...(await Promise.all(Array.from({ length: Math.min(size, count - i) }, make))));
  return out;
}

/** graphql-ws: QUEUED (vs createdAt) and SUCCESS (vs finishedAt) of RUNS runs at every subscriber. */
async function graphqlFanout() {
  const sink = await startSink();
  // One API process on SQLite with the in-process bus: the fan-out of one instance.
  const api = await startApiProcesses(['all'], { DATABASE_URL: '' });
  const url = api.url;
  const port = Number(new URL(url).port);
  const p = pool(url);
  const { token, roleId } = await signUp(p);
  const c = await gql(
    p,
    token,
    `mutation($i: ConnectorInput!) { createConnector(input: $i, publish: true) { id } }`,
    {
      i: connectorInput('Fan', `${sink.url}/push`, [roleId]),
    },
  );
  const contact = await gql(
    p,
    token,
    `mutation { createContact(input: { firstName: "Fan", lastName: "Out" }) { id } }`,
  );
  // At most 20 sockets per user (server.ts): the subscribers are spread over users of one role.
  const tokens = [token];
  for (let i = 1; i * 20 < SUBSCRIBERS; i++) {
    const email = `fan-${i}-${Math.random().toString(36).slice(2, 8)}@bench.test`;
    await gql(p, token, `mutation($i: UserInput!) { createUser(input: $i) { id } }`, {
      i: { email, name: `Fan ${i}`, password: 'bench-password', roleId },
    });
    const login = await gql(
      p,
      '',
      `mutation($e: String!) { login(email: $e, password: "bench-password") { token } }`,
      { e: email },
    );
    tokens.push(login.login.token);
  }
  let opened = 0;
  const latencies = [];
  const seen = new Map(); // runId -> subscribers that got SUCCESS
  const clients = await inBatches(SUBSCRIBERS, 50, async () => {
    const socketToken = tokens[Math.floor(opened++ / 20)];
    const client = createClient({
      url: `ws://127.0.0.1:${port}/graphql`,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${socketToken}` },
    });
    await new Promise((resolve) => client.on('connected', resolve));
    client.subscribe(
      {
        query: `subscription($c: ID) { runStatusChanged(connectorId: $c) { id status createdAt finishedAt } }`,
        variables: { c: c.createConnector.id },
      },
      {
        next: ({ data }) => {
          const now = Date.now();
          const r = data.runStatusChanged;
          if (r.status === 'QUEUED') latencies.push(now - Date.parse(r.createdAt));
          if (r.status === 'SUCCESS') {
            latencies.push(now - Date.parse(r.finishedAt));
            seen.set(r.id, (seen.get(r.id) ?? 0) + 1);
          }
        },
        error: () => {},
        complete: () => {},
      },
    );
    return client;
  });
  await new Promise((r) => setTimeout(r, 500)); // subscriptions registered
  for (let i = 0; i < RUNS; i++) {
    const run = await gql(
      p,
      token,
      `mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }`,
      {
        c: c.createConnector.id,
        r: contact.createContact.id,
      },
    );
    const deadline = Date.now() + 30_000;
    while ((seen.get(run.triggerPush.id) ?? 0) < SUBSCRIBERS && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 5));
  }
  await Promise.all(clients.map((cl) => cl.dispose()));
  await p.close();
  await api.close();
  await sink.close();
  return latencies;
}

const RAW_SERVER = `
const { WebSocketServer } = require(${JSON.stringify(fileURLToPath(import.meta.resolve('ws')))});
const wss = new WebSocketServer({ port: 0 }, () => console.log(JSON.stringify({ port: wss.address().port })));
process.stdin.on('data', () => {
  const msg = JSON.stringify({ type: 'next', payload: { data: { at: Date.now() } } });
  for (const c of wss.clients) c.send(msg);
});
`;

/** Raw ws: the same number of events, broadcast by a bare server to as many clients. */
async function rawFanout() {
  const child = spawn(process.execPath, ['-e', RAW_SERVER], { stdio: ['pipe', 'pipe', 'inherit'] });
  const port = await new Promise((resolve) =>
    child.stdout.once('data', (d) => resolve(JSON.parse(d).port)),
  );
  const latencies = [];
  let received = 0;
  const sockets = await inBatches(
    SUBSCRIBERS,
    50,
    () =>
      new Promise((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${port}`);
        ws.on('message', (m) => {
          latencies.push(Date.now() - JSON.parse(m).payload.data.at);
          received++;
        });
        ws.on('open', () => resolve(ws));
      }),
  );
  for (let i = 0; i < RUNS * 2; i++) {
    const target = received + SUBSCRIBERS;
    child.stdin.write('go\n');
    const deadline = Date.now() + 30_000;
    while (received < target && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  }
  for (const ws of sockets) ws.close();
  child.kill();
  return latencies;
}

export async function fanout() {
  const raw = await rawFanout();
  const graphql = await graphqlFanout();
  return {
    subscribers: SUBSCRIBERS,
    events: RUNS * 2,
    p50: percentile(graphql, 50),
    p99: percentile(graphql, 99),
    rawP99: percentile(raw, 99),
    samples: graphql.length,
  };
}
