import type { ListenFailure } from '../../app/ports';

/** What the person reads when Stay cannot hear them, by reason; each says how to fix it. */
export const LISTEN_MESSAGES: Readonly<Record<ListenFailure, string>> = {
  unsupported:
    "Stay can't hear you: this browser doesn't let web apps listen to the microphone. The practice runs on its timer.",
  denied:
    "Stay can't hear you: microphone access is off for this site. You can allow it in the browser's site settings; the practice runs on its timer meanwhile.",
  'no-microphone':
    "Stay can't hear you: no microphone was found. Connect one or check the device's sound settings; the practice runs on its timer meanwhile.",
  failed:
    "Stay can't hear you: the microphone could not be started (another app may be using it). Close that app and try again; the practice runs on its timer meanwhile.",
};

/** Why `getUserMedia` (or the audio graph behind it) failed, from the error it threw. */
export function listenFailureOf(error: unknown): ListenFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    // SecurityError: blocked by a permissions policy or an insecure origin, which is also "off for this site".
    case 'NotAllowedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'no-microphone';
    case 'NotSupportedError':
      return 'unsupported';
    default:
      return 'failed';
  }
}
