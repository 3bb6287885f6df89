import { spawnApi, pool, gql } from '/work/wt-h15runs/apps/api/bench/common.mjs';
const env = { DATABASE_URL: 'mysql://root@127.0.0.1:3306/odc_bench_461ad522', ENCRYPTION_KEY: '0'.repeat(64), JWT_SECRET: 'bench-secret-bench-secret', DATA_DIR: '/tmp', SEED_DEMO: 'false', LOG_LEVEL: 'info', RUN_RETENTION_DAYS: '36500' };
const api = await spawnApi('all', env);
const p = pool(api.url, 4);
const email = (await (await import('mysql2/promise')).createConnection('mysql://root@127.0.0.1:3306/odc_bench_461ad522')).query('select email from app_user limit 1');
const e = (await email)[0][0].email;
const tok = (await gql(p, '', `mutation { login(email: "${e}", password: "bench-password") { token } }`)).login.token;
async function t(label, q) { for (let i=0;i<5;i++) await gql(p, tok, q); const ms=[]; for (let i=0;i<30;i++){const s=performance.now(); await gql(p,tok,q); ms.push(performance.now()-s);} ms.sort((a,b)=>a-b); console.log(label, 'p50', ms[15].toFixed(1), 'p95', ms[28].toFixed(1)); }
await t('typename', '{ __typename }');
await t('ids', '{ runs(page:1,pageSize:20) { totalCount items { id } } }');
await t('bodies', '{ runs(page:1,pageSize:20) { totalCount items { id requestBody responseBody requestUrl error recordLabel } } }');
await t('connector', '{ runs(page:1,pageSize:20) { totalCount items { id connector { id name } } } }');
await t('page500', '{ runs(page:500,pageSize:20) { totalCount items { id } } }');
await p.close(); await api.kill('SIGTERM');
