// Tags in an untrusted file (SPEC "Bad input"): only the YAML 1.2 core schema's, and each only on
// a value it fits. Pure: no IO.
import { Schema, isMap, isScalar, isSeq, type Node } from 'yaml';

/** Tags of the YAML 1.2 core schema; anything else (`!!binary`, `!!js/function`, `!foo`) is refused. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

const showTag = (tag: string): string => tag.replace(/^tag:yaml\.org,2002:/, '!!');

/** The core schema's patterns for each scalar tag (an int is decimal, octal `0o` or hex `0x`). */
let corePatterns: Map<string, RegExp[]> | undefined;

/**
 * Whether a core tag fits what it is on, as the YAML 1.2 core schema says: `!!int` on a number
 * written as one, `!!bool` on `true` or `false`, `!!map` on a mapping. The parser resolved
 * `!!bool no` to false and kept `!!int { status: unknown }` as a mapping, where PyYAML refuses both.
 */
function tagFits(node: Node, tag: string): boolean {
  if (tag.endsWith(':map')) return isMap(node);
  if (tag.endsWith(':seq')) return isSeq(node);
  if (!isScalar(node)) return false;
  if (tag.endsWith(':str')) return true;
  corePatterns ??= new Schema({ schema: 'core' }).tags.reduce((all, t) => {
    if ('test' in t && t.test instanceof RegExp) all.set(t.tag, [...(all.get(t.tag) ?? []), t.test]);
    return all;
  }, new Map<string, RegExp[]>());
  const text = typeof node.source === 'string' ? node.source : String(node.value ?? '');
  return (corePatterns.get(tag) ?? []).some((test) => test.test(text));
}

/** Why `tag` on `node` is refused, or undefined when it is a core tag that fits the value. */
export function tagRefused(node: Node, tag: string): string | undefined {
  if (!CORE_TAGS.has(tag)) return `tag ${showTag(tag)} is not allowed; use plain YAML values`;
  if (!tagFits(node, tag)) return `tag ${showTag(tag)} does not fit the value after it under the YAML 1.2 core schema, so YAML tools read it differently or not at all; remove the tag`;
  return undefined;
}
