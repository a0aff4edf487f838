/**
 * RR intervals (ms) from a Polar HRM text file: the first number on each line after `[HRData]`,
 * up to the next section. For tests and fixtures only.
 */
export function parseHrmRr(text: string): number[] {
  const rrMs: number[] = [];
  let inData = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('[')) {
      inData = line === '[HRData]';
      continue;
    }
    if (!inData || line === '') continue;
    const first = Number(line.split(/\s+/)[0]);
    if (Number.isFinite(first)) rrMs.push(first);
  }
  return rrMs;
}
