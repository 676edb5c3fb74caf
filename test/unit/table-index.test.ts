import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Ordered, Table } from '../../src/sim/engine/table.js';

interface Row {
  sid: string;
  bundle_sid: string;
  status: string;
}

type Op = { op: 'insert'; bundle: number; status: number } | { op: 'delete'; pick: number } | { op: 'update'; pick: number; bundle: number } | { op: 'edit'; pick: number; status: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('insert' as const), bundle: fc.nat(6), status: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('update' as const), pick: fc.nat(), bundle: fc.nat(6) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('edit' as const), pick: fc.nat(), status: fc.nat(2) }) },
);

/** Applies random operations to a table and to a plain array kept in creation order (the reference). */
function run(ops: Op[], indexFirst: boolean) {
  const table = new Table<Row>();
  if (indexFirst) table.index('bundle_sid');
  let reference: Row[] = [];
  let n = 0;
  for (const o of ops) {
    if (o.op === 'insert') {
      const rec = { sid: `XX${String(n++).padStart(4, '0')}`, bundle_sid: `BU${o.bundle}`, status: `s${o.status}` };
      table.insert(rec);
      reference.push(rec);
    } else if (reference.length) {
      const rec = reference[o.pick % reference.length]!;
      if (o.op === 'delete') {
        table.delete(rec.sid);
        reference = reference.filter((r) => r !== rec);
      } else if (o.op === 'update') {
        // Groups stay in creation order, whether the record moved into one or was created there.
        table.update(rec, { bundle_sid: `BU${o.bundle}` });
      } else {
        // An in-place edit of a field that is not indexed: the indexes must not care.
        rec.status = `s${o.status}`;
      }
    }
  }
  return { table, reference };
}

describe('Table indexes', () => {
  it('where() equals a scan of the table after any mix of insert, delete and update', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 300 }), fc.boolean(), (ops, indexFirst) => {
        const { table, reference } = run(ops, indexFirst);
        for (let b = 0; b <= 6; b++) {
          const value = `BU${b}`;
          const got = table.where('bundle_sid', value).map((r) => r.sid);
          const scanned = table.filter((r) => r.bundle_sid === value).map((r) => r.sid);
          // The same records as a scan, in the same (creation) order.
          expect(got).toEqual(scanned);
          expect(got).toEqual(reference.filter((r) => r.bundle_sid === value).map((r) => r.sid));
          expect(table.firstWhere('bundle_sid', value)?.sid).toBe(got[0]);
        }
        expect(table.size).toBe(new Set(reference.map((r) => r.sid)).size);
      }),
      { numRuns: 200 },
    );
  });

  it('a record deleted after an in-place edit of an indexed field leaves no trace in the index', () => {
    const table = new Table<Row>();
    const rec = table.insert({ sid: 'XX1', bundle_sid: 'BU1', status: 's' });
    table.index('bundle_sid');
    rec.bundle_sid = 'BU2';
    table.delete('XX1');
    expect(table.where('bundle_sid', 'BU1')).toEqual([]);
    expect(table.where('bundle_sid', 'BU2')).toEqual([]);
  });

  it('is rebuilt from a saved table (persistence) with the same answers', () => {
    const { table } = run(
      Array.from({ length: 50 }, (_, i) => ({ op: 'insert', bundle: i % 3, status: 0 }) as Op),
      false,
    );
    const restored = new Table<Row>(JSON.parse(JSON.stringify(table.toJSON())));
    expect(restored.where('bundle_sid', 'BU1').map((r) => r.sid)).toEqual(table.where('bundle_sid', 'BU1').map((r) => r.sid));
    expect(
      restored
        .ordered()
        .slice(10, 5)
        .map((r) => r.sid),
    ).toEqual(
      table
        .ordered()
        .slice(10, 5)
        .map((r) => r.sid),
    );
  });
});

describe('Ordered (list pages)', () => {
  it('rank, select and page slices equal those of an array, in both directions, through deletes and compaction', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant(-1) }, { weight: 2, arbitrary: fc.nat() }), { maxLength: 600 }),
        fc.nat(700),
        fc.integer({ min: 1, max: 60 }),
        (ops, start, count) => {
          const ordered = new Ordered<{ sid: string }>();
          let reference: Array<{ sid: string }> = [];
          let n = 0;
          for (const o of ops) {
            if (o < 0 || reference.length === 0) {
              const rec = { sid: `R${n++}` };
              ordered.push(rec);
              reference.push(rec);
            } else {
              const victim = reference[o % reference.length]!;
              expect(ordered.remove(victim.sid)).toBe(true);
              reference = reference.filter((r) => r !== victim);
            }
          }
          expect(ordered.size).toBe(reference.length);
          expect([...ordered]).toEqual(reference);
          expect(ordered.slice(start, count)).toEqual(reference.slice(start, start + count));
          expect(ordered.slice(start, count, true)).toEqual([...reference].reverse().slice(start, start + count));
          for (let i = 0; i < reference.length; i += 7) {
            expect(ordered.rankOf(reference[i]!.sid)).toBe(i);
            expect(ordered.at(i)).toBe(reference[i]);
          }
          expect(ordered.rankOf('nope')).toBeUndefined();
        },
      ),
      { numRuns: 200 },
    );
  });

  it('crosses a long run of deleted records (more than the walk limit) without losing its place', () => {
    const ordered = new Ordered<{ sid: string }>();
    for (let i = 0; i < 200; i++) ordered.push({ sid: `R${i}` });
    // 60 of 200 deleted in one run: below the compaction threshold, so the hole stays.
    for (let i = 50; i < 110; i++) ordered.remove(`R${i}`);
    expect(ordered.slice(45, 10).map((r) => r.sid)).toEqual(['R45', 'R46', 'R47', 'R48', 'R49', 'R110', 'R111', 'R112', 'R113', 'R114']);
    expect(ordered.slice(85, 10, true).map((r) => r.sid)).toEqual(['R114', 'R113', 'R112', 'R111', 'R110', 'R49', 'R48', 'R47', 'R46', 'R45']);
  });
});
