// Every piece of text the walk writes reads back as that text, in YAML 1.2 (as the tool reads it) and
// in YAML 1.1 (PyYAML, as yamllint and many council scripts read it), through every way it is written.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { AnswersDocument } from '../../src/answers/save-answers.js';
import { firstForbiddenCharacter } from '../../src/yaml/forbidden-characters.js';

const AWKWARD = ['yes', 'no', 'on', 'off', 'y', 'n', 'Y', 'NO', 'True', '~', 'null', '0777', '0x1F', '1e3', '1_000', '.5', '+1', '.inf', '12:30', '2026-01-01', '@x', '`x', '%x', '!x', '&x', '*x', '|x', '>x', "'x", '"x', '{x', '[x', ',x', 'a,b', '- x', '? x', 'a: b', 'a #b', 'trail ', ' lead', 'a\nb', '=', '<<', 'tab\there', 'y\u0085z', 'line\u2028sep', 'del\u007fx', 'esc\u001b[31mx', 'c1\u009bx', 'non\ufffechar', 'plain words'];
const QUESTIONS = [
  { id: 'owner', sectionId: 'gov', type: 'choice' },
  { id: 'notes', sectionId: 'gov', type: 'text' },
  { id: 'patched', sectionId: 'protect', type: 'yes-no' },
];
const hasPyYaml = spawnSync('python3', ['-c', 'import yaml']).status === 0;
if (!hasPyYaml && process.env.CI === 'true') throw new Error('PyYAML is not installed (Debian: apt-get install python3-yaml); CI must read the written files as YAML 1.1 tools do');

/** The texts as PyYAML's safe loader reads them, in one run. */
function pyYaml(texts: string[]): unknown[] {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-text-'));
  const paths = texts.map((text, i) => {
    const path = join(dir, `${i}.yaml`);
    writeFileSync(path, text);
    return path;
  });
  const script = 'import sys, json, yaml\nout = []\nfor p in sys.argv[1:]:\n    try: out.append(yaml.safe_load(open(p, encoding="utf-8")))\n    except Exception as e: out.append("PyYAML: " + str(e))\nprint(json.dumps(out, default=str))';
  const run = spawnSync('python3', ['-c', script, ...paths], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as unknown[];
}

/** What each file should read as, for `s`. */
function written(s: string, start: 'block' | 'flow'): { main: string; own: string; wanted: object; ownWanted: object } {
  const main = start === 'block' ? AnswersDocument.create({ schemaRef: 's.json', questionnaire: 'q', questionnaireVersion: '1.0.0', organisation: s, assessor: s, assessedOn: '2026-01-01' }, QUESTIONS) : AnswersDocument.parse(`questionnaire: q\norganisation: x\nanswers: {owner: partly}\nsystems: [{id: a, title: A}]\n`, QUESTIONS);
  if (start === 'flow') (main.setHeader('organisation', s), main.setHeader('assessor', s));
  main.set('owner', { status: 'answered', value: 'partly', note: s });
  main.set('notes', { status: 'answered', value: s });
  main.addSystem({ id: 'sys', title: s, owner: s, file: `f${s.replace(/[^a-z]/g, '')}.yaml` });
  main.addSystem({ id: 'inline', title: s, owner: s });
  main.set('patched', { status: 'not-applicable', reason: s, note: s }, 'inline');
  main.set('notes', { status: 'answered', value: s, note: s }, 'inline');
  const own = AnswersDocument.createSystemFile({ schemaRef: 's.json', questionnaire: 'q', questionnaireVersion: '1.0.0', system: 'sys' }, QUESTIONS);
  own.set('notes', { status: 'answered', value: s });
  own.set('patched', { status: 'unknown', note: s });
  const system = (id: string, extra: object): object => ({ id, title: s, owner: s, ...extra });
  return {
    main: main.toString(),
    own: own.toString(),
    wanted: {
      organisation: s,
      assessor: s,
      answers: { owner: { value: 'partly', note: s }, notes: s },
      systems: [...(start === 'flow' ? [{ id: 'a', title: 'A' }] : []), system('sys', { file: `f${s.replace(/[^a-z]/g, '')}.yaml` }), system('inline', { answers: { patched: { status: 'not-applicable', reason: s, note: s }, notes: { value: s, note: s } } })],
    },
    ownWanted: { system: 'sys', answers: { notes: s, patched: { status: 'unknown', note: s } } },
  };
}

it.each(['block', 'flow'] as const)('every text written into a %s file reads back as itself in YAML 1.2 and 1.1', (start) => {
  const files = AWKWARD.map((s) => ({ s, ...written(s, start) }));
  for (const { s, main, own, wanted, ownWanted } of files) {
    expect(parse(main, { version: '1.2' }) as object, `${JSON.stringify(s)}:\n${main}`).toMatchObject(wanted);
    expect(parse(own, { version: '1.2' }) as object, `${JSON.stringify(s)}:\n${own}`).toMatchObject(ownWanted);
    // Nothing YAML allows only escaped is written raw: the next read of the file would refuse it.
    expect([firstForbiddenCharacter(main), firstForbiddenCharacter(own)], JSON.stringify(s)).toEqual([-1, -1]);
  }
  if (!hasPyYaml) return;
  const read = pyYaml(files.flatMap((f) => [f.main, f.own]));
  files.forEach(({ s, main, own, wanted, ownWanted }, i) => {
    expect(read[2 * i] as object, `${JSON.stringify(s)}:\n${main}`).toMatchObject(wanted);
    expect(read[2 * i + 1] as object, `${JSON.stringify(s)}:\n${own}`).toMatchObject(ownWanted);
  });
});
