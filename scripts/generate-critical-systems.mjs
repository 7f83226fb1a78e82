// Generate CAF answers with many critical systems for benchmarks: the example council's own
// answers (objectives A and D) and N systems whose B and C answers are those of the example's three
// systems in turn. Every third system is in a file of its own, as a system owner would keep it.
// Long texts stay on one line (lineWidth 0) and shared answers are written out, not as YAML aliases:
// folded plain scalars and aliases would send the files to the full YAML parser, which hand-written
// files do not need (and the tool refuses aliases that expand to too many values).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const examples = fileURLToPath(new URL('../examples/', import.meta.url));

const countIndicators = (answers) => Object.values(answers ?? {}).reduce((sum, a) => sum + Object.keys(a?.indicators ?? {}).length, 0);

/** The example council's indicator answers, its own and its critical systems' (inline or in their own files). */
export function exampleIndicatorAnswers() {
  const main = parse(readFileSync(join(examples, 'caf-local-government.answers.yaml'), 'utf8'));
  return main.systems.reduce((sum, s) => sum + countIndicators((s.file ? parse(readFileSync(join(examples, s.file), 'utf8')) : s).answers), countIndicators(main.answers));
}

/** Write `caf-N.answers.yaml` (and its system files under `systems/`) into `dir`; returns the path and the number of indicator answers. */
export function generateCriticalSystems(n, dir) {
  const main = parse(readFileSync(join(examples, 'caf-local-government.answers.yaml'), 'utf8'));
  const sources = main.systems.map((s) => {
    const own = s.file ? parse(readFileSync(join(examples, s.file), 'utf8')) : s;
    const waivers = [...(own.waivers ?? []), ...(main.waivers ?? []).filter((w) => w.system === s.id).map(({ system: _, ...w }) => w)];
    return { answers: own.answers, waivers };
  });
  mkdirSync(join(dir, 'systems'), { recursive: true });
  let indicators = countIndicators(main.answers);
  const systems = [];
  const waivers = [];
  for (let k = 1; k <= n; k++) {
    const source = sources[(k - 1) % sources.length];
    const id = `system-${k}`;
    indicators += countIndicators(source.answers);
    const entry = { id, title: `Critical system ${k}`, owner: `Owner of system ${k}` };
    if (k % 3 === 0) {
      const file = `systems/${id}.yaml`;
      const own = { questionnaire: main.questionnaire, questionnaireVersion: main.questionnaireVersion, system: id, answers: source.answers };
      if (source.waivers.length) own.waivers = source.waivers;
      writeFileSync(join(dir, file), stringify(own, { lineWidth: 0, aliasDuplicateObjects: false }));
      systems.push({ ...entry, file });
    } else {
      systems.push({ ...entry, answers: source.answers });
      waivers.push(...source.waivers.map((w) => ({ question: w.question, system: id, ...w })));
    }
  }
  const file = join(dir, `caf-${n}.answers.yaml`);
  const { systems: _s, waivers: _w, ...header } = main;
  writeFileSync(file, stringify({ ...header, systems, waivers }, { lineWidth: 0, aliasDuplicateObjects: false }));
  return { file, indicators };
}
