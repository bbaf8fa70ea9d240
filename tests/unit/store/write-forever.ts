// Test helper (not a test): writes ever larger complete datasets to the file named in argv until killed.
import { writeFileAtomic } from '../../../api/src/store/embedded/atomic-file.js';

const file = process.argv[2]!;
let n = 1;
for (;;) {
  const sources = Array.from({ length: n * 2000 }, (_, i) => ({
    id: `s${i}`,
    title: 'x'.repeat(50),
    publisher: 'p',
    year: 2025,
  }));
  await writeFileAtomic(file, JSON.stringify({ version: 1, sources }));
  if (n === 1) process.send?.('written');
  n += 1;
}
