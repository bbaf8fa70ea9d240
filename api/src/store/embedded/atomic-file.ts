import { hostname } from 'node:os';
import { open, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';

/** The disk (or quota) holding the data file is full; nothing was written. */
export class DiskFullError extends Error {
  override readonly name = 'DiskFullError';
}

/** Another process holds the data file's lock for longer than we were willing to wait. */
export class DataFileLockedError extends Error {
  override readonly name = 'DataFileLockedError';
}

const TEMPORARY = /^\.(.+)\.(\d+)\.(\d+)\.tmp$/;

/**
 * Replaces `file` with `content` so that a reader (or a restart after a crash) sees either the old file or the
 * new one, never a mix: write a temporary file in the same folder, fsync it, rename it over the target, then
 * fsync the folder so the rename itself is durable. On any failure the temporary file is removed; a full disk
 * is reported as {@link DiskFullError}. `content` may come in pieces (an async iterable, e.g. serialise.ts's
 * `jsonChunks`): each is written as it comes, and an iterable that throws fails the write like a disk error does.
 */
export async function writeFileAtomic(file: string, content: string | AsyncIterable<string>): Promise<void> {
  const folder = dirname(file);
  const temporary = join(folder, `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw diskFull(error, file) ?? error;
  }
  const dir = await open(folder, 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

function diskFull(error: unknown, file: string): DiskFullError | null {
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== 'ENOSPC' && code !== 'EDQUOT') return null;
  return new DiskFullError(
    `The disk holding ${file} is full (${code}): nothing was written and the data is as it was. Free some space ` +
      `(or move DATA_DIR) and try again.`,
    { cause: error },
  );
}

/**
 * Removes the temporary files a writer of `file` left behind when it was killed (or its disk filled up): every
 * `.<name>.<pid>.<time>.tmp` whose process is gone. Call it while holding the lock. Returns the names removed.
 */
export async function removeStaleTemporaries(file: string): Promise<string[]> {
  const folder = dirname(file);
  const removed: string[] = [];
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    const match = TEMPORARY.exec(name);
    if (!match || match[1] !== basename(file)) continue;
    const pid = Number(match[2]);
    if (pid !== process.pid && isAlive(pid)) continue;
    await rm(join(folder, name), { force: true });
    removed.push(name);
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export interface LockOptions {
  /** Give up after this long (default 30 s). */
  timeoutMs?: number;
  /** What the holder is doing, for the message another process shows while it waits. */
  purpose?: string;
}

/**
 * Takes the write lock of `file`: `<file>.lock`, created exclusively, holding the owner's pid, host and start
 * time. One writer at a time across processes (the server, the CLI, a second server on the same DATA_DIR). A
 * lock whose process is gone (kill -9) is taken over. Returns the function that releases it.
 */
export async function lockFile(file: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  const lock = `${file}.lock`;
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let wait = 5; ; wait = Math.min(wait * 2, 200)) {
    try {
      const handle = await open(lock, 'wx');
      try {
        await handle.writeFile(JSON.stringify({ ...me, purpose: options.purpose }));
      } finally {
        await handle.close();
      }
      return async () => {
        await rm(lock, { force: true });
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw diskFull(error, lock) ?? error;
    }
    const owner = await readOwner(lock);
    if (await isStale(lock, owner)) {
      await rm(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline)
      throw new DataFileLockedError(
        `${file} is being written by another process (${owner ? `pid ${owner.pid} on ${owner.host} since ${owner.since}` : 'unknown'}); ` +
          `nothing was written. Try again when it has finished, or remove ${lock} if that process is gone.`,
      );
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

async function readOwner(lock: string): Promise<LockOwner | null> {
  try {
    return JSON.parse(await readFile(lock, 'utf8')) as LockOwner;
  } catch {
    return null;
  }
}

async function isStale(lock: string, owner: LockOwner | null): Promise<boolean> {
  if (owner && typeof owner.pid === 'number') return owner.host === hostname() && !isAlive(owner.pid);
  // Unreadable: its writer died between creating and filling it, or is filling it right now.
  const info = await stat(lock).catch(() => null);
  return info !== null && Date.now() - info.mtimeMs > 5_000;
}
