import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** NODE_EXTRA_CA_CERTS as the run was given it, for the tests that reach npm's registry. */
    npmCaCerts: string | undefined;
  }
}

/**
 * NODE_EXTRA_CA_CERTS left out of the environment the test run's processes inherit. Node 20 reads
 * and parses the file it names at every start, before any code runs: with Debian's bundle of 144
 * certificates, about 90 ms of processor time a process, more than the rest of Node's start. The
 * suite starts a Node process for each of its files (vitest's workers) and hundreds of binaries in
 * terminals and pipes, and none of them makes a network connection (runBinary already gives the
 * binary an environment of its own without it). The tests that run npm against the registry, where
 * a proxy's certificate may be needed, take it back with `inject('npmCaCerts')`.
 */
export function setup(project: TestProject): () => void {
  const value = process.env.NODE_EXTRA_CA_CERTS;
  project.provide('npmCaCerts', value);
  delete process.env.NODE_EXTRA_CA_CERTS;
  return () => {
    if (value !== undefined) process.env.NODE_EXTRA_CA_CERTS = value;
  };
}
