import type { ListenFailure } from '../../app/ports/hum-listener';
import { LISTEN_FAILURE_WORDS } from '../../core/content/listen-failures';

/** What the person reads when Stay cannot hear them, by reason (words in core/content/listen-failures). */
export const LISTEN_MESSAGES: Readonly<Record<ListenFailure, string>> = LISTEN_FAILURE_WORDS;

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
