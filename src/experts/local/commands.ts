// External commands (Debian packages) that some local experts run as child processes. Finding
// them reads the PATH and stats a few files, once, on first use: nothing is spawned to look.
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { cancelled, failed } from './failures.js';

const execFileAsync = promisify(execFile);

export const INSTALL_HINT = 'run scripts/install-debian-extras.sh';

/** A command an expert needs, or a data file one of its Debian packages installs. */
export interface Requirement {
  /** The Debian package that provides it. */
  package: string;
  command?: string;
  /** A file or folder, found relative to where `command` lives (`<prefix>/share/…`). */
  shareFile?: { command: string; path: string };
}

export interface CommandFinder {
  /** Absolute path of the command, or null when it is not installed. */
  find(name: string): string | null;
  /** Debian packages missing for these requirements (empty when all are met). */
  missing(requirements: readonly Requirement[]): string[];
}

/** `overrides` maps a command name to a path (or another name looked up on the PATH). */
export function createCommandFinder(overrides: Partial<Record<string, string>> = {}, pathVariable = process.env.PATH ?? ''): CommandFinder {
  const found = new Map<string, string | null>();
  const find = (name: string): string | null => {
    if (!found.has(name)) found.set(name, locate(overrides[name] ?? name, pathVariable));
    return found.get(name)!;
  };
  const met = (requirement: Requirement): boolean => {
    if (requirement.command && !find(requirement.command)) return false;
    if (requirement.shareFile) {
      const command = find(requirement.shareFile.command);
      if (!command) return false;
      return existsSync(path.join(shareFolder(command), requirement.shareFile.path));
    }
    return true;
  };
  return {
    find,
    missing: (requirements) => [...new Set(requirements.filter((requirement) => !met(requirement)).map((r) => r.package))],
  };
}

/** `<prefix>/share` for a command installed as `<prefix>/bin/name`. */
export function shareFolder(commandPath: string): string {
  return path.resolve(path.dirname(commandPath), '..', 'share');
}

function locate(command: string, pathVariable: string): string | null {
  if (command.includes('/')) return isExecutable(command) ? path.resolve(command) : null;
  for (const folder of pathVariable.split(path.delimiter)) {
    if (!folder) continue;
    const candidate = path.join(folder, command);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

export interface RunOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** What the command does, for error messages ("apertium eng-spa"). */
  label: string;
}

/** Runs a command without a shell; an abort kills it. Failures become EXPERT_FAILED with stderr. */
export async function runCommand(file: string, args: string[], options: RunOptions): Promise<{ stdout: string; stderr: string }> {
  try {
    return await execFileAsync(file, args, {
      signal: options.signal,
      timeout: options.timeoutMs ?? 60_000,
      maxBuffer: 16 * 1024 * 1024,
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: 'C.UTF-8' },
    });
  } catch (error) {
    if (options.signal?.aborted) throw cancelled();
    const details = error as { stderr?: string; killed?: boolean; code?: unknown; signal?: unknown };
    const why = details.killed && !options.signal?.aborted ? 'timed out' : `exited with ${String(details.code ?? details.signal)}`;
    const stderr = (details.stderr ?? '').trim().split('\n').slice(-3).join(' ');
    throw failed(`${options.label} ${why}${stderr ? `: ${stderr}` : ''}`, error);
  }
}

/** A private temporary folder for one call, removed afterwards whatever happens. */
export async function withTempDir<T>(work: (folder: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(path.join(tmpdir(), 'hugginggpt-local-'));
  try {
    return await work(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
