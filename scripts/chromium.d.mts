/** Path of the Chromium executable: CHROME_PATH, or Debian's. */
export declare const CHROME_PATH: string;
/** Launch flags for Chromium in this project's tests. */
export declare const CHROME_ARGS: readonly string[];
