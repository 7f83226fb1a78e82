import { isScalar, isSeq } from 'yaml';

/** A scalar node's value, a sequence's as a list of them, null for an empty node, else undefined. */
export const scalarOf = (node: unknown): unknown => (isScalar(node) ? node.value : isSeq(node) ? node.items.map(scalarOf) : node === null ? null : undefined);
