import { hostname } from 'node:os';
import { link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SejajarError } from '@sejajar/text';

/** The lock file in an output folder; its presence means a run is writing there. */
export const LOCK_FILE = '.sejajar-lock';

/** Who holds an output folder. */
interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly started: string;
}

/** A held lock; release it when the run ends, whether it succeeded or not. */
export interface OutputLock {
  release(): Promise<void>;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const parseOwner = (text: string): LockOwner | undefined => {
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' && typeof owner.started === 'string' ? (owner as LockOwner) : undefined;
  } catch {
    return undefined;
  }
};

/** Create `path` only if it does not exist: a hard link of the whole draft, or, on file systems without hard links, an exclusive create. */
async function createExclusive(draft: string, path: string, owner: LockOwner): Promise<void> {
  try {
    await link(draft, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
    await writeFile(path, JSON.stringify(owner) + '\n', { flag: 'wx' });
  }
}

/**
 * Take the output folder for this run: a second run into the same folder is refused, because two
 * writers would interleave their outputs and state. The lock is a file created by `link()`, which
 * is atomic and fails if the name exists, so its content is whole when anyone sees it. A lock
 * left by a run on this machine whose process has ended (kill -9, a crash) is taken over with a
 * warning; one held on another machine is never guessed stale (no clock to trust): the message
 * says how to remove it.
 */
export async function lockOutput(out: string, warn: (message: string) => void): Promise<OutputLock> {
  await mkdir(out, { recursive: true });
  const path = join(out, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  const draft = `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  await writeFile(draft, JSON.stringify(me) + '\n');
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await createExclusive(draft, path, me);
        return { release: () => rm(path, { force: true }) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const text = await readFile(path, 'utf8').catch(() => undefined);
      if (text === undefined) continue; // released between our link and our read: try again
      const owner = parseOwner(text);
      if (owner !== undefined && (owner.host !== me.host || alive(owner.pid))) {
        throw new SejajarError(
          'BAD_OPTION',
          `${out}: another sejajar run (pid ${owner.pid} on ${owner.host}, started ${owner.started}) is writing here; ` +
            `wait for it, choose another --out, or delete ${path} if that run is gone`,
        );
      }
      // Stale: move it aside under a name of our own, so two runs taking over at once cannot both
      // win, then check that what we moved is still the stale lock we read.
      const aside = `${path}.stale-${process.pid}-${Math.random().toString(36).slice(2)}`;
      try {
        await rename(path, aside);
      } catch {
        continue;
      }
      const moved = await readFile(aside, 'utf8').catch(() => undefined);
      if (moved !== text) {
        await rename(aside, path).catch(() => undefined);
        continue;
      }
      await rm(aside, { force: true });
      warn(
        owner === undefined
          ? `${path}: unreadable lock file replaced`
          : `${out}: taking over the lock of an earlier run that ended without releasing it (pid ${owner.pid}, started ${owner.started})`,
      );
    }
    throw new SejajarError('BAD_OPTION', `${out}: could not take the output folder's lock (${path}); is another run starting there?`);
  } finally {
    await rm(draft, { force: true });
  }
}
