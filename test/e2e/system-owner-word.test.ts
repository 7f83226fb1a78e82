// The papers' appendix names an answer's owner by default as its system's owner, in what the
// questionnaire calls a system: "(school owner)" under `systemLabel: school`, as every other line of
// the paper says "school". It said "(system owner)" whatever the label.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { runBinary } from '../helpers/cli.js';
import { readDocx } from '../helpers/docx-reader.js';

const DIR = 'test/fixtures/outcome-labels';
const ARGS = ['assess', '-q', `${DIR}/q.yaml`, '-a', `${DIR}/a.yaml`, '--today', '2026-11-23'];

async function assess(...more: string[]): Promise<string> {
  const r = await runBinary({ args: [...ARGS, ...more] });
  expect([r.code, r.stderr]).toEqual([ExitCode.Ok, '']);
  return r.stdout;
}

describe("the appendix's default owner is named by the questionnaire's systemLabel", () => {
  it('in the markdown, HTML and Word papers', async () => {
    const md = await assess('-f', 'markdown');
    expect(md).toContain("| Do staff use multi-factor authentication? (`school-mfa`) | Yes | None recorded | Headteacher, St Mary's (school owner); no review date | — |");
    const html = await assess('-f', 'html');
    expect(html).toContain('Headteacher, St Mary&#39;s (school owner); no review date');
    const file = join(mkdtempSync(join(tmpdir(), 'cyber-ready-owner-word-')), 'paper.docx');
    await assess('-f', 'docx', '-o', file);
    const { text } = await readDocx({ path: file });
    expect(text).toContain('Business manager, Oakfield (school owner); no review date');
    for (const paper of [md, html, text]) expect(paper).not.toContain('(system owner)');
  });
});
