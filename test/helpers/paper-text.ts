// A board paper's words as a reader meets them, from the real binary, for tests that check what the
// markdown, HTML and Word papers say alike.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runBinary } from './cli.js';
import { readDocx, squash } from './docx-reader.js';

export const PAPERS = ['markdown', 'html', 'docx'] as const;
export type Paper = (typeof PAPERS)[number];

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The paper as the binary writes it: markdown or HTML on standard output, Word to a file (its path). */
export async function paperOutput(format: Paper, args: string[], stdin?: string): Promise<string> {
  if (format === 'docx') {
    const file = join(mkdtempSync(join(tmpdir(), 'cyber-ready-audit-')), 'paper.docx');
    const r = await runBinary({ args: [...args, '-f', 'docx', '-o', file], stdin });
    expect(r.code, r.stderr).toBe(0);
    return file;
  }
  const r = await runBinary({ args: [...args, '-f', format], stdin });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

/** A paper's words as a reader meets them: tags, code spans and entities gone, white space squashed. */
export async function paperText(format: Paper, args: string[], stdin?: string): Promise<string> {
  const out = await paperOutput(format, args, stdin);
  // Word's paper has typographic quotes (docx-blocks.ts wordText); the test's words have plain ones.
  if (format === 'docx') return squash((await readDocx({ path: out })).text.replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'"));
  const text = format === 'html' ? out.replace(/<\/?(span|strong|code)\b[^>]*>/g, '').replace(/<[^>]+>/g, ' ').replace(/&[#\w]+;/g, (e) => ENTITIES[e] ?? e) : out.replace(/`/g, '').replace(/\*\*/g, '').replace(/<br>/g, ' ');
  return squash(text);
}

/** The part of a paper after its appendix heading, where what a reader checks is listed. */
export const appendixOf = (text: string): string => text.slice(text.lastIndexOf('Appendix'));
