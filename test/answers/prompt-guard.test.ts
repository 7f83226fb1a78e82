import { EventEmitter } from 'node:events';
import { expect, it } from 'vitest';
import { promptGuard, type Laid, type PromptControl } from '../../src/answers/prompt-guard.js';

// Ctrl-Z at a prompt, then carried on: the guard as prompter.ts uses it, with the binary's hooks
// (bin/terminal.js) stood in for, counting the stop listeners as Node counts a signal's. With none
// left, Node stops watching the signal, and one already caught but not yet passed on is dropped.

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function stage(config: Laid<{ width?: number }> = {}) {
  const stops = new Set<() => void>();
  const log: string[] = [];
  let carryOn: (() => void) | undefined;
  const control: PromptControl = {
    onStop(handler) {
      stops.add(handler);
      return () => {
        stops.delete(handler);
        if (stops.size === 0) log.push('no stop listener');
      };
    },
    suspend: () =>
      new Promise<void>((resolve) => {
        log.push('stopped');
        carryOn = () => {
          log.push('carried on');
          resolve();
        };
      }),
  };
  const input = new EventEmitter() as unknown as NodeJS.ReadableStream;
  const guard = promptGuard(input, control);
  // A prompt that waits until its signal ends it, as the library's do.
  const prompt = guard((shown: { width?: number }, context?: object) => {
    log.push(shown.width === undefined ? 'asked' : `asked at ${shown.width}`);
    const { signal } = context as { signal: AbortSignal };
    return new Promise<string>((_resolve, reject) => signal.addEventListener('abort', () => reject(new Error('prompt closed'))));
  });
  return {
    log,
    asked: prompt(config),
    ctrlZ: () => input.emit('keypress', '\u001a', { ctrl: true, name: 'z' }),
    carryOn: () => carryOn?.(),
    signal: () => [...stops].forEach((stop) => stop()),
    asksAgain: guard.stops,
  };
}

it('carried on after Ctrl-Z, the prompt is asked again in the next turn of the loop, so keys typed just after fg reach it', async () => {
  const { log, ctrlZ, carryOn } = stage();
  ctrlZ();
  await turn();
  carryOn();
  await turn();
  await turn();
  // Was: asked again only after a 100 ms wait, and the keys typed in it were lost.
  expect(log.filter((l) => l === 'asked')).toHaveLength(2);
});

it('a stop signal passed on only after the prompt is asked again ends it, a stop listener kept from the stop until then', async () => {
  const { log, asked, ctrlZ, carryOn, signal } = stage();
  ctrlZ();
  await turn();
  carryOn();
  await turn();
  await turn();
  // Was: the listener kept over the stop was let go before the prompt asked again listened.
  expect(log.slice(log.indexOf('carried on'))).toEqual(['carried on', 'asked']);
  signal();
  await expect(asked).rejects.toThrow('prompt closed');
});

it('a stop signal passed on while stopped ends the walk once carried on, without asking again', async () => {
  const { log, asked, ctrlZ, carryOn, signal } = stage();
  ctrlZ();
  await turn();
  signal();
  carryOn();
  await expect(asked).rejects.toThrow('prompt closed');
  expect(log.filter((l) => l === 'asked')).toHaveLength(1);
  expect(log.at(-1)).toBe('no stop listener');
});

it('a prompt whose config is a function is laid out again when asked again, for the window as it is then', async () => {
  let columns = 80;
  const { log, ctrlZ, carryOn, asksAgain } = stage(() => ({ width: columns }));
  expect(asksAgain()).toBe(0);
  ctrlZ();
  await turn();
  // The window narrowed while the run was stopped.
  columns = 50;
  carryOn();
  await turn();
  await turn();
  // Was: the config made once, so text wrapped for 80 columns was drawn at 50 and broken again mid-word.
  expect(log.filter((l) => l.startsWith('asked'))).toEqual(['asked at 80', 'asked at 50']);
  // Counted, so that the heading written above the prompt before the stop is placed afresh too (headingPlacer).
  expect(asksAgain()).toBe(1);
});
