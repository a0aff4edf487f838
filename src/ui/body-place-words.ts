// The words live in core/content/practice; these names stay for the views that import them from here.
export { bodyPlaceLabel, feltLine } from '../core/content/practice';
