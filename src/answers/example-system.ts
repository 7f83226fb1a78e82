import { systemIdOf } from './system-id.js';

/** What a council's critical systems are called in the bundled CAF, whose example is a real one. */
const CAF_LABEL = 'critical system';

export interface ExampleSystem {
  id: string;
  title: string;
  owner: string;
  /** A real system of a council, to be named as an example; else only a placeholder. */
  realistic: boolean;
}

/**
 * The system the answers template lists (commented out) and the walk offers as an example. For
 * the CAF's critical systems, a council's own (revenues and benefits); for any other label, a
 * placeholder made from the label ("First depot site", id `depot-site-1`), which no reader takes
 * for real data: revenues and benefits is not a depot site, a school or a ward.
 */
export function exampleSystem(label: string): ExampleSystem {
  if (label === CAF_LABEL) return { id: 'revenues-benefits', title: 'Revenues and benefits', owner: 'Head of Revenues and Benefits', realistic: true };
  return { id: `${systemIdOf(label) || 'system'}-1`, title: `First ${label}`, owner: `Owner of the first ${label}`, realistic: false };
}
