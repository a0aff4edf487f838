import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** Spins in a loop until `deadline` (ms since the epoch) or until told to stop. */
const SPIN = `
const { workerData, parentPort } = require('node:worker_threads');
let stop = false;
parentPort.on('message', () => { stop = true; });
const spin = () => {
  const sliceEnd = Date.now() + 200;
  while (Date.now() < sliceEnd) {}
  if (!stop && Date.now() < workerData.deadline) setImmediate(spin);
  else parentPort.close();
};
spin();
`;

/**
 * Keeps every core busy (one spinning worker thread each, `availableParallelism()` of them) for at
 * most `maxMs`; returns a function that stops them all and resolves once they have exited.
 */
export function busyCores(maxMs: number): () => Promise<void> {
  const deadline = Date.now() + maxMs;
  const workers = Array.from(
    { length: availableParallelism() },
    () => new Worker(SPIN, { eval: true, workerData: { deadline } }),
  );
  return async () => {
    await Promise.all(
      workers.map(async (worker) => {
        worker.postMessage('stop');
        await worker.terminate();
      }),
    );
  };
}
