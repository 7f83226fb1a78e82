import { basename, resolve } from 'node:path';
import { namedQuestionnaire } from '../answers/load-answers.js';
import type { LabelledExtract } from '../benchmark/types.js';
import { InputError, errorAt, type Diagnostic } from '../errors.js';
import { foldersApart, foldersUp } from '../report/folders-apart.js';
import { toExtract } from '../share/extract.js';
import { checkExtract, isExtractData, parseJson, type ParsedData } from '../share/read-extract.js';
import { parseYaml } from '../yaml/load-yaml.js';
import type { Places } from '../yaml/positions.js';
import { STDIN_NAME, readSource } from '../yaml/read-source.js';
import type { CommandContext } from './context.js';
import { extractWarnings } from './extract-warnings.js';
import { loadAssessment, type ScoredQuestionnaire } from './load-assessment.js';

/** What reading many inputs shares: the date, and questionnaires already loaded for answers files. */
export interface InputReader {
  ctx: CommandContext;
  today: string;
  questionnaires: Map<string, ScoredQuestionnaire>;
}

const withoutExtension = (name: string): string => name.replace(/\.(ya?ml|json)$/i, '').replace(/\.answers$/i, '');

/**
 * An answers file's label: its base name without the extension, nor ".answers" (wrenford.answers.yaml
 * is "wrenford"), in NFC, as every label is compared and shown (see inNfc).
 */
export const labelOfFile = (file: string): string => (file === '-' ? 'stdin' : withoutExtension(basename(file)) || basename(file)).normalize('NFC');

/**
 * Labels and organisation names in Unicode NFC: macOS gives file names in NFD ("Môn" as o and a
 * combining circumflex), so the same council's label typed on one machine and taken from a file
 * name on another looked alike and counted as two councils.
 */
function inNfc(input: BenchmarkInput): BenchmarkInput {
  const label = input.label.normalize('NFC');
  const organisation = input.extract.organisation?.normalize('NFC');
  if (label === input.label && organisation === input.extract.organisation) return input;
  return { ...input, label, extract: { ...input.extract, label, ...(organisation !== undefined ? { organisation } : {}) } };
}

/**
 * One benchmark input, read: `named` when its label comes from its file's name (an answers file).
 * An extract keeps its places, to be checked against its questionnaire once that is loaded.
 */
export type BenchmarkInput = LabelledExtract & { path: string; named: boolean; positions?: Places; heldWarnings?: Diagnostic[] };

/** Whether parsed answers have a `questionnaire:` key at all (else they are read against the default one). */
const namesQuestionnaire = (data: unknown): boolean => typeof data === 'object' && data !== null && 'questionnaire' in data;

/**
 * Labels for answers files that share a base name. A forum that keeps each council's answers in a
 * folder of its own has many `readiness.yaml`: they are different councils, not one council twice
 * (the rule for two extracts with one label), so each is labelled by as many of its folders, nearest
 * first, as tell it from the others (`wrenford/readiness`; `a/2026/readiness` beside
 * `b/2026/readiness`). Never by its path from the working folder: the report is sent round the
 * forum, and `../home/jsmith/forum/wrenford/readiness` named the coordinator's account. The same
 * file given twice keeps its one label. Files in one folder that only their extensions tell apart
 * (`readiness.yaml`, `readiness.answers.yaml`) cannot be told apart by folders: they keep the
 * nearest one, and one label for two inputs is handled as for two extracts (the later counts).
 * A label with folders has a "/", so it is never another answers file's plain label; an extract
 * that chose the same label is one council given twice, as before.
 */
