/**
 * The words of the home screen that are not a practice's own. Home is in the first download, so
 * these are plain named strings (the bundler inlines them) rather than one object.
 */

/** Under the Five breaths button. */
export const START_HINT = 'Starts straight away, about a minute. You can close your eyes.';

/** The one place Stay says it is not therapy, and where urgent help is. No phone numbers. */
export const CARE_NOTE =
  'Stay is a breathing companion, not therapy. If you are in danger, or afraid you might hurt yourself, please contact your local emergency services now.';
