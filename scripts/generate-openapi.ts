// Writes openapi/openapi.json from the route schemas (the app is built, never started).
//   npm run openapi            write the file
//   npm run openapi -- --check exit 1 if the committed file differs from the routes
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';

export async function renderOpenApi(): Promise<string> {
  const app = await buildApp(loadConfig({}), { providers: [], controller: null });
  await app.ready();
  const document = app.swagger();
  await app.close();
  return `${JSON.stringify(document, null, 2)}\n`;
}

const target = new URL('../openapi/openapi.json', import.meta.url);
if (import.meta.url === `file://${process.argv[1]}`) {
  const rendered = await renderOpenApi();
  if (process.argv.includes('--check')) {
    const committed = await readFile(target, 'utf8').catch(() => '');
    if (committed !== rendered) {
      console.error('openapi/openapi.json is out of date: run npm run openapi');
      process.exit(1);
    }
    console.log('openapi/openapi.json is up to date');
  } else {
    await mkdir(new URL('.', target), { recursive: true });
    await writeFile(target, rendered);
    console.log(`wrote ${target.pathname}`);
  }
}
