/** Settings: sound and touch, practice timings, the person's own patterns, and installing Stay. */
export const SETTINGS_WORDS = {
  title: 'Settings',
  sound: 'Sound and touch',
  voice: 'Spoken guidance',
  deviceVoice: "Use this device's voice",
  deviceVoiceNote:
    'The recorded voice is clearer and keeps time with the sound; it is used when this is off.',
  vibration: 'Vibration',
  noVibration: 'This device cannot vibrate.',
  tone: 'Tone',
  /** The sound themes, by the value settings keep. */
  themes: { warm: 'Warm', airy: 'Airy' },
  strap: 'Heart-rate strap',
  timings: 'Practice timings',
  patterns: 'Your patterns',
  data: 'Your data',
  edit: 'Edit',
  delete: 'Delete',
  noPatterns: 'No patterns yet. Make one with your own timing.',
  newPattern: 'New pattern',
} as const;

/** "Volume: 80%". */
export const volumeWords = (percent: number): string => `Volume: ${String(percent)}%`;

/** A custom pattern's line in the list, e.g. "4 in · 6 out · 3 min", from its description and length. */
export const patternLineWords = (description: string, minutes: number): string =>
  `${description} · ${String(minutes)} min`;

/** The form for making or editing a pattern. */
export const PATTERN_FORM_WORDS = {
  name: 'Name',
  /** The label of each phase's field. */
  seconds: {
    inhaleS: 'Breathe in (seconds)',
    holdInS: 'Hold after breathing in (seconds)',
    exhaleS: 'Breathe out (seconds)',
    holdOutS: 'Hold after breathing out (seconds)',
  },
  minutes: 'Length (minutes)',
  saveChanges: 'Save changes',
  savePattern: 'Save pattern',
  cancel: 'Cancel',
  notANumber: 'Enter a number of seconds.',
} as const;

/** "Choose between 1 and 60 minutes." */
export const minutesRangeWords = (max: number): string =>
  `Choose between 1 and ${String(max)} minutes.`;

/** The length and in/out fields of each practice in settings. */
export const TIMING_WORDS = {
  breaths: 'Breaths',
  minutes: 'Minutes',
  inhaleS: 'In (seconds)',
  exhaleS: 'Out (seconds)',
} as const;

/** "Choose a whole number from 3 to 20.", or "a number" where fractions are fine. */
export const lengthRangeWords = (whole: boolean, min: number, max: number): string =>
  `Choose ${whole ? 'a whole number' : 'a number'} from ${String(min)} to ${String(max)}.`;

/** Keeping Stay on the home screen, at the end of settings. */
export const INSTALL_WORDS = {
  heading: 'On your home screen',
  installed: 'Stay is on your home screen now.',
  offer: 'Keep Stay there and it opens like any app, even with no connection.',
  install: 'Install Stay',
  /** iOS has no install dialog: the hint, around the names of the two menu items. */
  iosTap: 'Tap',
  iosShare: 'Share',
  iosThen: ', then',
  iosAdd: 'Add to Home Screen',
  later: "You can add it later from your browser's menu.",
} as const;
