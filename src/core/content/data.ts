/** "Your data", in settings: what is kept, export, import and deleting everything. */
export const DATA_WORDS = {
  onDevice: 'On this device',
  exportHeading: 'Export',
  exportIntro: 'Everything stays on this device unless you save a copy.',
  exportJson: 'Export everything (JSON)',
  exportSessions: 'Sessions (CSV)',
  exportSamples: 'Heart samples (CSV)',
  exportFailed: 'The file could not be made just now. Please try again.',
  importHeading: 'Import',
  deleteHeading: 'Delete everything',
  checking: "Checking this device's storage…",
  persisted: 'Kept safe from automatic clean-up.',
  persistUnknown:
    "This browser does not say whether it might clear Stay's data when space runs low.",
  mayClear: 'The browser may clear it if space runs low.',
  keepSafe: 'Keep my data safe',
  persistRefused:
    'The browser did not agree this time. Adding Stay to your home screen often helps.',
  askDelete: 'Delete everything…',
  confirmDelete: 'Delete everything',
  keepData: 'Keep my data',
  deleted: 'Everything Stay kept on this device is gone. You can begin again whenever you like.',
  tryAgain: 'Something went wrong on this device, and nothing was changed. Please try again.',
  deleteNothing:
    'There are no practices or notes on this device. This resets your settings to how Stay started.',
  importLabel: 'Import a Stay export',
  unreadable: 'This file could not be read.',
  notSaved: 'Something went wrong on this device while importing.',
  /** Follows every import error. */
  nothingChanged: 'Nothing was changed.',
  sameId: 'Anything already here with the same id is updated from the file.',
  importConfirm: 'Import',
  cancel: 'Cancel',
  nothingNew: 'The file held nothing new.',
} as const;

/** What Stay keeps, counted; the keys match the storage port's counts. */
export interface KeptCounts {
  readonly sessions: number;
  readonly journal: number;
  readonly wins: number;
  readonly challenges: number;
  readonly customPatterns: number;
}

/** Each kind of record, singular and plural, in the order a sentence names them. */
export const COUNT_NOUNS: readonly (readonly [keyof KeptCounts, string, string])[] = [
  ['sessions', 'practice', 'practices'],
  ['journal', 'journal entry', 'journal entries'],
  ['wins', 'small win', 'small wins'],
  ['challenges', 'challenge', 'challenges'],
  ['customPatterns', 'custom pattern', 'custom patterns'],
];

/** True when every count is zero. */
export function isEmptyCounts(counts: KeptCounts): boolean {
  return COUNT_NOUNS.every(([key]) => counts[key] === 0);
}

/** "12 practices, 3 journal entries and 1 challenge"; zero counts left out; "" when all are zero. */
export function countsWords(counts: KeptCounts): string {
  const parts = COUNT_NOUNS.filter(([key]) => counts[key] > 0).map(
    ([key, one, many]) => `${String(counts[key])} ${counts[key] === 1 ? one : many}`,
  );
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/** "0.4 MB", "1.2 MB", "12 KB": storage use in the units people see on their phone. */
export function bytesWords(bytes: number): string {
  if (bytes < 1000) return `${String(Math.round(bytes))} bytes`;
  if (bytes < 1_000_000) return `${String(Math.round(bytes / 1000))} KB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(1)} GB`;
}

/** "Stay is using 1.2 MB of this device's storage." */
export const usageWords = (bytes: number): string =>
  `Stay is using ${bytesWords(bytes)} of this device's storage.`;

/** "Saved stay-export-2025-03-03.json." */
export const savedWords = (fileName: string): string => `Saved ${fileName}.`;

/** The confirmation naming exactly what goes. */
export function deleteWords(counts: KeptCounts): string {
  if (isEmptyCounts(counts)) return DATA_WORDS.deleteNothing;
  return `This deletes ${countsWords(counts)} from this device. It cannot be undone.`;
}

/** What a picked file holds, before the person confirms the import. */
export function fileHoldsWords(fileName: string, counts: KeptCounts): string {
  const held = countsWords(counts);
  return held === ''
    ? `${fileName} holds no practices or notes, only settings.`
    : `${fileName} holds ${held}.`;
}

/** "Added 3 practices. Updated 1 practice already on this device." */
export function outcomeWords({
  added,
  merged,
}: {
  readonly added: KeptCounts;
  readonly merged: KeptCounts;
}): string {
  const parts = [
    isEmptyCounts(added) ? '' : `Added ${countsWords(added)}.`,
    isEmptyCounts(merged) ? '' : `Updated ${countsWords(merged)} already on this device.`,
  ].filter((p) => p !== '');
  return parts.length === 0 ? DATA_WORDS.nothingNew : parts.join(' ');
}
