// The client's generic request path, for a task it has no method for (depth-estimation in 4.13).
// `request()` itself cannot do it: without a task its hf-inference lookup rejects the model's
// mapping, and with one `getProviderHelper` has no depth-estimation helper. So we take the two
// public building blocks it uses, the generic hf-inference helper and `makeRequestOptions` (URL,
// auth headers, provider lookup, body), send with the injected fetch, and read the reply as the
// client does: JSON when the reply says so, a Blob otherwise.
import {
  getProviderHelper,
  InferenceClientInputError,
  InferenceClientProviderApiError,
  makeRequestOptions,
  type InferenceTask,
  type Options,
} from '@huggingface/inference';
import type { Target } from './adapter-kit.js';

export interface RawRequest {
  task: InferenceTask;
  target: Target;
  token?: string;
  options: Options;
  body: { data: Blob } | { inputs: unknown };
}

export async function rawRequest({ task, target, token, options, body }: RawRequest): Promise<unknown> {
  if ('provider' in target && target.provider !== 'auto' && target.provider !== 'hf-inference') {
    throw new InferenceClientInputError(`${task} is only served by the hf-inference provider, not by "${target.provider}".`);
  }
  const routing = 'endpointUrl' in target ? { endpointUrl: target.endpointUrl } : {};
  const { url, info } = await makeRequestOptions(
    { model: target.model, ...routing, accessToken: token, ...body },
    getProviderHelper('hf-inference', undefined),
    { ...options, task },
  );
  const response = await (options.fetch ?? fetch)(url, info);
  const contentType = response.headers.get('content-type') ?? '';
  if (!response.ok) {
    const reply: unknown = contentType.startsWith('application/json') ? await response.json().catch(() => ({})) : await response.text();
    const fields = (typeof reply === 'object' && reply !== null ? reply : {}) as Record<string, unknown>;
    const said = [fields.error, fields.detail, fields.message, reply].find((value) => typeof value === 'string' && value !== '');
    throw new InferenceClientProviderApiError(
      `Failed to perform inference: ${(said as string | undefined) ?? 'an HTTP error occurred when requesting the provider'}`,
      { url, method: 'POST' },
      { requestId: response.headers.get('x-request-id') ?? '', status: response.status, body: typeof reply === 'string' ? reply : {} },
    );
  }
  return contentType.startsWith('application/json') ? response.json() : response.blob();
}
