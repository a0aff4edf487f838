import type { BodyPlace } from '../core/practice/body-places';

const LABELS: Record<BodyPlace, string> = {
  chest: 'Chest',
  throat: 'Throat',
  stomach: 'Stomach',
  shoulders: 'Shoulders',
  jaw: 'Jaw',
  hands: 'Hands',
};

/** The word on a body-place chip. */
export function bodyPlaceLabel(place: BodyPlace): string {
  return LABELS[place];
}

/** One plain line for the done screen, e.g. "You felt it in your chest and jaw."; '' for none. */
export function feltLine(places: readonly BodyPlace[]): string {
  if (places.length === 0) return '';
  const words = places.map((place) => LABELS[place].toLowerCase());
  const last = words.pop() ?? '';
  const list = words.length > 0 ? `${words.join(', ')} and ${last}` : last;
  return `You felt it in your ${list}.`;
}
