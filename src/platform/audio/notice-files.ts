import type { NoticeSound } from '../../app/ports/guidance-player';
import { fileUrl } from './guidance-file';
import { GUIDANCE_RATE, writeWhole } from './guidance-writer';
import { playNotice } from './notice';
import { loadTone, quietDefaultContext } from './tone-loader';

/** Seconds of each notice's file (two notes and their decay). */
const NOTICE_S = 1.2;

/**
 * Each notice rendered and written as a small guidance file of its own (served like the practice's),
 * for a second element to play; resolves with each one's URL.
 */
export async function renderNotices(id: string): Promise<Map<NoticeSound, string>> {
  const Tone = await loadTone();
  quietDefaultContext(Tone);
  const sounds: NoticeSound[] = ['strap-lost', 'strap-back', 'hum-reached', 'picked-up'];
  const urls = new Map<NoticeSound, string>();
  for (const sound of sounds) {
    const buffer = await Tone.Offline(
      (context) => {
        const master = context.createGain();
        Tone.connect(master, context.destination);
        playNotice(context, master, 0.01, sound);
      },
      NOTICE_S,
      1,
      GUIDANCE_RATE,
    );
    const noticeId = `${id}-${sound}`;
    await writeWhole(noticeId, buffer.getChannelData(0), GUIDANCE_RATE);
    urls.set(sound, fileUrl(noticeId));
  }
  return urls;
}
