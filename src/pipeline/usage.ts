// LLM usage of one request, by purpose, for the /chat response.
import type { LlmPurpose, LlmUsage, UsageRecorder } from './types.js';

export interface UsageTracker extends UsageRecorder {
  total(): LlmUsage & { byPurpose: Partial<Record<LlmPurpose, LlmUsage>> };
}

export function createUsageTracker(): UsageTracker {
  const byPurpose: Partial<Record<LlmPurpose, LlmUsage>> = {};
  return {
    record(purpose, usage) {
      const entry = (byPurpose[purpose] ??= { calls: 0, promptTokens: 0, completionTokens: 0 });
      entry.calls += 1;
      entry.promptTokens += usage.promptTokens;
      entry.completionTokens += usage.completionTokens;
    },
    total() {
      const entries = Object.values(byPurpose);
      return {
        calls: entries.reduce((sum, entry) => sum + entry.calls, 0),
        promptTokens: entries.reduce((sum, entry) => sum + entry.promptTokens, 0),
        completionTokens: entries.reduce((sum, entry) => sum + entry.completionTokens, 0),
        byPurpose: structuredClone(byPurpose),
      };
    },
  };
}
