// @inquirer/testing/vitest puts the library's own prompts on its virtual screen; the walk's checkbox
// (src/answers/prompter-checkbox.ts) is made from the library's core, so it is put there here.
// Import after '@inquirer/testing/vitest'.
import { wrapPrompt } from '@inquirer/testing/vitest';
import { vi } from 'vitest';

vi.mock('../../src/answers/prompter-checkbox.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/answers/prompter-checkbox.js')>();
  return { ...actual, exclusiveCheckbox: (lib: Parameters<typeof actual.exclusiveCheckbox>[0]) => wrapPrompt(actual.exclusiveCheckbox(lib)) };
});
