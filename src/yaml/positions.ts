import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';

export { childPointer, pointerSegments } from './pointer.js';
import { pointerSegments } from './pointer.js';
import { keyText } from './key-text.js';

export interface Place {
  line: number;
  column: number;
}

/** Places in a parsed file, by JSON pointer: from the full parser (Positions) or from readSimpleYaml(). */
export interface Places {
  /** The place of the value at `pointer`, else of its key, else of the nearest ancestor. */
  of(pointer: string): Place | undefined;
  /** The place of the key whose value is at `pointer` (for "unknown property" errors). */
  keyOf(pointer: string): Place | undefined;
  /** The place of a character offset. */
  place(offset: number): Place;
  /** The text the places are in, where it is at hand: a message can then quote a value as written (`1.10`, which YAML reads as 1.1). */
  readonly source?: string;
}

/**
 * Where values and mapping keys of a parsed file start, by JSON pointer. Places are found when
 * asked for, by walking the document from its root: keeping a table of every node's place cost
 * more time and memory than parsing itself on large files, and most runs ask for few places.
 * Values that come from an anchor are placed at the alias that brought them in.
 */

/** The line and column (1-based) of a character offset. */
export function placeAt(lineCounter: LineCounter, offset: number): Place {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

export class Positions implements Places {
  private doc: Document.Parsed | undefined;
  private readonly keyIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(
    private readonly lineCounter: LineCounter,
    readonly source?: string,
  ) {}

  /** The document to find places in, once parsed. */
  attach(doc: Document.Parsed): void {
    this.doc = doc;
  }

  /** The place of the value at `pointer`, else of its key, else of the nearest ancestor. */
  of(pointer: string): Place | undefined {
    const found = this.find(pointer);
    return found === undefined ? undefined : this.place(found.value);
  }

  /** The place of the key whose value is at `pointer` (for "unknown property" errors). */
  keyOf(pointer: string): Place | undefined {
    const found = this.find(pointer);
    if (found === undefined) return undefined;
    return this.place(found.key ?? found.value);
  }

  place(offset: number): Place {
    return placeAt(this.lineCounter, offset);
  }

  /** Keys of a mapping by their text, first occurrence only (duplicates are errors anyway). */
  private keysOf(map: YAMLMap): Map<string, Pair> {
    let index = this.keyIndexes.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items) {
        const key = pair.key as Node | null;
        if (isScalar(key) && key.value !== null && typeof key.value !== 'object') {
          const text = keyText(key);
          if (!index.has(text)) index.set(text, pair);
        }
      }
      this.keyIndexes.set(map, index);
    }
    return index;
  }

  private find(pointer: string): { value: number; key?: number } | undefined {
    const doc = this.doc;
    if (!doc?.contents) return undefined;
    let node: Node | null = doc.contents as Node;
    let aliasAt: number | undefined;
    let value = node.range?.[0] ?? 0;
    let key: number | undefined;
    for (const segment of pointerSegments(pointer)) {
      while (isAlias(node)) {
        aliasAt ??= node.range?.[0];
        node = (node.resolve(doc) as Node | undefined) ?? null;
      }
      let next: Node | null;
      if (isMap(node)) {
        const pair = this.keysOf(node).get(segment);
        if (!pair) return { value };
        key = aliasAt ?? (pair.key as Node | null)?.range?.[0] ?? value;
        next = (pair.value as Node | null) ?? null;
        // An empty value has no place of its own: its key stands for it.
        value = aliasAt ?? next?.range?.[0] ?? key;
      } else if (isSeq(node)) {
        const index = /^\d+$/.test(segment) ? Number(segment) : -1;
        if (index < 0 || index >= node.items.length) return { value };
        next = (node.items[index] as Node | null) ?? null;
        key = undefined;
        value = aliasAt ?? next?.range?.[0] ?? value;
      } else {
        return { value };
      }
      node = next;
    }
    return key === undefined ? { value } : { value, key };
  }
}

