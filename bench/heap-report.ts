/**
 * Preloaded into the server by `npm run bench:e2e` (`node --expose-gc --import ./bench/heap-report.ts`): on
 * SIGUSR2 it collects garbage fully and writes `process.memoryUsage()` as JSON to HEAP_REPORT_FILE, so the bench
 * can read the live heap of a real server process (RSS alone keeps the high-water mark of start-up).
 */
import { writeFileSync } from 'node:fs';

const file = process.env['HEAP_REPORT_FILE'];
const gc = (globalThis as { gc?: () => void }).gc;
if (file && gc)
  process.on('SIGUSR2', () => {
    gc();
    gc();
    writeFileSync(file, JSON.stringify(process.memoryUsage()));
  });
