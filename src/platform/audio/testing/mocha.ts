/** Typed handles on the Mocha globals of @web/test-runner (the project has no @types/mocha). */
type Body = () => void | Promise<void>;
interface MochaGlobals {
  describe(name: string, body: () => void): void;
  it(name: string, body: Body): void;
  afterEach(body: Body): void;
}

const mocha = () => globalThis as unknown as MochaGlobals;

/** Mocha's describe. */
export const describe = (name: string, body: () => void): void => {
  mocha().describe(name, body);
};
/** Mocha's it. */
export const it = (name: string, body: Body): void => {
  mocha().it(name, body);
};
/** Mocha's afterEach. */
export const afterEach = (body: Body): void => {
  mocha().afterEach(body);
};
