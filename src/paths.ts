import { fileURLToPath } from 'node:url';

/** The installed package's root folder (this file is at dist/paths.js once built). */
export const packageRoot = fileURLToPath(new URL('..', import.meta.url));
export const schemasDir = fileURLToPath(new URL('../schemas/', import.meta.url));
export const bundledQuestionnairesDir = fileURLToPath(new URL('../questionnaires/', import.meta.url));
export const catalogFile = fileURLToPath(new URL('../frameworks/catalog.yaml', import.meta.url));
/** Data the build compiles from the bundled YAML (questionnaires, the framework catalogue). */
export const compiledDir = fileURLToPath(new URL('../dist/compiled/', import.meta.url));
