// Helpers for test/ops.test.ts: the dashboard's queries, the commands on PATH, and a real
// Prometheus server started for one test.
import { spawn } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export const ROOT = new URL('..', import.meta.url).pathname;
export const DASHBOARD_PATH = join(ROOT, 'ops/grafana/dashboards/hugginggpt.json');
export const SCRAPE_CONFIG_PATH = join(ROOT, 'ops/prometheus/prometheus.yml');

export interface DashboardQuery {
  panel: string;
  refId: string;
  /** The expression as Grafana sends it, its variables replaced by a fixed range. */
  expr: string;
}

interface Panel {
  title: string;
  panels?: Panel[];
  targets?: Array<{ refId: string; expr?: string }>;
}

/** Grafana's built-in range variables; a dashboard query using any other `$` variable is an error. */
const GRAFANA_RANGES = /\$(__rate_interval|__interval|__range)\b|\$\{(__rate_interval|__interval|__range)\}/g;

export function dashboardQueries(path = DASHBOARD_PATH): DashboardQuery[] {
  const dashboard = JSON.parse(readFileSync(path, 'utf8')) as { panels: Panel[] };
  const panels = dashboard.panels.flatMap((panel) => [panel, ...(panel.panels ?? [])]);
  return panels.flatMap((panel) =>
    (panel.targets ?? []).map((target) => ({ panel: panel.title, refId: target.refId, expr: (target.expr ?? '').replace(GRAFANA_RANGES, '1m') })),
  );
}

/** The metric names an expression reads: the service's own and prom-client's default ones. */
export function metricNames(expr: string): string[] {
  return [...new Set(expr.match(/\b(?:hugginggpt|nodejs|process)_[a-z0-9_]+\b/g) ?? [])];
}

export function findCommand(name: string): string | undefined {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(folder, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  return undefined;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface RunningPrometheus {
  url: string;
  /** GET /api/v1/query; throws on an HTTP or query error. */
  query(expr: string): Promise<Array<{ metric: Record<string, string>; value: [number, string] }>>;
  stop(): Promise<void>;
}

/** Starts `prometheus` with the given configuration text; resolves once it is ready. */
export async function startPrometheus(binary: string, configText: string): Promise<RunningPrometheus> {
  const folder = await mkdtemp(join(tmpdir(), 'hugginggpt-prometheus-'));
  const configPath = join(folder, 'prometheus.yml');
  await writeFile(configPath, configText);
  const port = await freePort();
  const child = spawn(binary, [`--config.file=${configPath}`, `--storage.tsdb.path=${join(folder, 'data')}`, `--web.listen-address=127.0.0.1:${port}`, '--log.level=warn'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    await rm(folder, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`prometheus exited (${child.exitCode}): ${stderr}`);
    const ready = await fetch(`${url}/-/ready`).then((response) => response.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`prometheus was not ready within 30 s: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    stop,
    async query(expr) {
      const response = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(expr)}`);
      const body = (await response.json()) as { status: string; error?: string; data?: { result: any[] } };
      if (body.status !== 'success') throw new Error(`query ${expr} failed: ${body.error}`);
      return body.data!.result;
    },
  };
}
