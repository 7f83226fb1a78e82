import { listWords } from '../text/list-words.js';
import { loadSchema, type SchemaKind } from './validators.js';

type SchemaPlaces = { properties?: Record<string, unknown>; $defs?: Record<string, { properties?: Record<string, unknown> }> };
const schemas = new Map<SchemaKind, SchemaPlaces>();

/** A schema read once per run: read again for every unknown key, 100,000 of them took 6 seconds. */
function schemaOf(kind: SchemaKind): SchemaPlaces {
  let schema = schemas.get(kind);
  if (!schema) schemas.set(kind, (schema = loadSchema(kind) as SchemaPlaces));
  return schema;
}

/**
 * The places of a file people write, by the schema definition that describes each, in words; a
 * key not allowed where it is written but allowed at one of these is told where it goes.
 */
const PLACES: Partial<Record<SchemaKind, Record<string, string>>> = {
  questionnaire: {
    '': 'at the top of the questionnaire',
    section: 'on a section',
    question: 'on a question',
    profile: 'on a profile',
    option: 'on an option',
    band: 'on a band',
    rating: 'on a rating',
    indicator: 'on an indicator',
    condition: 'in a condition',
  },
  answers: {
    '': 'at the top of the answers file',
    system: 'on a system under "systems:"',
    waiver: 'on a waiver',
    longAnswer: "in an answer's long form",
  },
};

/**
 * Keys that do one job under a different name at each place: a question's wording is `text` where a
 * section has a `title` and an option a `label`. A key of one of these written where another of its
 * kind is the one that goes is most likely meant as that one, so it is suggested first.
 */
const SAME_JOB: Partial<Record<SchemaKind, { keys: readonly string[]; job: string }[]>> = {
  questionnaire: [
    { keys: ['title', 'text', 'label'], job: 'wording' },
    { keys: ['description', 'help'], job: 'longer explanation' },
  ],
};

/** "a question's", from "on a question"; "the questionnaire's", from "at the top of the questionnaire". */
const owner = (place: string): string => `${place.replace(/^(?:on|in|at the top of) /, '')}'s`;

/**
 * Where else a key the schema refused here belongs, as a hint: `scope` on a question, which goes
 * on its section, was told only that it is unknown, with the list of a question's keys. Read from
 * the schema itself, so every key of every place is covered; only on the error path, so the file is
 * read only then.
 */
export function misplacedKeyHint(kind: SchemaKind, allowedHere: readonly string[], key: string): string | undefined {
  const places = PLACES[kind];
  if (!places) return undefined;
  const schema = schemaOf(kind);
  const propertiesOf = (name: string): Record<string, unknown> => (name === '' ? schema.properties : schema.$defs?.[name]?.properties) ?? {};
  // The place written in is the one whose keys these are: the error's schema path names the
  // definition differently when the validator is compiled standalone.
  const sameKeys = (name: string): boolean => Object.keys(propertiesOf(name)).join() === allowedHere.join();
  const here = Object.keys(places).find(sameKeys);
  const elsewhereOf = (): string[] => Object.keys(places).filter((name) => name !== here && Object.hasOwn(propertiesOf(name), key));
  // The key that does this job here first ("a question's wording is "text""), then where this one goes.
  // (Not at the top, where the list of what goes there serves better; see below.)
  const job = here === undefined || here === '' ? undefined : SAME_JOB[kind]?.find((j) => j.keys.includes(key));
  const instead = job?.keys.find((k) => k !== key && allowedHere.includes(k));
  if (job && instead && here !== undefined) {
    const elsewhere = elsewhereOf();
    const goes = elsewhere.length ? `; "${key}" belongs ${listWords(elsewhere.map((name) => places[name] as string))}` : '';
    return `${owner(places[here] as string)} ${job.job} is "${instead}"${goes}`;
  }
  // An unknown key at the top is more often a wrong file or a misspelt heading than a nested key
  // written out of place: there the list of what goes at the top serves better.
  if (here === undefined || here === '') return undefined;
  const elsewhere = elsewhereOf();
  if (elsewhere.length === 0) return undefined;
  return `it belongs ${listWords(elsewhere.map((name) => places[name] as string))}, not ${places[here]}`;
}
