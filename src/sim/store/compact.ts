import { Worker } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
import { replayJournal } from './journal-format.js';

/** What one compaction folds: the snapshot file, plus the journal's first `journalBytes` bytes. */
export interface CompactJob {
  file: string;
  temp: string;
  journal: string;
  journalBytes: number;
  savedAt: string;
  /** fsync the new snapshot and its directory before and after the rename. */
  sync: boolean;
}

/**
 * Folds the journal's first bytes into the snapshot file: read both, replay, write a temporary
 * file (mode 0600: it holds every account's auth token), rename it over the snapshot. A process
 * killed at any step leaves the old snapshot with the whole journal, or the new snapshot, which
 * names the last batch it holds so that replaying the old journal onto it skips those.
 *
 * Synchronous and self-contained (its modules come as arguments): the worker thread runs it from
 * its source text, and small states run it in place.
 */
export function compactFiles(
  job: CompactJob,
  fs: typeof import('node:fs'),
  path: typeof import('node:path'),
  crc: (data: string) => number,
  replay: typeof replayJournal,
): { bytes: number; seq: number } {
  let text = '';
  try {
    text = fs.readFileSync(job.file, 'utf-8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const buffer = Buffer.alloc(job.journalBytes);
  if (job.journalBytes > 0) {
    const fd = fs.openSync(job.journal, 'r');
    try {
      let read = 0;
      while (read < job.journalBytes) {
        const n = fs.readSync(fd, buffer, read, job.journalBytes - read, read);
        if (n === 0) break;
        read += n;
      }
    } finally {
      fs.closeSync(fd);
    }
  }
  const result = replay(text.trim() ? JSON.parse(text) : undefined, buffer.toString('utf-8'), crc, Number.POSITIVE_INFINITY, job.savedAt);
  result.state.savedAt = job.savedAt;
  const out = JSON.stringify(result.state);
  const fd = fs.openSync(job.temp, 'w', 0o600);
  try {
    // A temporary file left by a killed process keeps its old mode through open.
    fs.fchmodSync(fd, 0o600);
    fs.writeSync(fd, out);
    if (job.sync) fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(job.temp, job.file);
  if (job.sync) {
    const dir = fs.openSync(path.dirname(job.file), 'r');
    try {
      fs.fsyncSync(dir);
    } catch {
      // Some file systems refuse fsync on a directory; the rename itself is still atomic.
    } finally {
      fs.closeSync(dir);
    }
  }
  return { bytes: Buffer.byteLength(out), seq: result.lastSeq };
}

/** The worker's program: both functions from their source text, so nothing is loaded by path (the package is one bundle). */
const WORKER_SOURCE = `
// Compilers that keep function names (tsx, esbuild's keepNames) wrap them with __name.
var __name = (f) => f;
const { parentPort, workerData } = require('node:worker_threads');
const replay = (${replayJournal.toString()});
const compact = (${compactFiles.toString()});
try {
  parentPort.postMessage({ ok: compact(workerData, require('node:fs'), require('node:path'), require('node:zlib').crc32, replay) });
} catch (e) {
  parentPort.postMessage({ error: e && e.message ? e.message : String(e), code: e && e.code });
}
`;

/** Runs `compactFiles` off the event loop, in a worker thread. */
export function compactInWorker(job: CompactJob): Promise<{ bytes: number; seq: number }> {
  return new Promise((resolve, reject) => {
    // No loader flags (--import tsx): the program is plain JavaScript.
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: job, execArgv: [] });
    let settled = false;
    worker.once('message', (m: { ok?: { bytes: number; seq: number }; error?: string; code?: string }) => {
      settled = true;
      if (m.ok) resolve(m.ok);
      else reject(Object.assign(new Error(m.error), { code: m.code }));
    });
    worker.once('error', (e) => {
      if (!settled) reject(e);
      settled = true;
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the compaction worker stopped with exit code ${code}`));
      settled = true;
    });
  });
}

/** `compactFiles` on the event loop: for states small enough that a thread costs more than the work. */
export async function compactInPlace(job: CompactJob): Promise<{ bytes: number; seq: number }> {
  const [fs, path] = await Promise.all([import('node:fs'), import('node:path')]);
  return compactFiles(job, fs, path, crc32, replayJournal);
}
