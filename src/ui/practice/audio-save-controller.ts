import type { ReactiveControllerHost } from 'lit';
import type { AudioExporter } from '../../app/ports/audio-exporter';
import type { FileSaver } from '../../app/ports/file-saver';
import type { SessionPlan } from '../../core/breathing/types';
import type { Settings } from '../../core/settings/settings';
import type { AudioSaveState } from './practice-done';

/** The WAV file name for a practice id: `stay-five-breaths.wav`, `stay-evening.wav` for `custom:evening`. */
export function audioFileName(practiceId: string): string {
  return `stay-${practiceId.replace(/^custom:/, '')}.wav`;
}

/** Makes a practice's WAV file and hands it to the person, re-rendering the host at each step. */
export class AudioSaveController {
  state: AudioSaveState = 'idle';

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Back to `idle`, for a practice run again. */
  reset(): void {
    this.set('idle');
  }

  /** Renders `plan` with the voice and theme in `settings` and saves it; ignored while one is busy. */
  async save(
    services: { readonly exporter: AudioExporter; readonly files: FileSaver },
    plan: SessionPlan,
    settings: Settings,
  ): Promise<void> {
    if (this.state === 'busy') return;
    this.set('busy');
    try {
      const wav = await services.exporter.renderWav(plan, {
        voice: settings.voice,
        theme: settings.theme,
      });
      await services.files.save(wav, audioFileName(plan.practiceId));
      this.set('saved');
    } catch {
      this.set('failed');
    }
  }

  private set(state: AudioSaveState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
