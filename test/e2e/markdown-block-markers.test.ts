// The reader's words at the start of a line or a list item must not become a heading, a list or a
// rule of the board paper: a system called "# Payroll" made a heading inside the action plan's list,
// "1. Housing" a numbered list inside it, and a question "# Patched within 14 days?" a heading inside
// the automatic-fail box. The HTML, Word and CSV reports always kept such words as written.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RootContent } from 'mdast';
import { nodesOfType, parseMarkdown } from '../helpers/consumers.js';
import { runBinary } from '../helpers/cli.js';

const QUESTIONNAIRE = `id: min-sys
version: 1.0.0
title: Minimal per-system questionnaire
systemLabel: IT system
sections:
  - id: protect
    title: Protect
    scope: system
    questions:
      - { id: patched, text: "# Patched within 14 days?", type: yes-no, severity: critical, blocking: true, remediation: "+ Patch monthly" }
      - { id: backed-up, text: "1. Backed up offline?", type: yes-no, severity: high }
`;
const ANSWERS = `questionnaire: min-sys
questionnaireVersion: 1.0.0
organisation: Test Council
systems:
  - id: payroll
    title: "# Payroll"
    answers:
      patched: { value: no, owner: "- Ops \\uFFFE team", note: "=HYPERLINK(\\"http://evil.example\\",\\"x\\")" }
      backed-up: yes
  - id: housing
    title: "1. Housing"
    answers:
      patched: yes
      backed-up: no
`;

const textOf = (node: RootContent): string => ('value' in node ? node.value : 'children' in node ? (node.children as RootContent[]).map(textOf).join('') : '');

describe('user text that looks like a markdown block, in the board paper', () => {
  it('stays text where it starts a line or a list item, and shows as written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-md-blocks-'));
    writeFileSync(join(dir, 'q.yaml'), QUESTIONNAIRE);
    writeFileSync(join(dir, 'a.yaml'), ANSWERS);
    const { code, stdout } = await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '--today', '2026-12-01', '-f', 'markdown'], cwd: dir });
    expect(code).not.toBe(2);
    // The escaped forms, where the words begin a list item or the automatic-fail box.
    expect(stdout).toContain('> - \\# Patched within 14 days? (`patched`, \\# Payroll)');
    expect(stdout).toContain('\n- \\# Payroll: action 1\n- 1\\. Housing: action 2\n');
    expect(stdout).toContain('\n- Owner: \\- Ops \ufffd team\n');
    expect(stdout).toContain('\\+ Patch monthly');
    expect(stdout).toContain('=HYPERLINK("`http://evil.example`","x")');
    expect(stdout).not.toMatch(/[\ufffe\uffff]/u);

    // Read back by a GFM parser: the one heading of level 1 is the title, no heading is inside a
    // list or a quote, no list starts inside a list item's first line, and the names show as written.
    const tree = parseMarkdown(stdout);
    expect(nodesOfType(tree, 'heading').filter((h) => h.depth === 1)).toHaveLength(1);
    for (const container of [...nodesOfType(tree, 'listItem'), ...nodesOfType(tree, 'blockquote')]) expect(container.children.map((c) => c.type)).not.toContain('heading');
    for (const item of nodesOfType(tree, 'listItem')) expect(item.children[0]?.type).not.toBe('list');
    expect(nodesOfType(tree, 'thematicBreak')).toEqual([]);
    expect(nodesOfType(tree, 'link')).toEqual([]);
    const items = nodesOfType(tree, 'listItem').map(textOf);
    expect(items).toEqual(expect.arrayContaining(['# Payroll: action 1', '1. Housing: action 2', 'IT system: # Payroll', 'Owner: - Ops \ufffd team', 'What to do: + Patch monthly']));
  });
});
