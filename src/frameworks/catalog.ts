import { readFileSync } from 'node:fs';
import { catalogFile } from '../paths.js';
import { readCompiled } from '../read-compiled.js';
import { parseYaml } from '../yaml/load-yaml.js';

export interface CatalogEntry {
  id: string;
  title: string;
  /** The top-level item it rolls up to for reports: CAF objective, CSF function, CE control, step. */
  group: { id: string; title: string };
}

export interface Framework {
  key: string;
  title: string;
  /** What the top-level groups are called, for report headings. */
  groupNoun: string;
  entries: Map<string, CatalogEntry>;
  /** Top-level groups in catalogue order. */
  groups: { id: string; title: string }[];
}

export type Catalog = Map<string, Framework>;

interface RawItem {
  id: string;
  title: string;
  [children: string]: unknown;
}

// The catalogue's nesting differs per framework; these are the child lists it uses, outermost first
// (a question set such as IASME's has sections of numbered questions).
const CHILD_KEYS = ['principles', 'outcomes', 'categories', 'questions'];
const TOP_KEYS: [string, string][] = [
  ['objectives', 'objective'],
  ['functions', 'function'],
  ['controls', 'control'],
  ['steps', 'step'],
  ['sections', 'section'],
];

let cached: Catalog | undefined;

type RawCatalog = { frameworks: Record<string, Record<string, unknown>> };

/** The catalogue's data, from its compiled JSON when the build made it from exactly this YAML text. */
export function readCatalogData(text: string): RawCatalog {
  return readCompiled<{ source: string; data: RawCatalog }>('catalog', text)?.data ?? (parseYaml(text, catalogFile).data as RawCatalog);
}

/** The bundled framework catalogue (identifiers and short titles only), indexed by framework and id. */
export function loadCatalog(): Catalog {
  if (cached) return cached;
  const raw = readCatalogData(readFileSync(catalogFile, 'utf8')).frameworks;
  const catalog: Catalog = new Map();
  for (const [key, fw] of Object.entries(raw)) {
    const entries = new Map<string, CatalogEntry>();
    const groups: { id: string; title: string }[] = [];
    let groupNoun = 'group';
    for (const [topKey, noun] of TOP_KEYS) {
      const tops = fw[topKey] as RawItem[] | undefined;
      if (!tops) continue;
      groupNoun = noun;
      for (const top of tops) {
        const group = { id: top.id, title: top.title };
        groups.push(group);
        const add = (item: RawItem): void => {
          entries.set(item.id, { id: item.id, title: item.title, group });
          for (const childKey of CHILD_KEYS) {
            for (const child of (item[childKey] as RawItem[] | undefined) ?? []) add(child);
          }
        };
        add(top);
      }
    }
    catalog.set(key, { key, title: String(fw.title), groupNoun, entries, groups });
  }
  cached = catalog;
  return catalog;
}

/** Split `caf-4.0:A1.a` into framework key and id. */
export function splitReference(reference: string): { framework: string; id: string } {
  const at = reference.indexOf(':');
  return { framework: reference.slice(0, at), id: reference.slice(at + 1) };
}
