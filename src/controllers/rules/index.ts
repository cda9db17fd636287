// The built-in controller: plans from the request's wording, takes the top-ranked model, and writes
// a templated answer. No model, no network, deterministic.
import type { Controller } from '../../pipeline/types.js';
import { chooseModels } from './choose.js';
import { planRequest } from './plan.js';
import { writeAnswer } from './respond.js';

export function createRulesController(): Controller {
  return {
    name: 'rules',
    plan: async (input) => planRequest(input.request, input.history),
    chooseModels: async (input) => chooseModels(input),
    respond: async (input) => writeAnswer(input),
  };
}
