import { hasErrors, sortDiagnostics, type Diagnostic } from '../errors.js';
import type { Catalog } from '../frameworks/catalog.js';
import { validateSchema } from '../schema/validate-schema.js';
import type { ParsedYaml } from '../yaml/load-yaml.js';
import { buildQuestionnaire, questionPointer, type RawQuestionnaire } from './build-questionnaire.js';
import type { LoadedQuestionnaire } from './types.js';
import { validateQuestionnaire } from './validate-questionnaire.js';

/** Schema first, then the semantic rules (references against `catalog`); a model only when both pass. */
export function checkQuestionnaire(parsed: ParsedYaml, catalog: Catalog): { loaded?: LoadedQuestionnaire; diagnostics: Diagnostic[] } {
  if (parsed.data === undefined) return { diagnostics: parsed.diagnostics };
  const schema = validateSchema('questionnaire', parsed);
  if (schema.length > 0) return { diagnostics: sortDiagnostics([...parsed.diagnostics, ...schema]) };
  const raw = parsed.data as RawQuestionnaire;
  const semantic = validateQuestionnaire(raw, parsed.file, parsed.positions, catalog);
  const diagnostics = sortDiagnostics([...parsed.diagnostics, ...semantic]);
  if (hasErrors(diagnostics)) return { diagnostics };
  return { loaded: { questionnaire: buildQuestionnaire(raw, parsed.file, catalog, (s, q) => parsed.positions.of(questionPointer(s, q))) }, diagnostics };
}
