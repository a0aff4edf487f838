import type { AudioExporter } from '../../app/ports/audio-exporter';
import { encodeWav } from '../../core/io/wav';
import { renderSessionAudio } from './render-offline';

/** Sample rate of exported files, in Hz: plenty for tones and voice, half the size of 44.1 kHz. */
export const EXPORT_SAMPLE_RATE = 22050;

/** An AudioExporter rendering through renderSessionAudio and writing 16-bit mono WAV. */
export function createWavExporter(sampleRate = EXPORT_SAMPLE_RATE): AudioExporter {
  return {
    async renderWav(plan, options) {
      const buffer = await renderSessionAudio(plan, { sampleRate, ...options });
      const channels = Array.from({ length: buffer.numberOfChannels }, (_, i) =>
        buffer.getChannelData(i),
      );
      return new Blob([encodeWav(channels, buffer.sampleRate)], { type: 'audio/wav' });
    },
  };
}
