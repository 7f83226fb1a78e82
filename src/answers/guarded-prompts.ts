// The prompt library's prompts as the prompter hands them round: each guarded (prompt-guard.ts), so
// each takes its config or a function that makes it, made again for the terminal's size each time
// the prompt is asked again after a stop.
import type * as Library from './prompter-library.js';
import type { Laid } from './prompt-guard.js';

export interface GuardedPrompts extends Omit<typeof Library, 'select' | 'input' | 'confirm'> {
  select<const Value>(config: Laid<Parameters<typeof Library.select<Value>>[0]>, context?: object): Promise<Value>;
  input(config: Laid<Parameters<typeof Library.input>[0]>, context?: object): Promise<string>;
  confirm(config: Laid<Parameters<typeof Library.confirm>[0]>, context?: object): Promise<boolean>;
}
