// Fetching a user-supplied URL safely: http(s) only, every address checked at connect time (so
// DNS rebinding cannot slip a private address in after a check), redirects followed by hand and
// re-checked, a size cap while streaming, and a timeout chained to the caller's signal.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { TaskFailure } from '../pipeline/errors.js';
import { linkSignals, type LinkedSignal } from '../pipeline/signals.js';
import { isPublicAddress } from './address-policy.js';

export interface FetchPolicy {
  allowPrivate: boolean;
  maxBytes: number;
  timeoutMs: number;
}

const MAX_REDIRECTS = 3;

const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 4);
    const list = addresses as unknown as LookupAddress[];
    const blocked = list.find((entry) => !isPublicAddress(entry.address));
    if (blocked) {
      return callback(Object.assign(new Error(`${hostname} resolves to the non-public address ${blocked.address}`), { code: 'EBLOCKED' }), '', 4);
    }
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
    callback(null, list[0]!.address, list[0]!.family);
  });
};

export async function fetchUrl(url: string, policy: FetchPolicy, signal?: AbortSignal): Promise<Uint8Array> {
  const link = linkSignals([signal], { timeoutMs: policy.timeoutMs });
  try {
    let current = new URL(url);
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      checkUrl(current, policy);
      const response = await request(current, policy, link);
      if (response.redirect) {
        current = new URL(response.redirect, current);
        continue;
      }
      return response.bytes!;
    }
  } finally {
    link.dispose();
  }
  throw new TaskFailure('RESOURCE_FETCH_FAILED', `${url} redirects more than ${MAX_REDIRECTS} times`, { tryNextModel: false });
}

function checkUrl(url: URL, policy: FetchPolicy): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TaskFailure('RESOURCE_BLOCKED', `only http and https URLs can be fetched, not ${url.protocol}`, { tryNextModel: false });
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!policy.allowPrivate && isIP(host) && !isPublicAddress(host)) {
    throw new TaskFailure('RESOURCE_BLOCKED', `${url.host} is a loopback, private or reserved address; the service does not fetch those (set ALLOW_PRIVATE_URLS=true to allow)`, { tryNextModel: false });
  }
}

function request(url: URL, policy: FetchPolicy, link: LinkedSignal): Promise<{ redirect?: string; bytes?: Uint8Array }> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const { signal } = link;
    const fail = (error: unknown) => reject(toFailure(error, url, link));
    const req = client.get(url, { signal, lookup: policy.allowPrivate ? undefined : guardedLookup, headers: { accept: 'image/*,audio/*,video/*,*/*;q=0.5' } }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        return resolve({ redirect: res.headers.location });
      }
      if (status !== 200) {
        res.resume();
        const code = status === 404 ? 'RESOURCE_NOT_FOUND' : 'RESOURCE_FETCH_FAILED';
        return reject(new TaskFailure(code, `${url.href} answered HTTP ${status}`, { retryable: status >= 500 || status === 429, tryNextModel: false }));
      }
      const declared = Number(res.headers['content-length'] ?? 0);
      if (declared > policy.maxBytes) {
        res.destroy();
        return reject(tooLarge(url, policy));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > policy.maxBytes) {
          res.destroy();
          reject(tooLarge(url, policy));
        } else chunks.push(chunk);
      });
      res.on('end', () => resolve({ bytes: Buffer.concat(chunks) }));
      res.on('error', fail);
    });
    req.on('error', fail);
  });
}

const tooLarge = (url: URL, policy: FetchPolicy) =>
  new TaskFailure('RESOURCE_TOO_LARGE', `${url.href} is larger than RESOURCE_MAX_BYTES (${policy.maxBytes} bytes)`, { tryNextModel: false });

function toFailure(error: unknown, url: URL, link: LinkedSignal): Error {
  if (error instanceof TaskFailure) return error;
  if (link.timedOut) return new TaskFailure('RESOURCE_FETCH_FAILED', `fetching ${url.href} took longer than RESOURCE_TIMEOUT_MS`, { retryable: true, tryNextModel: false });
  if (link.signal.aborted) return error as Error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EBLOCKED') {
    return new TaskFailure('RESOURCE_BLOCKED', `${(error as Error).message}; the service does not fetch private addresses (set ALLOW_PRIVATE_URLS=true to allow)`, { tryNextModel: false });
  }
  return new TaskFailure('RESOURCE_FETCH_FAILED', `could not fetch ${url.href}: ${(error as Error).message}`, { retryable: true, tryNextModel: false, cause: error });
}
