import type {
  GuidanceOptions,
  GuidancePlayer,
  NoticeSound,
  SessionClock,
  VoiceMode,
} from '../../app/ports/guidance-player';
import type { SessionPlan } from '../../core/breathing/types';

/**
 * A guidance player whose code loads in idle time (`preload`), keeping it out of the first
 * download. Calls made before it has loaded wait for it; a start after it has loaded reaches the
 * player within the tap, where a phone lets it begin playing.
 */
export function lazyGuidancePlayer(
  load: () => Promise<GuidancePlayer>,
): GuidancePlayer & { preload(): Promise<GuidancePlayer> } {
  let player: GuidancePlayer | undefined;
  let loading: Promise<GuidancePlayer> | undefined;
  const listeners = new Set<() => void>();
  const preload = () =>
    (loading ??= load().then((loaded) => {
      player = loaded;
      loaded.onInterrupted(() => {
        for (const listener of listeners) listener();
      });
      return loaded;
    }));
  const later = (call: (p: GuidancePlayer) => void) => {
    if (player) call(player);
    else void preload().then(call);
  };
  return {
    preload,
    get voiceMode(): VoiceMode {
      return player?.voiceMode ?? 'off';
    },
    prepare(plan: SessionPlan, options: GuidanceOptions) {
      later((p) => p.prepare?.(plan, options));
    },
    async start(plan: SessionPlan, options: GuidanceOptions): Promise<SessionClock> {
      return (player ?? (await preload())).start(plan, options);
    },
    async pause() {
      await player?.pause();
    },
    async resume() {
      await player?.resume();
    },
    stop() {
      player?.stop();
    },
    setVolume(volume: number) {
      player?.setVolume(volume);
    },
    notify(sound: NoticeSound) {
      player?.notify(sound);
    },
    onInterrupted(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
