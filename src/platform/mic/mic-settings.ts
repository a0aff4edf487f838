import type { MicSettings } from '../../app/ports/hum-listener';

/** Voice processing pumps and chews sustained vowels, so all of it is asked off; mono is enough. */
export const MIC_CONSTRAINTS = {
  audio: {
    echoCancellation: false,
    noiseSuppression: false,
    autoGainControl: false,
    channelCount: 1,
  },
} as const satisfies MediaStreamConstraints;

const readFlag = (value: boolean | string | undefined): boolean | null =>
  // Newer browsers may report echoCancellation as a mode ('all', 'remote-only'): any mode is on.
  value === undefined ? null : value !== false;

/** `track.getSettings()` in the port's terms. */
export function micSettingsOf(track: MediaStreamTrack): MicSettings {
  const s = track.getSettings();
  const settings = {
    trackSampleRate: s.sampleRate ?? null,
    channelCount: s.channelCount ?? null,
    echoCancellation: readFlag(s.echoCancellation),
    noiseSuppression: readFlag(s.noiseSuppression),
    autoGainControl: readFlag(s.autoGainControl),
  };
  return {
    ...settings,
    processingOff:
      settings.echoCancellation !== true &&
      settings.noiseSuppression !== true &&
      settings.autoGainControl !== true,
  };
}
