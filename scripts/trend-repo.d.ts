// Types of scripts/trend-repo.js, for the tests (and the benchmark) that build repositories with it.
export function git(dir: string, args: string[], date?: string): string;
export function initRepository(dir: string): void;
export function commit(dir: string, step: { date: string; message: string; write?: Record<string, string>; remove?: string[]; rename?: [string, string] }): string;
export function buildTrendRepository(dir: string, versions?: number): string;
export function buildDemoRepository(dir: string): string;
