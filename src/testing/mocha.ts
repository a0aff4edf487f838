/**
 * Typed handles on the Mocha globals of @web/test-runner (the project has no @types/mocha).
 * Read lazily, so importing this module outside a test run is harmless.
 */
type Body = () => void | Promise<void>;
interface MochaGlobals {
  describe(name: string, body: () => void): void;
  it(name: string, body: Body): void;
  beforeEach(body: Body): void;
  afterEach(body: Body): void;
}

const mocha = () => globalThis as unknown as MochaGlobals;

/** Mocha's describe: groups the tests registered in `body`. */
export const describe = (name: string, body: () => void): void => {
  mocha().describe(name, body);
};
/** Mocha's it: one test; a returned promise is awaited. */
export const it = (name: string, body: Body): void => {
  mocha().it(name, body);
};
/** Mocha's beforeEach: runs `body` before each test in the enclosing describe. */
export const beforeEach = (body: Body): void => {
  mocha().beforeEach(body);
};
/** Mocha's afterEach: runs `body` after each test in the enclosing describe. */
export const afterEach = (body: Body): void => {
  mocha().afterEach(body);
};
