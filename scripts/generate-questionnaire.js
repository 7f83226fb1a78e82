// Generate a large valid questionnaire and a full answers file for benchmarks:
//   node scripts/generate-questionnaire.js QUESTIONS OUT_DIR
// Every question type appears and each has help text, at about 130 bytes a question as in the
// measurements the speed targets were set from (1,000 questions with help texts: 130 KB).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function generate(questions, dir) {
  mkdirSync(dir, { recursive: true });
  const perSection = 25;
  const sections = Math.ceil(questions / perSection);
  const q = [
    `id: bench-${questions}`,
    'version: 1.0.0',
    `title: Generated questionnaire with ${questions} questions`,
    'frameworks: [caf-4.0, ncsc-10-steps]',
    'scales:',
    '  maturity:',
    '    - { value: not-in-place, label: Not in place, score: 0 }',
    '    - { value: partly, label: Partly in place, score: 0.5 }',
    '    - { value: in-place, label: In place and reviewed, score: 1 }',
    'sections:',
  ];
  const a = [`questionnaire: bench-${questions}`, 'questionnaireVersion: 1.0.0', 'organisation: Benchmark Council', 'answers:'];
  let n = 0;
  for (let s = 0; s < sections; s++) {
    q.push(`  - id: section-${s}`, `    title: Section ${s}`, `    weight: ${1 + (s % 3)}`, '    questions:');
    for (let i = 0; i < perSection && n < questions; i++, n++) {
      const id = `q-${n}`;
      const kind = n % 5;
      q.push(`      - id: ${id}`, `        text: Control ${n} in place?`, `        help: Evidence for control ${n}.`);
      if (n % 4 === 0) q.push(`        severity: ${['critical', 'high', 'medium', 'low'][(n / 4) % 4]}`, `        weight: ${1 + (n % 3)}`, '        references: [caf-4.0:A1]');
      if (kind === 0 || kind === 4) {
        q.push('        type: choice', '        scale: maturity');
        a.push(`  ${id}: ${['not-in-place', 'partly', 'in-place'][n % 3]}`);
      } else if (kind === 1) {
        q.push('        type: yes-no');
        a.push(`  ${id}: ${n % 2 ? 'yes' : 'no'}`);
      } else if (kind === 2) {
        q.push('        type: multi', '        options: [{ value: a, label: A, score: 0.5 }, { value: b, label: B, score: 0.5 }, { value: none, label: None, score: 0, exclusive: true }]');
        a.push(`  ${id}: [a${n % 2 ? ', b' : ''}]`);
      } else {
        q.push('        type: number', '        bands: [{ max: 14, score: 1 }, { score: 0 }]');
        a.push(`  ${id}: ${n % 40 === 0 ? `{ value: ${n % 40}, reviewBy: 2027-06-30 }` : n % 40}`);
      }
    }
  }
  const qFile = join(dir, `questionnaire-${questions}.yaml`);
  const aFile = join(dir, `answers-${questions}.yaml`);
  writeFileSync(qFile, `${q.join('\n')}\n`);
  writeFileSync(aFile, `${a.join('\n')}\n`);
  return { qFile, aFile };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count, dir] = process.argv.slice(2);
  const { qFile, aFile } = generate(Number(count), dir ?? '.');
  process.stdout.write(`${qFile}\n${aFile}\n`);
}
