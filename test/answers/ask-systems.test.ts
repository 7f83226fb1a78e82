import { describe, expect, it } from 'vitest';
import { systemIdOf, uniqueId } from '../../src/answers/ask-systems.js';

describe("a system's id from its name", () => {
  it.each([
    ['Social care case management', 'social-care-case-management'],
    ['Revenues & Benefits', 'revenues-and-benefits'],
    ['  Café bookings (libraries)  ', 'cafe-bookings-libraries'],
    ['CCTV / ANPR', 'cctv-anpr'],
    ['Electoral Management System for the whole district council area', 'electoral-management-system-for-the'],
    ['!!!', ''],
  ])('%s → %s', (name, id) => {
    expect(systemIdOf(name)).toBe(id);
    if (id) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('is made unique with a number', () => {
    expect(uniqueId('parking', new Set(['waste']))).toBe('parking');
    expect(uniqueId('parking', new Set(['parking', 'parking-2']))).toBe('parking-3');
  });
});
