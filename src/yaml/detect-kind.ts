import type { ParsedYaml } from './load-yaml.js';

export type Kind = 'questionnaire' | 'answers';

/** A file's kind from its top-level keys: questionnaires have sections, answers name a questionnaire. */
export function detectKind(parsed: ParsedYaml): Kind | undefined {
  const data = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  if ('sections' in data) return 'questionnaire';
  if ('answers' in data || 'questionnaire' in data) return 'answers';
  return undefined;
}
