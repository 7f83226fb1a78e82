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

type Mermaid = (typeof import('mermaid'))['default'];
let mermaidLoaded: Mermaid | undefined;

/** mermaid itself; it needs a DOM to load, which happy-dom provides. */
async function loadMermaid(): Promise<Mermaid> {
  if (!mermaidLoaded) {
    const { Window } = await import('happy-dom');
    const window = new Window();
    Object.assign(globalThis, { window, document: window.document });
    mermaidLoaded = (await import('mermaid')).default;
  }
  return mermaidLoaded;
}

/** mermaid's own parser. */
export async function parseMermaid(text: string): Promise<unknown> {
  return (await loadMermaid()).parse(text);
}

export interface MermaidChart {
  diagramType: string;
  /** The configuration the chart's own directive asks for. */
  config: { themeVariables?: { xyChart?: { plotColorPalette?: string } } };
  /** The chart's name and description as mermaid gives them to assistive technology (accTitle, accDescr). */
  accTitle: string;
  accDescription: string;
}

/** A chart as mermaid reads it: its kind, its directive's configuration, its accessible name and description. */
export async function readMermaidChart(text: string): Promise<MermaidChart> {
  const mermaid = await loadMermaid();
  const parsed = (await mermaid.parse(text)) as { diagramType: string; config?: MermaidChart['config'] };
  const diagram = (await mermaid.mermaidAPI.getDiagramFromText(text)) as unknown as { db: { getAccTitle(): string; getAccDescription(): string } };
  return { diagramType: parsed.diagramType, config: parsed.config ?? {}, accTitle: diagram.db.getAccTitle(), accDescription: diagram.db.getAccDescription() };
}

/** WCAG's contrast ratio of two colours written #rrggbb. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string): number => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
