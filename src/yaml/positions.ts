import type { LineCounter } from 'yaml';

export interface Place {
  line: number;
  column: number;
}

/** Where each value and each mapping key of a parsed file starts, by JSON pointer. */
export class Positions {
  private readonly values = new Map<string, number>();
  private readonly keys = new Map<string, number>();

  constructor(private readonly lineCounter: LineCounter) {}

  setValue(pointer: string, offset: number): void {
    this.values.set(pointer, offset);
  }

  setKey(pointer: string, offset: number): void {
    this.keys.set(pointer, offset);
  }

  /** The place of the value at `pointer`, else of its key, else of the nearest ancestor. */
  of(pointer: string): Place | undefined {
    for (let p: string | undefined = pointer; p !== undefined; p = parentPointer(p)) {
      const offset = this.values.get(p) ?? this.keys.get(p);
      if (offset !== undefined) return this.place(offset);
    }
    return undefined;
  }

  /** The place of the key whose value is at `pointer` (for "unknown property" errors). */
  keyOf(pointer: string): Place | undefined {
    const offset = this.keys.get(pointer);
    return offset !== undefined ? this.place(offset) : this.of(pointer);
  }

  place(offset: number): Place {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }
}

export function parentPointer(pointer: string): string | undefined {
  if (pointer === '') return undefined;
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

export function childPointer(pointer: string, key: string | number): string {
  return `${pointer}/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`;
}
