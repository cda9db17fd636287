// Builds the real app for tests (never listening): a temporary artifacts folder, the given
// environment on top of safe defaults, and overrides for the providers and controller.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Test } from 'tap';
import { buildApp, type AppOverrides } from '../src/app.js';
import { loadConfig } from '../src/config.js';

export async function buildTestApp(t: Test, env: Record<string, string> = {}, overrides: AppOverrides = {}) {
  const artifactsDir = await mkdtemp(join(tmpdir(), 'hugginggpt-test-'));
  // Event-loop shedding is off unless a test turns it on: on a busy machine a slow module load
  // could otherwise shed an unrelated test's request.
  const config = loadConfig({ ARTIFACTS_DIR: artifactsDir, RETRY_BASE_DELAY_MS: '1', PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0', ...env });
  const app = await buildApp(config, overrides);
  t.teardown(async () => {
    await app.close();
    await rm(artifactsDir, { recursive: true, force: true });
  });
  return app;
}

export { RED_PNG, RED_PNG_URI } from './samples.js';
