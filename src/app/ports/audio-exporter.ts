import type { SessionPlan } from '../../core/breathing/types';
import type { SoundTheme } from '../../core/settings/settings';

/** Renders a plan to a WAV file, through the same code as live playback. */
export interface AudioExporter {
  renderWav(
    plan: SessionPlan,
    options: { readonly voice: boolean; readonly theme: SoundTheme },
  ): Promise<Blob>;
}
