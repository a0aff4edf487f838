/**
 * Where the hum-along drone sits for a person: a fourth below their usual hum (or an octave and a
 * fourth, or two), so it supports the voice without ever being taken for it.
 * - The detector ignores pitches within 40 cents of the drone's root and of ½, 2 and 3 times it, so
 *   a drone at the person's pitch (or an octave away) would hide their hum.
 * - A fifth below fails too: the hum's second harmonic meets the drone's third partial, and the two
 *   together read as one low tone. A fourth below (hum : root = 4 : 3) shares no partial with the
 *   drone's three (tested with real detection over the drone).
 */

/** The drone's root without a usual hum: C3. */
export const DEFAULT_DRONE_HZ = 130.81;

/** Lowest and (exclusive) highest root the drone plays. */
export const DRONE_RANGE_HZ = { min: 55, max: 196 } as const;

/** The drone root for someone whose hums centre on `humHz`; the default when there is none. */
export function droneRootFor(humHz: number | null): number {
  if (humHz === null || !Number.isFinite(humHz) || humHz <= 0) return DEFAULT_DRONE_HZ;
  const fits = [1, 2, 4]
    .map((octaves) => (humHz * 3) / 4 / octaves)
    .filter((hz) => hz >= DRONE_RANGE_HZ.min && hz < DRONE_RANGE_HZ.max);
  // Of the roots that fit, the one nearest the usual drone; none for hums outside any voice.
  const best = fits.sort(
    (a, b) => Math.abs(Math.log2(a / DEFAULT_DRONE_HZ)) - Math.abs(Math.log2(b / DEFAULT_DRONE_HZ)),
  )[0];
  return best === undefined ? DEFAULT_DRONE_HZ : Math.round(best * 100) / 100;
}
