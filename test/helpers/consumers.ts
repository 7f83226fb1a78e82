// Real consumers of our outputs, for tests: a GFM parser, an XML parser, the official SARIF
// schema and mermaid's own parser.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Root, RootContent, Table } from 'mdast';

const require = createRequire(import.meta.url);

export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

export function walk(node: Root | RootContent, visit: (n: Root | RootContent) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children as RootContent[]) walk(child, visit);
}

export function nodesOfType<T extends RootContent['type']>(root: Root, type: T): Extract<RootContent, { type: T }>[] {
  const found: RootContent[] = [];
  walk(root, (n) => {
    if (n.type === type) found.push(n as RootContent);
  });
  return found as Extract<RootContent, { type: T }>[];
}

/** Tables whose rows do not all have as many cells as the header (a broken table). */
export const raggedTables = (root: Root): Table[] =>
  nodesOfType(root, 'table').filter((t) => t.children.some((row) => row.children.length !== t.children[0]?.children.length));

/** Count the table-like lines in the source: lines starting with `|`. */
export const tableLines = (text: string): number => text.split('\n').filter((l) => l.startsWith('|')).length;

export function parseXml(text: string): Record<string, unknown> {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`invalid XML: ${JSON.stringify(valid)}`);
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name) }).parse(text) as Record<string, unknown>;
}

let sarifValidate: ((data: unknown) => boolean) & { errors?: unknown } | undefined;

/** Errors from the official SARIF 2.1.0 schema (draft-04), or [] when valid. */
export function sarifSchemaErrors(log: unknown): unknown[] {
  if (!sarifValidate) {
    const Ajv4 = require('ajv-draft-04') as new (o: object) => { compile(s: object): typeof sarifValidate };
    const addFormats = require('ajv-formats') as (a: unknown) => void;
    // The official schema has a pattern that is only valid without the u flag.
    const ajv = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    sarifValidate = ajv.compile(JSON.parse(readFileSync(new URL('../fixtures/sarif/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8')) as object);
  }
  const validate = sarifValidate as NonNullable<typeof sarifValidate>;
  return validate(log) ? [] : ((validate.errors as unknown[]) ?? []);
}

let mermaidParse: ((text: string) => Promise<unknown>) | undefined;

/** mermaid's own parser; it needs a DOM to load, which happy-dom provides. */
export async function parseMermaid(text: string): Promise<unknown> {
  if (!mermaidParse) {
    const { Window } = await import('happy-dom');
    const window = new Window();
    Object.assign(globalThis, { window, document: window.document });
    const mermaid = (await import('mermaid')).default;
    mermaidParse = (t) => mermaid.parse(t);
  }
  return mermaidParse(text);
}
