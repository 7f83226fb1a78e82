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

/**
 * Why a file is neither a questionnaire nor an answers file, when it is plainly something else a
 * user might pass by mistake: one of our reports (its `questionnaire` is a mapping, and checking it
 * as answers gave dozens of unrelated errors), a SARIF log. Undefined otherwise.
 */
export function describeOtherFile(parsed: ParsedYaml): { message: string; pointer: string } | undefined {
  const data = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  if ('schemaVersion' in record && typeof record.tool === 'object' && typeof record.questionnaire === 'object') {
    return { pointer: '/schemaVersion', message: 'this is a cyber-ready JSON report, not a questionnaire or an answers file; give the answers file the report was made from' };
  }
  if (typeof record.$schema === 'string' && /sarif/i.test(record.$schema) && 'runs' in record) {
    return { pointer: '/$schema', message: 'this is a SARIF log, not a questionnaire or an answers file' };
  }
  return undefined;
}
