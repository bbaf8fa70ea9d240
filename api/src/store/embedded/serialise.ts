import { TimeSlices } from '../../time-slices.js';

/** Rows serialised at a time (~0.2–0.5 ms of work each at 100k facilities). */
const BATCH = 256;

/**
 * The text of `JSON.stringify(document, null, 1)` followed by a newline, as pieces, letting the event loop run
 * between them: the rows of each top-level array are serialised in time slices (time-slices.ts: 8–50 ms, longer
 * when requests keep the event loop busy), the generator waiting for `setImmediate` between them. At 100k facilities (1.1 M rows, 184 MB of text) one
 * `JSON.stringify` blocked every request for 1.4–3.0 s; in pieces reads keep being answered while the data file
 * is written (bench/e2e.ts, docs/performance.md "Writes"). The text is the same, character for character
 * (tests/unit/store/serialise.test.ts), so readers of the file see no difference; a row's `toJSON` that throws
 * makes the iteration throw, as `JSON.stringify` would.
 *
 * Made for the dataset document (an object whose values are arrays of rows, or plain values): a top-level array
 * is cut between its elements; anything else is serialised whole.
 */
export async function* jsonChunks(
  document: Record<string, unknown>,
  /** Fixed slices of this length instead (tests). */
  { sliceMs }: { sliceMs?: number } = {},
): AsyncGenerator<string> {
  const slices = sliceMs === undefined ? new TimeSlices() : new TimeSlices(sliceMs, sliceMs);
  let pending: string[] = ['{'];
  let first = true;
  for (const key of Object.keys(document)) {
    const value = document[key];
    if (!Array.isArray(value)) {
      const text = JSON.stringify(value, null, 1) as string | undefined;
      // JSON.stringify leaves out what it cannot represent (undefined, functions, symbols).
      if (text === undefined) continue;
      pending.push(`${first ? '' : ','}\n ${JSON.stringify(key)}: ${text.replaceAll('\n', '\n ')}`);
      first = false;
      continue;
    }
    pending.push(`${first ? '' : ','}\n ${JSON.stringify(key)}: [`);
    first = false;
    // Rows in batches, each serialised by one JSON.stringify of the batch under its key, which indents the rows
    // exactly as in the whole document; the batch's text between "[" and "]" is what the document holds there.
    const prefix = `{\n ${JSON.stringify(key)}: [`.length;
    const suffix = '\n ]\n}'.length;
    for (let i = 0; i < value.length; i += BATCH) {
      const text = JSON.stringify({ [key]: value.slice(i, i + BATCH) }, null, 1);
      pending.push(`${i === 0 ? '' : ','}${text.slice(prefix, text.length - suffix)}`);
      if (slices.due) {
        yield pending.join('');
        pending = [];
        await slices.pause();
      }
    }
    pending.push(value.length === 0 ? ']' : '\n ]');
  }
  pending.push(first ? '}\n' : '\n}\n');
  yield pending.join('');
}
