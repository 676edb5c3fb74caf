import type { PersistedState } from './store.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** The first place where `a` and `b` differ (object keys in any order), as a path, or undefined. */
function jsonDifference(a: Json, b: Json, path: string): string | undefined {
  if (a === b) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b))
    return `${path}: live ${JSON.stringify(a)?.slice(0, 200)}, saved ${JSON.stringify(b)?.slice(0, 200)}`;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: live has ${a.length} entries, saved ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = jsonDifference(a[i]!, b[i]!, `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  const ao = a as Record<string, Json>;
  const bo = b as Record<string, Json>;
  for (const k of new Set([...Object.keys(ao), ...Object.keys(bo)])) {
    if (!(k in bo)) return `${path}.${k}: live has it, saved does not`;
    if (!(k in ao)) return `${path}.${k}: saved has it, live does not`;
    const d = jsonDifference(ao[k]!, bo[k]!, `${path}.${k}`);
    if (d) return d;
  }
  return undefined;
}

/**
 * Where a saved state (snapshot plus journal, replayed) differs from the live one, naming the
 * account, table and SID; undefined when they hold the same. The save time and batch number are
 * not state; a running clock's time is read at different moments, so only a frozen one is compared.
 */
export function stateDifference(liveState: PersistedState, savedState: PersistedState): string | undefined {
  const live = JSON.parse(JSON.stringify(liveState)) as PersistedState;
  const saved = JSON.parse(JSON.stringify(savedState)) as PersistedState;
  const sharedDiff = jsonDifference(live.shared as Json, saved.shared as Json, 'shared');
  if (sharedDiff) return sharedDiff;
  const savedBySid = new Map(saved.accounts.map((w) => [w.accountSid, w]));
  const liveSids = live.accounts.map((w) => w.accountSid);
  for (const sid of savedBySid.keys()) if (!liveSids.includes(sid)) return `account ${sid}: saved has it, live does not`;
  for (const l of live.accounts) {
    const s = savedBySid.get(l.accountSid);
    const at = `account ${l.accountSid}`;
    if (!s) return `${at}: live has it, saved does not`;
    for (const name of new Set([...Object.keys(l.tables), ...Object.keys(s.tables)])) {
      const lt = l.tables[name] ?? {};
      const st = s.tables[name] ?? {};
      for (const sid of Object.keys(lt)) if (!(sid in st)) return `${at} table ${name} record ${sid}: live has it, saved does not`;
      for (const sid of Object.keys(st)) if (!(sid in lt)) return `${at} table ${name} record ${sid}: saved has it, live does not`;
      for (const sid of Object.keys(lt)) {
        const d = jsonDifference(lt[sid] as Json, st[sid] as Json, `${at} table ${name} record ${sid}`);
        if (d) return d;
      }
      // Creation order is list order (Table restores it from the key order).
      const lo = Object.keys(lt).join(',');
      if (lo !== Object.keys(st).join(',')) return `${at} table ${name}: the records are in another order`;
    }
    const { tables: _lt, clock: lc, ...lrest } = l;
    const { tables: _st, clock: sc, journalSeq: _js, ...srest } = s as typeof s & { journalSeq?: number };
    const clockDiff = jsonDifference((lc.frozen ? lc : { ...lc, now: 0 }) as unknown as Json, (lc.frozen ? sc : { ...sc, now: 0 }) as unknown as Json, `${at} clock`);
    if (clockDiff) return clockDiff;
    const d = jsonDifference(lrest as unknown as Json, srest as unknown as Json, at);
    if (d) return d;
  }
  return undefined;
}
