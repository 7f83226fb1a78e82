// The prompt library as the prompter uses it: its prompts, and the parts of its core that the
// checkbox in prompter-checkbox.ts is made of. Built as a bundle of its own (dist/prompts.cjs) and
// loaded only when prompting; one bundle, so the prompts and that checkbox share one core.
export * from '@inquirer/prompts';
export { createPrompt, isDownKey, isEnterKey, isNumberKey, isSpaceKey, isUpKey, makeTheme, useKeypress, usePagination, usePrefix, useState } from '@inquirer/core';
export { default as figures } from '@inquirer/figures';
// Colours as the library's own prompts choose them (newer Node leaves them out where they would not show).
export { styleText } from 'node:util';
