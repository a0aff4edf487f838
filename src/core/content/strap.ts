/** The heart-rate strap's words in settings (the practice screen's chip is in ./practice). */
export const STRAP_WORDS = {
  intro:
    'A chest strap shows your heart rate and the urge to flee as it rises and settles. Any Bluetooth strap that shares heart rate works (Polar, Garmin, Wahoo, Coospo…).',
  noBluetooth:
    'This browser cannot reach Bluetooth straps (Safari on iPhone and iPad, and Firefox, cannot). Chrome or Edge on Android, ChromeOS, macOS or Windows can. Everything else in Stay works without a strap.',
  reconnect: 'Reconnect',
  pair: 'Pair a strap',
  forget: 'Forget this strap',
  simulated: 'Use the simulated strap',
  simulatedNote:
    'No strap? A built-in one breathes along with the practice so you can see how the meter works. Its heart rate is made up, not yours.',
  stressed: 'Start stressed (it rises, then settles as you breathe)',
  contactGood: 'skin contact good',
  contactLost: 'no skin contact: wet the pads and tighten the strap',
  /** Joins the parts of the connected status line. */
  separator: ' · ',
} as const;

/** "Pair again with Polar H10". */
export const pairAgainWords = (name: string): string => `Pair again with ${name}`;

/** "Connecting to Polar H10…", or to "your strap" when its name is not known yet. */
export const connectingWords = (name: string | null): string =>
  `Connecting to ${name ?? 'your strap'}…`;

/** "Polar H10: connected". */
export const connectedWords = (name: string): string => `${name}: connected`;

/** "battery 80 %". */
export const batteryWords = (percent: number): string => `battery ${String(percent)} %`;

/** "71 bpm". */
export const bpmWords = (bpm: number): string => `${String(bpm)} bpm`;

/** "Polar H10: reconnecting (attempt 2, next try in 4 s)". */
export const reconnectingWords = (name: string, attempt: number, nextInS: number): string =>
  `${name}: reconnecting (attempt ${String(attempt)}, next try in ${String(nextInS)} s)`;

/** "Polar H10: the connection was lost." */
export const lostWords = (name: string): string => `${name}: the connection was lost.`;
