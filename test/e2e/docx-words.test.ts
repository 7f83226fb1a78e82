// The Word paper's words and layout as a committee clerk and a screen reader meet them: quote marks
// are typographic throughout. Through the real binary, read back as XML and by mammoth.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { readDocx } from '../helpers/docx-reader.js';

const TODAY = ['--today', '2026-11-23'];

async function docxOf(args: string[]): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'cyber-ready-words-')), 'paper.docx');
  const r = await runBinary({ args: [...args, '-f', 'docx', '-o', file] });
  expect(r.code, r.stderr).toBe(0);
  return file;
}

const documentXml = async (file: string): Promise<string> => (await (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')?.async('string')) ?? '';

describe('quote marks in the Word paper', () => {
  it('are typographic in its words and the council’s alike; a file name keeps its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-quotes-'));
    const answers = join(dir, 'council\'s "answers".yaml');
    const yaml = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
    writeFileSync(answers, yaml.replace(/^organisation: .*$/m, 'organisation: Northmoor "Test" Council'));
    const file = await docxOf(['assess', '-a', answers, ...TODAY]);
    const xml = await documentXml(file);
    const runs = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '');
    // A straight quote is left only in the file's name.
    expect(runs.filter((t) => /&quot;|&apos;/.test(t))).toEqual(['council&apos;s &quot;answers&quot;.yaml']);
    const { text } = await readDocx({ path: file });
    expect(text).toContain('Northmoor “Test” Council');
    expect(text).toContain('3 answered “don’t know”');
    // The council's note, typed with a straight apostrophe.
    expect(text).toContain('in line with the Home Office’s announced ban');
    // Our words that were already curly, and the tables' titles.
    expect(text).toContain('Each section’s score is out of 100');
    expect([...xml.matchAll(/<w:tblCaption w:val="([^"]*)"/g)].filter((m) => /&quot;|&apos;/.test(m[1] ?? ''))).toEqual([]);
  });
});
