/**
 * The words of the home screen that are not a practice's own. Home is in the first download, so
 * these are plain named strings (the bundler inlines them) rather than one object.
 */

/** Under the Five breaths button. */
export const START_HINT = 'Starts straight away, about a minute. You can close your eyes.';

/** The one place Stay says it is not therapy, and where urgent help is. No phone numbers. */
export const CARE_NOTE =
  'Stay is a breathing companion, not therapy. If you are in danger, or afraid you might hurt yourself, please contact your local emergency services now.';

/** Home's heading. */
export const HOME_TITLE = 'Take a moment before you go';
export const OTHER_PRACTICES = 'Other practices';
export const YOUR_PATTERNS = 'Your patterns';
/** When there are no patterns of one's own: the sentence around its link to settings. */
export const PATTERNS_LEAD = 'You can make your own timing in';
export const PATTERNS_LINK = 'settings';

/** The app's name: the link home in the header, and the end of every page title. */
export const APP_NAME = 'Stay';
/** The main navigation's name for screen readers, and its links. */
export const NAV_LABEL = 'Main';
export const NAV_HOME = 'Home';
export const NAV_HISTORY = 'History';
export const NAV_REFLECT = 'Reflect';
export const NAV_SETTINGS = 'Settings';
/** Page titles (the browser tab); a practice's page is titled with its name. */
export const TITLE_SETTINGS = 'Settings · Stay';
export const TITLE_HISTORY = 'History · Stay';
export const TITLE_SESSION = 'A practice · Stay';
export const TITLE_REFLECT = 'Reflect · Stay';
/** A practice's page title when the practice cannot be found. */
export const TITLE_PRACTICE = 'Practice';
/** Joins a practice's name to the app's in its page title: "Five breaths · Stay". */
export const TITLE_JOIN = ' · ';
