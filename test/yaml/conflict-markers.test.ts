import { describe, expect, it } from 'vitest';
import { findConflictMarker } from '../../src/yaml/conflict-markers.js';

describe('findConflictMarker', () => {
  it.each([
    ['<<<<<<< HEAD\na: 1\n', 1, '<<<<<<< HEAD'],
    ['a: 1\n>>>>>>> feature/x\n', 2, '>>>>>>> feature/x'],
    ['a: 1\n||||||| merged common ancestors\n', 2, '||||||| merged common ancestors'],
    ['a: 1\n|||||||\n', 2, '|||||||'],
    ['a: 1\n=======\nb: 2\n', 2, '======='],
    ['a: 1\r\n=======\r\nb: 2\r\n', 2, '======='],
    // A carriage return alone ends a line in YAML (old Mac files), so it is counted as one.
    ['a: 1\rb: 2\r=======\r', 3, '======='],
    ['a: 1\n=======', 2, '======='],
  ])('finds the marker in %j at line %i', (text, line, marker) => {
    expect(findConflictMarker(text)).toEqual({ line, column: 1, text: marker });
  });

  it.each([
    'a: |\n  =======\n  <<<<<<< HEAD\n',
    'a: 1\n========\n',
    'a: 1\n======= x\n',
    'a: 1\n<<<<<<<HEAD\n',
    'a: 1\n<<<<<<\n',
    'a: "<<<<<<< HEAD"\n',
    // U+2028 ends a line for JavaScript's ^ with the m flag, not for YAML.
    'a: 1\u2028<<<<<<< HEAD\n',
  ])('finds none in %j', (text) => {
    expect(findConflictMarker(text)).toBeUndefined();
  });
});
