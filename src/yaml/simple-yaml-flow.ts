import { limits } from './limits.js';
import { INDICATORS, KEY_AT, MAX_KEY, giveUp, resolvePlain, trimYamlEnd, type Container, type Value } from './simple-yaml-parts.js';

/** A flow collection or quoted scalar that ends on the line it starts on. */
export class FlowReader {
  pos = 0;

  constructor(
    private readonly text: string,
    private readonly offset: number,
    private depth: number,
  ) {}

  node(): Value {
    const c = this.text[this.pos];
    const offset = this.offset + this.pos;
    if (c === '[') return this.seq(offset);
    if (c === '{') return this.map(offset);
    if (c === '"' || c === "'") return { value: this.quoted(), offset };
    return { value: this.plain(), offset };
  }

  private spaces(): void {
    while (this.text[this.pos] === ' ') this.pos++;
  }

  private seq(offset: number): Value {
    if (++this.depth > limits.maxDepth) giveUp();
    this.pos++;
    const items: unknown[] = [];
    const offsets: number[] = [];
    const children: (Container | undefined)[] = [];
    this.spaces();
    if (this.text[this.pos] !== ']') {
      for (;;) {
        const item = this.node();
        items.push(item.value);
        offsets.push(item.offset);
        children.push(item.child);
        this.spaces();
        if (this.text[this.pos] === ']') break;
        if (this.text[this.pos] !== ',') giveUp();
        this.pos++;
        this.spaces();
        if (this.text[this.pos] === ']') giveUp(); // a trailing comma
      }
    }
    this.pos++;
    this.depth--;
    return { value: items, offset, child: { offsets, children } };
  }

  private map(offset: number): Value {
    if (++this.depth > limits.maxDepth) giveUp();
    this.pos++;
    const obj: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    const keyOffsets: number[] = [];
    const offsets: number[] = [];
    const children: (Container | undefined)[] = [];
    this.spaces();
    if (this.text[this.pos] !== '}') {
      for (;;) {
        KEY_AT.lastIndex = this.pos;
        const match = KEY_AT.exec(this.text);
        if (!match || !match[0].endsWith(' ')) giveUp(); // a key without a value
        const key = match![1]!;
        // A merge key (`<<`) is the full parser's to report.
        if (key.length > MAX_KEY || obj[key] !== undefined || resolvePlain(key) !== key || key === '<<') giveUp();
        const keyOffset = this.offset + this.pos;
        this.pos += match![0].length;
        const value = this.node();
        obj[key] = value.value;
        keyOffsets.push(keyOffset);
        offsets.push(value.offset);
        children.push(value.child);
        this.spaces();
        if (this.text[this.pos] === '}') break;
        if (this.text[this.pos] !== ',') giveUp();
        this.pos++;
        this.spaces();
        if (this.text[this.pos] === '}') giveUp();
      }
    }
    this.pos++;
    this.depth--;
    return { value: obj, offset, child: { mapping: obj, keyOffsets, offsets, children } };
  }

  /** A quoted scalar without escapes or line breaks. */
  private quoted(): string {
    const quote = this.text[this.pos]!;
    let value = '';
    let from = this.pos + 1;
    for (;;) {
      const close = this.text.indexOf(quote, from);
      if (close < 0) giveUp();
      value += this.text.slice(from, close);
      if (quote === "'" && this.text[close + 1] === "'") {
        value += "'";
        from = close + 2;
        continue;
      }
      this.pos = close + 1;
      break;
    }
    if (quote === '"' && value.includes('\\')) giveUp();
    return value;
  }

  /** A plain scalar in a flow collection: up to `,`, `]` or `}`; a colon only inside a word (caf-4.0:A1). */
  private plain(): unknown {
    const start = this.pos;
    const first = this.text[start];
    if (first === undefined || INDICATORS.has(first) || (first === '-' && !/[A-Za-z0-9.]/.test(this.text[start + 1] ?? ''))) giveUp();
    for (; this.pos < this.text.length; this.pos++) {
      const c = this.text[this.pos]!;
      if (c === ',' || c === ']' || c === '}') break;
      if (c === '[' || c === '{' || c === '#' || c === '"' || c === "'") giveUp();
      if (c === ':' && !/[A-Za-z0-9]/.test(this.text[this.pos + 1] ?? '')) giveUp();
    }
    const raw = this.text.slice(start, this.pos);
    const text = trimYamlEnd(raw);
    return resolvePlain(text);
  }
}
