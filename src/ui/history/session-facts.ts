import { html, nothing } from 'lit';
import { roundsWords, steadinessWords } from '../../core/content/hum';
import { bodyPlaceLabel } from '../../core/content/practice';
import {
  SESSION_PAGE_WORDS as WORDS,
  backAfterWords,
  bpmWords,
  ratedWords,
  stillnessWords,
} from '../../core/content/session-page';
import { answerWords, breathsWords, lengthWords, statusWords } from '../../core/content/sessions';
import type { SessionRecord } from '../../core/session/record';
import { heartOverview } from '../../core/session/summary';

/**
 * What one practice kept, as a `dl.facts`: how it went, length, breaths, the urge ratings, the
 * answer, body places, humming, stillness and the heart's resting level, peak and way back. A fact
 * the practice did not keep is left out, never shown empty.
 */
export function sessionFacts(record: SessionRecord) {
  const answer = answerWords(record.answer);
  return html`<dl class="facts">
    <dt>${WORDS.facts.status}</dt>
    <dd>${statusWords(record.status)}</dd>
    <dt>${WORDS.facts.length}</dt>
    <dd>${lengthWords(record.practisedS)}</dd>
    <dt>${WORDS.facts.breaths}</dt>
    <dd>${breathsWords(record.breathsCompleted)}</dd>
    ${rated(WORDS.facts.urgeBefore, record.urgeBefore)}
    ${rated(WORDS.facts.urgeAfter, record.urgeAfter)} ${fact(WORDS.facts.answer, answer)}
    ${fact(
      WORDS.facts.bodyPlaces,
      record.bodyPlaces.length === 0 ? null : record.bodyPlaces.map(bodyPlaceLabel).join(', '),
    )}
    ${fact(
      WORDS.facts.humHeard,
      record.humSeconds === undefined ? null : lengthWords(record.humSeconds),
    )}
    ${humFacts(record)}
    ${fact(
      WORDS.facts.stillness,
      record.stillness === undefined ? null : stillnessWords(record.stillness),
    )}
    ${heartFacts(record)}
  </dl>`;
}

/** One term and its value; nothing when there is no value. */
function fact(label: string, value: string | null) {
  return value === null
    ? nothing
    : html`<dt>${label}</dt>
        <dd>${value}</dd>`;
}

function rated(label: string, value: number | null) {
  return fact(label, value === null ? null : ratedWords(value));
}

/** Rounds reached and steadiness, when the microphone listened. */
function humFacts(record: SessionRecord) {
  const hum = record.hum;
  if (!hum) return nothing;
  return html`${fact(WORDS.facts.humRounds, roundsWords(hum))}
  ${fact(WORDS.facts.steadiness, steadinessWords(hum))}`;
}

/** Resting level, peak and the time back to resting, when a strap was worn. */
function heartFacts(record: SessionRecord) {
  if (!record.heart) return nothing;
  const { baselineBpm, peakBpm, backToBaselineS } = heartOverview(record.heart);
  return html`${fact(
    WORDS.facts.resting,
    baselineBpm === null ? null : bpmWords(Math.round(baselineBpm)),
  )}
  ${fact(WORDS.facts.peak, peakBpm === null ? null : bpmWords(peakBpm))}
  ${fact(
    WORDS.facts.backToResting,
    baselineBpm === null || peakBpm === null
      ? null
      : backToBaselineS === null
        ? WORDS.notBackYet
        : backAfterWords(lengthWords(backToBaselineS)),
  )}`;
}
