/**
 * Typed handles on the globals Mocha sets up in @web/test-runner (the project has no @types/mocha).
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

export const describe = (name: string, body: () => void): void => {
  mocha().describe(name, body);
};
export const it = (name: string, body: Body): void => {
  mocha().it(name, body);
};
export const beforeEach = (body: Body): void => {
  mocha().beforeEach(body);
};
export const afterEach = (body: Body): void => {
  mocha().afterEach(body);
};
