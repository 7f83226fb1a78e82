import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { quietListKeys, typesNothing } from '../../src/answers/quiet-list-keys.js';

describe('keys that type nothing in a list', () => {
  it.each([
    [{ name: 'escape' }, true],
    [{ name: 'left' }, true],
    [{ name: 'right' }, true],
    [{ name: 'home' }, true],
    [{ name: 'end' }, true],
    [{ name: 'f5' }, true],
    [{ name: 'b', meta: true }, true],
    [{ name: 'a', ctrl: true }, true],
    // Still reach the list: choosing, moving, typing, stopping.
    [{ name: 'return' }, false],
    [{ name: 'return', meta: true }, false],
    [{ name: 'up' }, false],
    [{ name: 'down' }, false],
    [{ name: 'y' }, false],
    [{ name: '2' }, false],
    [{ name: 'backspace' }, false],
    [{ name: 'c', ctrl: true }, false],
  ])('%o → dropped: %s', (key, dropped) => expect(typesNothing(key)).toBe(dropped));

  it('drops them only while a list is open, and passes every other event', () => {
    const input = new EventEmitter() as unknown as NodeJS.ReadableStream;
    let open = false;
    quietListKeys(input, () => open);
    const seen: string[] = [];
    input.on('keypress', (_s: string, key: { name: string }) => seen.push(key.name));
    input.on('data', () => seen.push('data'));
    input.emit('keypress', '\x1b', { name: 'escape' });
    open = true;
    input.emit('keypress', '\x1b', { name: 'escape' });
    input.emit('keypress', '\x1b[D', { name: 'left' });
    input.emit('keypress', '\r', { name: 'return' });
    input.emit('data', '\x1b');
    expect(seen).toEqual(['escape', 'return', 'data']);
  });
});
