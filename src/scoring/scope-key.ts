import type { ScopeId } from './assessment.js';

/** One key per (question, scope): results, waivers and gaps of one question differ from system to system. */
export const scopeKey = (question: string, system: ScopeId): string => (system === null ? question : `${question}\u0000${system}`);
