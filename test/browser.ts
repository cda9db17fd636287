// A real browser for tests: Debian's chromium driven by playwright-core (never `playwright
// install`, which downloads a browser). `.ci/run` installs chromium through
// scripts/install-debian-extras.sh; without it the browser tests skip and say why.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Test } from 'tap';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Why the browser tests cannot run here, or false when they can. */
export const browserMissing: string | false = existsSync(CHROMIUM)
  ? false
  : `${CHROMIUM} is absent: install Debian's chromium (scripts/install-debian-extras.sh, run by .ci/run as root) to run the browser tests`;

// Headless, no sandbox (containers run as root), and nothing that reaches the internet on its own.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh browser profile (playwright passes it as --user-data-dir), removed at the test's end. */
export async function openBrowser(t: Test, options: { width?: number; height?: number } = {}): Promise<BrowserContext> {
  const profile = await mkdtemp(join(tmpdir(), 'hugginggpt-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: options.width ?? 1280, height: options.height ?? 860 },
  });
  t.teardown(async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  });
  return context;
}
