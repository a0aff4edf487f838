import { expect } from '@open-wc/testing';
import { describe, it } from '../../testing/mocha';
import { createMediaControls } from './media-controls';
import { createScreenKeeper } from './screen-keeper';

describe('screen keeper', () => {
  it('holds a wake lock, takes it again when visible, and releases it', async () => {
    const requests: string[] = [];
    let releases = 0;
    const nav = {
      wakeLock: {
        request: (type: string) => {
          requests.push(type);
          return Promise.resolve({
            released: false,
            release: () => {
              releases++;
              return Promise.resolve();
            },
          });
        },
      },
    } as unknown as Navigator;
    const release = createScreenKeeper(nav, document).keepAwake();
    await Promise.resolve();
    expect(requests).to.deep.equal(['screen']);
    release();
    await Promise.resolve();
    expect(releases).to.equal(1);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(requests).to.have.length(1);
  });

  it('does nothing where the Wake Lock API is missing', () => {
    const release = createScreenKeeper({} as Navigator, document).keepAwake();
    expect(release).not.to.throw();
  });
});

describe('media controls', () => {
  it('shows the practice with play, pause and stop handlers, and clears them', () => {
    const handlers = new Map<string, unknown>();
    const session = {
      metadata: null as MediaMetadata | null,
      playbackState: 'none',
      setActionHandler: (action: string, handler: unknown) => handlers.set(action, handler),
    };
    const controls = createMediaControls({ mediaSession: session } as unknown as Navigator);
    let paused = 0;
    const clear = controls.show('Box breathing', {
      play: () => undefined,
      pause: () => paused++,
      stop: () => undefined,
    });
    expect(session.metadata?.title).to.equal('Box breathing');
    (handlers.get('pause') as () => void)();
    expect(paused).to.equal(1);
    controls.setState('playing');
    expect(session.playbackState).to.equal('playing');
    clear();
    expect([...handlers.values()].every((h) => h === null)).to.be.true;
    expect(session.metadata).to.equal(null);
  });
});
