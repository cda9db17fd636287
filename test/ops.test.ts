// The operator's files, checked with the tools that run here (no Docker engine): docker-compose
// validates the compose file, promtool the scrape config and every dashboard query, and a real
// Prometheus scrapes a running service to show that each metric the dashboard reads has samples.
// The tools come from Debian (scripts/install-ops-tools.sh); without them these tests are skipped
// and say so.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { scriptedProvider } from './fakes/expert-provider.js';
import { startFakeOpenAI } from './fakes/openai-server.js';
import { buildTestApp } from './helper.js';
import { DASHBOARD_PATH, ROOT, SCRAPE_CONFIG_PATH, dashboardQueries, findCommand, metricNames, startPrometheus } from './ops-tools.js';

const run = promisify(execFile);
const INSTALL = 'install the Debian packages with scripts/install-ops-tools.sh';
const needs = (...commands: string[]) => {
  const missing = commands.filter((command) => !findCommand(command));
  return missing.length ? `needs ${missing.join(', ')}: ${INSTALL}` : false;
};

/** What the issue asks the dashboard to show, by the metric that carries it. */
const REQUIRED = [
  'hugginggpt_cache_requests_total',
  'hugginggpt_stage_duration_seconds_bucket',
  'hugginggpt_http_request_duration_seconds_count',
  'hugginggpt_http_failures_total',
  'hugginggpt_pipelines_in_flight',
  'hugginggpt_shed_requests_total',
  'hugginggpt_expert_calls_total',
  'hugginggpt_breakers_open',
  'hugginggpt_breaker_transitions_total',
  'hugginggpt_llm_tokens_total',
  'hugginggpt_artifact_bytes',
  'nodejs_eventloop_lag_p99_seconds',
];

const queries = dashboardQueries();
const dashboardMetrics = [...new Set(queries.flatMap((query) => metricNames(query.expr)))];

