// Types of scripts/generate-questionnaire.js, for the tests that generate large questionnaires.
export function generate(questions: number, dir: string, options?: { anchored?: boolean }): { qFile: string; aFile: string };
