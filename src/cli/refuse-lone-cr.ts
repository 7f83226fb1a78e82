import { LONE_CR_MESSAGE, loneCarriageReturn } from '../answers/line-endings.js';
import { errorAt, InputError } from '../errors.js';

/** Before the walk asks anything: a file it would save into whose lines end in a carriage return alone (see line-endings.ts). */
export function refuseLoneCarriageReturn(text: string, file: string): void {
  const at = loneCarriageReturn(text);
  if (at) throw new InputError([errorAt(file, LONE_CR_MESSAGE, at)]);
}