t.test('the dashboard shows what the operator needs, from the provisioned data source', async (t) => {
  for (const metric of REQUIRED) t.ok(dashboardMetrics.includes(metric), `a panel reads ${metric}`);
  for (const query of queries) {
    t.ok(metricNames(query.expr).length > 0, `${query.panel} (${query.refId}) reads a metric this test can check`);
    t.notMatch(query.expr, /\$/, `${query.panel} (${query.refId}) uses no variable but Grafana's ranges`);
  }
  const dashboard = readFileSync(DASHBOARD_PATH, 'utf8');
  const uids = new Set([...dashboard.matchAll(/"uid": "([^"]+)"/g)].map((match) => match[1]).filter((uid) => uid !== 'hugginggpt'));
  const datasources = readFileSync(join(ROOT, 'ops/grafana/provisioning/datasources/prometheus.yml'), 'utf8');
  t.same([...uids], ['prometheus'], 'every panel uses one data source');
  t.match(datasources, /uid: prometheus\b/, 'the provisioned data source has that uid');
  t.match(datasources, /url: http:\/\/prometheus:9090/, 'and points at the compose service');
  const provider = readFileSync(join(ROOT, 'ops/grafana/provisioning/dashboards/hugginggpt.yml'), 'utf8');
  t.match(provider, /path: \/etc\/grafana\/dashboards/);
});

t.test('the compose file validates with docker-compose (v1), in a form Compose v2 accepts too', { skip: needs('docker-compose') }, async (t) => {
  const text = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');
  t.notMatch(text, /^name:/m, 'no top-level name: (v1 rejects it)');
  t.notMatch(text, /^version:/m, 'no top-level version: (v2 warns that it is obsolete)');
  for (const profile of [[], ['--profile', 'llm']]) {
    const { stdout } = await run('docker-compose', [...profile, 'config'], { cwd: ROOT, env: { PATH: process.env.PATH } });
    t.match(stdout, /hugginggpt:[\s\S]*init: true/, `${profile.join(' ') || 'default'}: the service runs under an init`);
    t.match(stdout, /image: prom\/prometheus:v3\./);
    t.match(stdout, /image: grafana\/grafana:/);
    if (profile.length) t.match(stdout, /image: ollama\/ollama:0\.(3[4-9]|[4-9]\d)\./, 'a current Ollama release');
    for (const name of ['LLM_CONTEXT_TOKENS', 'LLM_RESPONSE_FORMAT', 'LLM_MAX_OUTPUT_TOKENS', 'LLM_TIMEOUT_MS', 'LLM_API']) t.match(stdout, new RegExp(`${name}: `), `passes ${name}`);
  }
  for (const [, source] of text.matchAll(/^\s+- \.\/(\S+?):/gm)) t.ok(existsSync(join(ROOT, source!)), `mounted ./${source} exists`);
});

t.test('promtool accepts the scrape config and every dashboard query', { skip: needs('promtool') }, async (t) => {
  const config = await run('promtool', ['check', 'config', SCRAPE_CONFIG_PATH]);
  t.match(config.stdout + config.stderr, /SUCCESS/);

  // A rules file (JSON is YAML) with one recording rule per query: promtool parses each with
  // Prometheus's own PromQL parser and names the rule of any query it rejects.
  const folder = await mkdtemp(join(tmpdir(), 'hugginggpt-rules-'));
  t.teardown(() => rm(folder, { recursive: true, force: true }));
  const rules = queries.map((query, index) => ({ record: `dashboard:query_${index}`, expr: query.expr }));
  const path = join(folder, 'dashboard-rules.yml');
  await writeFile(path, JSON.stringify({ groups: [{ name: 'dashboard', rules }] }, null, 2));
  const checked = await run('promtool', ['check', 'rules', path]).catch((error: { stdout: string; stderr: string }) => error);
  t.match(checked.stdout + checked.stderr, new RegExp(`SUCCESS: ${queries.length} rules found`), checked.stderr || 'every query parses');
});

t.test('a real Prometheus scraping the service gets samples of every metric the dashboard reads', { skip: needs('prometheus'), timeout: 90_000 }, async (t) => {
  const llm = await startFakeOpenAI(() => ({ content: 'Here is the summary.' }));
  t.teardown(() => llm.close());
  const summarizer = scriptedProvider('local', [{ id: 'local/sum', task: 'summarization', output: () => ({ text: 'short' }) }]);
  // DIRECT_ANSWER off: a lone summarization would otherwise be written by the LLM, with no expert call.
  const app = await buildTestApp(t, { CONTROLLER: 'rules-first', OPENAI_BASE_URL: llm.url, OPENAI_API_KEY: 'sk-test', DIRECT_ANSWER: 'false' }, { providers: [summarizer], catalogue: [] });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  // Traffic, so the counters have series: a /chat (stages, an expert call, LLM tokens) and a 4xx.
  const chat = await app.inject({ method: 'POST', url: '/chat', payload: { request: 'Summarize the following text: "One sentence. Another sentence."' } });
  t.equal(chat.statusCode, 200, chat.body);
  t.equal((await app.inject({ method: 'POST', url: '/plan', payload: {} })).statusCode, 400);

  const provisioned = readFileSync(SCRAPE_CONFIG_PATH, 'utf8');
  const configText = provisioned.replace('"hugginggpt:3000"', JSON.stringify(new URL(address).host)).replace(/scrape_interval: \d+s/, 'scrape_interval: 1s');
  t.not(configText, provisioned.replace(/scrape_interval: \d+s/, 'scrape_interval: 1s'), 'the provisioned target was pointed at the test server');
  const prometheus = await startPrometheus(findCommand('prometheus')!, configText);
  t.teardown(() => prometheus.stop());

  // Two scrapes at least, so rate() and increase() have something to work with.
  const deadline = Date.now() + 30_000;
  while ((await prometheus.query('count_over_time(up{job="hugginggpt"}[1m]) >= 2')).length === 0) {
    if (Date.now() > deadline) throw new Error(`Prometheus did not scrape ${address} twice within 30 s: ${JSON.stringify(await prometheus.query('up'))}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  t.same((await prometheus.query('up{job="hugginggpt"}')).map((sample) => sample.value[1]), ['1'], 'the target is up');

  for (const metric of dashboardMetrics) {
    const samples = await prometheus.query(`count({__name__="${metric}"})`);
    t.ok(samples.length === 1 && Number(samples[0]!.value[1]) > 0, `${metric} has samples in Prometheus`);
  }
  for (const query of queries) {
    await t.resolves(prometheus.query(query.expr), `Prometheus evaluates ${query.panel} (${query.refId})`);
  }
});
