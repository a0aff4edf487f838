/** Where the urge can sit in the body, in the order the chips show them. */
export const BODY_PLACES = ['chest', 'throat', 'stomach', 'shoulders', 'jaw', 'hands'] as const;

/** One place in the body a person can name at the start of Five breaths. */
export type BodyPlace = (typeof BODY_PLACES)[number];

/** True when `value` is one of BODY_PLACES. */
export function isBodyPlace(value: unknown): value is BodyPlace {
  return (BODY_PLACES as readonly unknown[]).includes(value);
}

/** `places` in BODY_PLACES order, each once; anything that is not a body place is dropped. */
export function orderBodyPlaces(places: Iterable<unknown>): BodyPlace[] {
  const chosen = new Set(places);
  return BODY_PLACES.filter((place) => chosen.has(place));
}
