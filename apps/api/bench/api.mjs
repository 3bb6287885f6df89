// bench:api: connectors(page: 1) over GraphQL vs a bare JSON route of the same server, same rows.
import { closedLoop, connectorInput, forDuration, gql, pool, signUp, startApi } from './common.mjs';

const DURATION_MS = Number(process.env.BENCH_MS ?? 5000);
const CONCURRENCY = 32;
const QUERY = `query { connectors(page: 1) { items { id name entityType automationTriggers published lastRunAt lastRunStatus
  roles { id name } authentication { type hasPasscode } request { url method } } page pageSize totalCount pageCount } }`;

const api = await startApi();
const p = pool(api.url);
const { token, roleId } = await signUp(p);
for (let i = 0; i < 12; i++) {
  await gql(
    p,
    token,
    `mutation($i: ConnectorInput!) { createConnector(input: $i, publish: true) { id } }`,
    {
      i: connectorInput(`Bench connector ${String(i).padStart(2, '0')}`, 'http://127.0.0.1:9/x', [
        roleId,
      ]),
    },
  );
}
const graphql = async () => {
  const res = await p.request({
    path: '/graphql',
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: QUERY }),
  });
  await res.body.text();
};
const bare = async () => {
  const res = await p.request({
    path: '/bench/connectors',
    method: 'GET',
    headers: { authorization: `Bearer ${token}` },
  });
  await res.body.text();
};
await closedLoop(500, CONCURRENCY, graphql); // warm-up
await closedLoop(500, CONCURRENCY, bare);
// Alternating rounds, so load from other work on a shared machine falls on both sides alike.
const ROUNDS = 5;
let bareSum = 0;
let gqlSum = 0;
for (let round = 0; round < ROUNDS; round++) {
  const [first, second] = round % 2 === 0 ? [bare, graphql] : [graphql, bare];
  const a = await forDuration(DURATION_MS / ROUNDS, CONCURRENCY, first);
  const b = await forDuration(DURATION_MS / ROUNDS, CONCURRENCY, second);
  bareSum += first === bare ? a : b;
  gqlSum += first === bare ? b : a;
}
const bareRps = bareSum / ROUNDS;
const gqlRps = gqlSum / ROUNDS;
await p.close();
await api.close();
console.log(
  `bare JSON route: ${bareRps.toFixed(0)} req/s; GraphQL connectors(page: 1): ${gqlRps.toFixed(0)} req/s (db=${api.db})`,
);
console.log(
  `RESULT api-connectors ratio=${(gqlRps / bareRps).toFixed(3)} graphql_rps=${gqlRps.toFixed(0)} bare_rps=${bareRps.toFixed(0)} db=${api.db}`,
);
process.exit(0);
