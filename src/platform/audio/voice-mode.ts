/** How long to wait for `voiceschanged` when the voice list starts empty, in ms. */
export const VOICES_WAIT_MS = 300;

/** The device voice for `lang` (matched on its primary subtag), or null when it has none. */
export function matchVoice(
  voices: readonly SpeechSynthesisVoice[],
  lang: string,
): SpeechSynthesisVoice | null {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  const matching = voices.filter((v) => v.lang.toLowerCase().split(/[-_]/)[0] === primary);
  const exact = matching.find((v) => v.lang.toLowerCase() === lang.toLowerCase());
  return exact ?? matching.find((v) => v.localService) ?? matching[0] ?? null;
}

/**
 * A speechSynthesis voice for `lang`, waiting up to `waitMs` for the voice list to load; null when
 * speech is missing or has no voice for the language (then recorded clips are used).
 */
export async function findSpeechVoice(
  synth: SpeechSynthesis | undefined,
  lang: string,
  waitMs = VOICES_WAIT_MS,
): Promise<SpeechSynthesisVoice | null> {
  if (!synth) return null;
  let voices = synth.getVoices();
  if (voices.length === 0) {
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        synth.removeEventListener('voiceschanged', done);
        resolve();
      };
      const timer = setTimeout(done, waitMs);
      synth.addEventListener('voiceschanged', done);
    });
    voices = synth.getVoices();
  }
  return matchVoice(voices, lang);
}

/** The page's speechSynthesis, or undefined where the browser has none. */
export function pageSpeech(): SpeechSynthesis | undefined {
  return 'speechSynthesis' in globalThis ? globalThis.speechSynthesis : undefined;
}