export function distinctFileLabels(inputs: readonly BenchmarkInput[]): BenchmarkInput[] {
  const paths = new Map<string, Set<string>>();
  for (const x of inputs) if (x.named) paths.set(x.label, (paths.get(x.label) ?? new Set()).add(x.path));
  const labels = new Map<string, string>();
  for (const [label, group] of paths) {
    if (group.size < 2) continue;
    // Standard input keeps "stdin", which a file called stdin.yaml beside it is told apart from.
    const folders = new Map([...group].filter((p) => p !== '-').map((p) => [p, foldersUp(p)]));
    for (const [path, apart] of foldersApart(folders, label)) labels.set(path, apart);
  }
  return inputs.map((x) => {
    const label = x.named ? labels.get(x.path)?.normalize('NFC') : undefined;
    return label === undefined ? x : { ...x, label, extract: { ...x.extract, label } };
  });
}

/** Where a file names its questionnaire: an extract's `questionnaire`, an answers file's `questionnaire:`. */
const questionnairePlace = (positions: ParsedData['positions']): { questionnairePlace?: { line: number; column: number } } => {
  const place = positions.of('/questionnaire');
  return place ? { questionnairePlace: { line: place.line, column: place.column } } : {};
};

function extractFrom(parsed: ParsedData, path: string): BenchmarkInput {
  const { extract, diagnostics } = checkExtract(parsed);
  if (!extract) throw new InputError(diagnostics);
  return inNfc({ label: extract.label, file: parsed.file, extract, path, named: false, positions: parsed.positions, ...questionnairePlace(parsed.positions) });
}

/**
 * One input of `benchmark`: a share extract, or an answers file scored and read as the extract
 * `share` would make of it (labelled by its file name). An extract in JSON is read with JSON.parse
 * alone: 400 of them must be read in well under two seconds.
 */
export async function readBenchmarkInput(reader: InputReader, file: string): Promise<BenchmarkInput> {
  const { ctx, today } = reader;
  const path = file === '-' ? '-' : resolve(ctx.io.cwd, file);
  ctx.noteInput(file, file, 'benchmark input');
  const { name, text } = await readSource(path, ctx.io, file === '-' ? STDIN_NAME : file);
  // Said as what benchmark reads, not as an empty YAML file: most inputs are JSON extracts.
  if (text.trim() === '') {
    const expected = /\.json$/i.test(name) ? 'a share extract (a JSON object)' : 'a share extract or an answers file';
    throw new InputError([errorAt(name, `the file is empty; expected ${expected}`, { line: 1, column: 1 })]);
  }
  if (/^\s*\{/.test(text)) {
    const { parsed, diagnostics, syntax } = parseJson(text, name);
    // Text that is not JSON is read as YAML, as validate and assess read it: YAML in a `.json` file
    // (README), or a `.yaml` file in flow style. One neither reader accepts is said in the words
    // the YAML reader gives: a `.json` file's in the JSON reader's (load-yaml.ts).
    if (!parsed && !syntax) throw new InputError(diagnostics);
    if (parsed && isExtractData(parsed.data)) return extractFrom(parsed, path);
  }
  const parsed = parseYaml(text, name);
  if (parsed.data === undefined) throw new InputError(parsed.diagnostics);
  if (isExtractData(parsed.data)) return extractFrom(parsed, path);
  const named = namedQuestionnaire(parsed);
  const known = named === undefined ? undefined : reader.questionnaires.get(named);
  const { assessment, loaded, display, bundled } = await loadAssessment(ctx, file, { parsed, today, requireSystems: false, ...(known ? { questionnaire: known } : {}) });
  if (named !== undefined && !known) reader.questionnaires.set(named, { ...loaded, display, bundled });
  const label = labelOfFile(file);
  return {
    label,
    file: name,
    extract: toExtract(assessment, { label, named: false, today }),
    path,
    named: true,
    ...questionnairePlace(parsed.positions),
    // Read against the default questionnaire (as assess reads it), which the other inputs may not answer.
    ...(namesQuestionnaire(parsed.data) ? {} : { namesNoQuestionnaire: true as const }),
    // Said once the file is known to answer the questionnaire the other inputs do: of a file refused, they are noise.
    heldWarnings: extractWarnings(assessment, name, 'counted'),
  };
}
