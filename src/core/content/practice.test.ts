import { describe, expect, it } from 'vitest';
import {
  answerLine,
  breathOfWords,
  completedLine,
  ratingLine,
  ratingsWords,
  savedAsWords,
  stoppedLine,
} from './practice';
import { entryWhenWords } from './reflect';
import {
  backAfterWords,
  bpmWords,
  deleteQuestionWords,
  ratedWords,
  stillnessWords,
} from './session-page';

describe('practice words', () => {
  it('counts breaths while running and says back how the practice ended', () => {
    expect(breathOfWords(1, 5)).toBe('Breath 1 of 5');
    expect(completedLine(5)).toBe('You stayed with 5 breaths. Take a moment before you move on.');
    expect(stoppedLine(0)).toBe('You stopped. Taking a moment at all counts.');
    expect(stoppedLine(1)).toBe('You stopped after 1 breath. That counts too.');
    expect(stoppedLine(3)).toBe('You stopped after 3 breaths. That counts too.');
  });

  it('says back the closing answer only when there is one', () => {
    expect(answerLine('protecting')).toContain('protecting you');
    expect(answerLine('isolating')).toContain('isolating you');
    expect(answerLine(null)).toBe('');
    expect(answerLine(undefined)).toBe('');
  });

  it('puts the ratings in one line, or none', () => {
    expect(ratingLine(7, 3)).toBe('Before 7, after 3');
    expect(ratingLine(7, null)).toBe('Before 7');
    expect(ratingLine(null, 3)).toBe('After 3');
    expect(ratingLine(null, null)).toBeNull();
    expect(ratingsWords('Before 7, after 3')).toBe('Urge to flee: Before 7, after 3');
    expect(savedAsWords('stay.wav')).toBe('Saved as stay.wav.');
  });
});

describe('a practice’s history page', () => {
  it('writes its facts as the page shows them', () => {
    expect(ratedWords(7)).toBe('7 of 10');
    expect(stillnessWords(0.624)).toBe('62 %');
    expect(bpmWords(64)).toBe('64 bpm');
    expect(backAfterWords('1 min 10 s')).toBe('After 1 min 10 s');
  });

  it('says the journal stays only when there is some', () => {
    expect(deleteQuestionWords(false)).toBe(
      'Delete this practice from this device? It cannot be undone.',
    );
    expect(deleteQuestionWords(true)).toBe(
      'Delete this practice from this device? It cannot be undone. What you wrote stays in your journal.',
    );
  });

  it('adds when an entry was edited', () => {
    expect(entryWhenWords('3 Mar 2025, 22:14', null)).toBe('3 Mar 2025, 22:14');
    expect(entryWhenWords('3 Mar 2025, 22:14', '4 Mar 2025, 08:00')).toBe(
      '3 Mar 2025, 22:14 · Edited 4 Mar 2025, 08:00',
    );
  });
});
