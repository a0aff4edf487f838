import type { MediaControls } from '../../app/ports/media-controls';

const ACTIONS = ['play', 'pause', 'stop'] as const;

/** Lock-screen controls through the Media Session API; does nothing where it is missing. */
export function createMediaControls(nav: Navigator = navigator): MediaControls {
  const session = 'mediaSession' in nav ? nav.mediaSession : null;
  return {
    show(title, handlers) {
      if (!session) return () => undefined;
      session.metadata = new MediaMetadata({ title, artist: 'Stay', album: 'Breathing practice' });
      for (const action of ACTIONS) setHandler(session, action, handlers[action]);
      return () => {
        for (const action of ACTIONS) setHandler(session, action, null);
        session.metadata = null;
        session.playbackState = 'none';
      };
    },
    setState(state) {
      if (session) session.playbackState = state;
    },
  };
}

function setHandler(
  session: MediaSession,
  action: MediaSessionAction,
  handler: (() => void) | null,
): void {
  try {
    session.setActionHandler(action, handler);
  } catch {
    // Browsers throw for actions they do not support (e.g. 'stop' on some versions).
  }
}
