// The system Chromium every browser test and the bench use: no test tool downloads its own.

/** Path of the Chromium executable: CHROME_PATH, or Debian's. */
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags that work as root in a container, with no network beyond loopback, and let audio start without a gesture. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];
