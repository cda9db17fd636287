import type { PipelineDeps } from './deps.js';
import { ControllerUnavailableError } from './errors.js';
import type { Controller } from './types.js';

export function requireController(deps: PipelineDeps): Controller {
  if (deps.controller) return deps.controller;
  throw new ControllerUnavailableError(
    deps.controllerUnavailableReason ?? 'No controller is configured: set OPENAI_API_KEY or OPENAI_BASE_URL, or CONTROLLER=rules.',
  );
}
