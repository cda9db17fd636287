import { readFileSync } from 'node:fs';
import t from 'tap';
import { ConfigError, ConfigSchema, loadConfig } from '../src/config.js';

t.test('defaults need nothing configured', async (t) => {
  const config = loadConfig({});
  t.match(config, { PORT: 3000, HOST: '0.0.0.0', CONTROLLER: 'auto', INFERENCE_MODE: 'hybrid', CANDIDATE_MODELS: 5, ALLOW_PRIVATE_URLS: false });
});

t.test('values are converted and every bad variable is named at once', async (t) => {
  t.match(loadConfig({ PORT: '8080', ALLOW_PRIVATE_URLS: 'true', CANDIDATE_MODELS: ' 3 ' }), { PORT: 8080, ALLOW_PRIVATE_URLS: true, CANDIDATE_MODELS: 3 });
  const error = t.throws(() => loadConfig({ PORT: 'abc', INFERENCE_MODE: 'cloud', TASK_CONCURRENCY: '0', LLM_TEMPERATURE: '9' })) as ConfigError;
  t.type(error, ConfigError);
  t.same(error.problems.length, 4);
  t.match(error.message, /PORT must be an integer between 1 and 65535 \(got "abc"\)/);
  t.match(error.message, /INFERENCE_MODE must be one of local, huggingface, hybrid \(got "cloud"\)/);
  t.match(error.message, /TASK_CONCURRENCY/);
  t.match(error.message, /LLM_TEMPERATURE/);
});

t.test('the README documents every variable', async (t) => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  for (const name of Object.keys(ConfigSchema.properties)) t.match(readme, new RegExp(`\\| \`${name}\` \\|`), `${name} is in the README table`);
});
