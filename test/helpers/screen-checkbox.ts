// @inquirer/testing/vitest puts the library's own prompts on its virtual screen; the walk's checkbox
// (src/answers/prompter-checkbox.ts) and its number and date prompt (src/answers/prompter-input.ts)
// are made from the library's core, so they are put there here.
// Import after '@inquirer/testing/vitest'.
import { wrapPrompt } from '@inquirer/testing/vitest';
import { vi } from 'vitest';

vi.mock('../../src/answers/prompter-checkbox.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/answers/prompter-checkbox.js')>();
  return { ...actual, exclusiveCheckbox: (lib: Parameters<typeof actual.exclusiveCheckbox>[0]) => wrapPrompt(actual.exclusiveCheckbox(lib)) };
});

vi.mock('../../src/answers/prompter-input.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/answers/prompter-input.js')>();
  return { ...actual, mendingInput: (lib: Parameters<typeof actual.mendingInput>[0]) => wrapPrompt(actual.mendingInput(lib)) };
});
