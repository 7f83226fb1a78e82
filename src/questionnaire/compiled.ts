import { formatDiagnostic } from '../errors.js';
import type { Catalog } from '../frameworks/catalog.js';
import { readCompiled } from '../read-compiled.js';
import { parseYaml } from '../yaml/load-yaml.js';
import { buildQuestionnaire, questionPointer, type RawQuestionnaire } from './build-questionnaire.js';
import { checkQuestionnaire } from './load-questionnaire.js';
import type { LoadedQuestionnaire } from './types.js';

/**
 * A bundled questionnaire as checked data, made at build time, so that a run loads it in a few
 * milliseconds instead of parsing and validating YAML. It keeps the YAML text it came from: a
 * compiled file is used only when that text is exactly the YAML beside it. (Comparing the text costs
 * microseconds; hashing it meant loading node:crypto, a few milliseconds at every start.)
 */
export interface CompiledQuestionnaire {
  format: 2;
  source: string;
  raw: RawQuestionnaire;
  /** [line, column] of each question, by section then question. */
  places: ([number, number] | null)[][];
}

/** Check a questionnaire's YAML with every rule and keep what a run needs. Used by the build. */
export function compileQuestionnaire(text: string, file: string, catalog: Catalog): CompiledQuestionnaire {
  const parsed = parseYaml(text, file);
  const { loaded, diagnostics } = checkQuestionnaire(parsed, catalog);
  if (!loaded) throw new Error(`${file} is not valid:\n${diagnostics.map(formatDiagnostic).join('\n')}`);
  const raw = parsed.data as RawQuestionnaire;
  const places = raw.sections.map((section, s) =>
    section.questions.map((_, q) => {
      const place = parsed.positions.of(questionPointer(s, q));
      return place ? ([place.line, place.column] as [number, number]) : null;
    }),
  );
  return { format: 2, source: text, raw, places };
}

/** The compiled form of a bundled questionnaire, if the build made one from exactly this YAML text. */
export function loadCompiledQuestionnaire(name: string, text: string, file: string, catalog: Catalog): LoadedQuestionnaire | undefined {
  const compiled = readCompiled<CompiledQuestionnaire>(name, text);
  if (compiled?.format !== 2) return undefined;
  return {
    questionnaire: buildQuestionnaire(compiled.raw, file, catalog, (s, q) => {
      const place = compiled.places[s]?.[q];
      return place ? { line: place[0], column: place[1] } : undefined;
    }),
  };
}
