// Apart from ./hum so that only the microphone adapter's chunk carries these sentences.

/** What the person reads when Stay cannot hear them, by reason; each says how to fix it. */
export const LISTEN_FAILURE_WORDS = {
  unsupported:
    "Stay can't hear you: this browser doesn't let web apps listen to the microphone. The practice runs on its timer.",
  denied:
    "Stay can't hear you: microphone access is off for this site. You can allow it in the browser's site settings; the practice runs on its timer meanwhile.",
  'no-microphone':
    "Stay can't hear you: no microphone was found. Connect one or check the device's sound settings; the practice runs on its timer meanwhile.",
  failed:
    "Stay can't hear you: the microphone could not be started (another app may be using it). Close that app and try again; the practice runs on its timer meanwhile.",
} as const;
