// The framework catalogue as data: identifiers, short titles and how they roll up. Pure: the file is
// read by load-catalog.ts, in the read step, and the model carries what scoring and reports need.

export interface CatalogEntry {
  id: string;
  title: string;
  /** The top-level item it rolls up to for reports: CAF objective, CSF function, CE control, step. */
  group: { id: string; title: string };
  /**
   * A contributing outcome of an outcome-based framework (the CAF's "B5.c"): listed under its
   * principle's `outcomes`. Its id is how assessors name an outcome question; other ids are not.
   */
  outcome: boolean;
}

export interface Framework {
  key: string;
  title: string;
  /** The name papers give it beside an id ("CAF 4.0"); the title when the catalogue has none. */
  shortTitle: string;
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

export type RawCatalog = { frameworks: Record<string, Record<string, unknown>> };

/** The catalogue indexed by framework and id, from its data (frameworks/catalog.yaml). */
export function buildCatalog(data: RawCatalog): Catalog {
  const raw = data.frameworks;
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
        const add = (item: RawItem, outcome: boolean): void => {
          entries.set(item.id, { id: item.id, title: item.title, group, outcome });
          for (const childKey of CHILD_KEYS) {
            for (const child of (item[childKey] as RawItem[] | undefined) ?? []) add(child, childKey === 'outcomes');
          }
        };
        add(top, false);
      }
    }
    catalog.set(key, { key, title: String(fw.title), shortTitle: String(fw.shortTitle ?? fw.title), groupNoun, entries, groups });
  }
  return catalog;
}

/** Split `caf-4.0:A1.a` into framework key and id. */
export function splitReference(reference: string): { framework: string; id: string } {
  const at = reference.indexOf(':');
  return { framework: reference.slice(0, at), id: reference.slice(at + 1) };
}

/** Whether `reference` (`caf-4.0:B5.c`) names a contributing outcome of a framework in the catalogue. */
export function namesOutcome(reference: string, catalog: Catalog): boolean {
  const { framework, id } = splitReference(reference);
  return catalog.get(framework)?.entries.get(id)?.outcome === true;
}
