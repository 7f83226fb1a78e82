// The prompt library as the prompter uses it: its prompts, and the parts of its core that the
// checkbox in prompter-checkbox.ts is made of. Built as a bundle of its own (dist/prompts.cjs) and
// loaded only when prompting; one bundle, so the prompts and that checkbox share one core.
// Only the prompts the walk uses: all of them (`export *`) brought the editor prompt's
// external-editor, and with it node:child_process, node:crypto, chardet and iconv-lite, into the
// start of every walk (584 KB of bundle and about 44 ms to load; now 35 KB and 15 ms).
export { Separator, confirm, input, select } from '@inquirer/prompts';
export { createPrompt, isBackspaceKey, isDownKey, isEnterKey, isNumberKey, isSpaceKey, isTabKey, isUpKey, makeTheme, useKeypress, usePagination, usePrefix, useState } from '@inquirer/core';
export { default as figures } from '@inquirer/figures';
// Colours as the library's own prompts choose them (newer Node leaves them out where they would not show).
export { styleText } from 'node:util';
