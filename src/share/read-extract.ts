import { errorAt, type Diagnostic } from '../errors.js';
import { findDuplicateKey, jsonPlaces, mayLoseDuplicateKeys } from '../json/json-places.js';
import { jsonSyntaxDiagnostic } from '../json/json-syntax-words.js';
import { validateSchema } from '../schema/validate-schema.js';
import { TOO_DEEP } from '../yaml/limits.js';
import { hasInvisible, quoteValue } from '../text/odd-characters.js';
import { loneSurrogateEscape, loneSurrogateMessage } from '../yaml/lone-surrogate.js';
import type { Places } from '../yaml/positions.js';
import { SHARE_KIND, SHARE_SCHEMA_VERSION, type ShareExtract } from './types.js';

/** Parsed data with its places, from JSON or YAML: what checking an extract needs. */
export interface ParsedData {
  file: string;
  data: unknown;
  positions: Places;
}

/** Whether parsed data says it is a share extract (rather than an answers file). */
export const isExtractData = (data: unknown): boolean => typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === SHARE_KIND;

/**
 * Check parsed data against schemas/share.schema.json, then what the schema cannot say: every
 * answer's system is one of the extract's systems. Returns the extract, or every problem with its place.
 */
export function checkExtract(parsed: ParsedData): { extract?: ShareExtract; diagnostics: Diagnostic[] } {
  // An extract from a later release would otherwise fail on whatever its new shape changed first:
  // say what is wrong and what to do about it.
  const version = (parsed.data as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > SHARE_SCHEMA_VERSION) {
    const message = `this extract has schema version ${version}, made by a newer cyber-ready; this one reads version ${SHARE_SCHEMA_VERSION}: update cyber-ready to read it`;
    return { diagnostics: [errorAt(parsed.file, message, parsed.positions.of('/schemaVersion'), '/schemaVersion')] };
  }
  const diagnostics = validateSchema('share', { ...parsed, diagnostics: [] });
  if (diagnostics.length) return { diagnostics };
  const extract = parsed.data as ShareExtract;
  // An invisible character makes a label that looks like another council's, and counts apart from it
  // (`share --label` refuses one; an extract may have been edited). Spaces and case are folded instead
  // (benchmark/council-key.ts).
  if (hasInvisible(extract.label)) {
    diagnostics.push(errorAt(parsed.file, `"label" ${quoteValue(extract.label)} has an invisible character, so it would look like another council's label and be counted apart from it; remove it`, parsed.positions.of('/label'), '/label'));
  }
  const systems = new Set(extract.systems.map((s) => s.id));
  // A council counts once per question and system: a repeated entry (an edited or hostile extract)
  // would count as many councils in the benchmark.
  const seen = new Map<string, number>();
  extract.answers.forEach((a, i) => {
    if (a.system !== null && !systems.has(a.system)) {
      diagnostics.push(errorAt(parsed.file, `answer to "${a.question}" is for "${a.system}", which is not in "systems"`, parsed.positions.of(`/answers/${i}/system`), `/answers/${i}/system`));
    }
    const key = `${a.question}\u0000${a.system ?? ''}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else diagnostics.push(errorAt(parsed.file, `"${a.question}"${a.system === null ? '' : ` for "${a.system}"`} is answered twice (first at answers[${first}]); an extract answers each question once`, parsed.positions.of(`/answers/${i}/question`), `/answers/${i}/question`));
  });
  return diagnostics.length ? { diagnostics } : { extract, diagnostics };
}

/**
 * JSON text as parsed data, or its syntax error with the place (`syntax` says the text is not JSON
 * at all, rather than JSON this tool refuses). Never loads the YAML library.
 */
export function parseJson(text: string, file: string): { parsed?: ParsedData; diagnostics: Diagnostic[]; syntax?: true } {
  const positions = jsonPlaces(text);
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch {
    return { diagnostics: [jsonSyntaxDiagnostic(text, file)], syntax: true };
  }
  // Refused as YAML refuses them, in the same words: JSON.parse would keep the last value silently,
  // and takes any depth. Whichever comes first in the text is said.
  const problem = mayLoseDuplicateKeys(text, data) ? findDuplicateKey(text) : undefined;
  if (problem?.kind === 'too-deep') return { diagnostics: [errorAt(file, TOO_DEEP, positions.place(problem.offset))] };
  if (problem) return { diagnostics: [errorAt(file, `duplicate key "${problem.key}" (first defined at line ${positions.place(problem.first).line})`, positions.place(problem.offset))] };
  // Found in the text, not the data: JSON.parse has done its work, so every backslash is in a string,
  // and looking for "\u" finds none in most extracts.
  const lone = text.includes('\\u') ? loneSurrogateEscape(text) : undefined;
  if (lone) return { diagnostics: [errorAt(file, loneSurrogateMessage(String.fromCharCode(lone.code), lone.escape), positions.place(lone.offset))] };
  return { parsed: { file, data, positions }, diagnostics: [] };
}
