/** What the queue needs of a transition: its due time, its creation order and whether it is background work. */
export interface Queued {
  id: number;
  at: number;
  background?: boolean;
}

/** Simulated-time order, then creation order: the order in which transitions fire. */
export function byDue(a: Queued, b: Queued): number {
  return a.at - b.at || a.id - b.id;
}

/**
 * A world's pending transitions as a binary min-heap keyed by (at, id): schedule and fire cost
 * O(log n) each however many are pending (a sorted array costs O(n) per insert and per shift).
 * Removal by predicate is linear (it is rare: a cancelled cancellation) and re-heapifies.
 */
export class TransitionQueue<T extends Queued> {
  private heap: T[] = [];
  private foregroundCount = 0;

  constructor(items: Iterable<T> = []) {
    for (const t of items) {
      this.heap.push(t);
      if (!t.background) this.foregroundCount++;
    }
    this.heapify();
  }

  get size(): number {
    return this.heap.length;
  }

  /** Pending transitions that keep an account from being "settled" (not background). */
  get foreground(): number {
    return this.foregroundCount;
  }

  peek(): T | undefined {
    return this.heap[0];
  }

  push(t: T): void {
    this.heap.push(t);
    if (!t.background) this.foregroundCount++;
    this.up(this.heap.length - 1);
  }

  pop(): T | undefined {
    const heap = this.heap;
    const top = heap[0];
    if (top === undefined) return undefined;
    const last = heap.pop()!;
    if (heap.length) {
      heap[0] = last;
      this.down(0);
    }
    if (!top.background) this.foregroundCount--;
    return top;
  }

  /** Drops every transition matching `pred`; returns how many. */
  removeWhere(pred: (t: T) => boolean): number {
    const kept: T[] = [];
    for (const t of this.heap) {
      if (!pred(t)) kept.push(t);
      else if (!t.background) this.foregroundCount--;
    }
    const removed = this.heap.length - kept.length;
    if (removed) {
      this.heap = kept;
      this.heapify();
    }
    return removed;
  }

  /** A sorted copy, for the control plane and snapshots (O(n log n); never on a request's hot path). */
  sorted(): T[] {
    return [...this.heap].sort(byDue);
  }

  private heapify(): void {
    for (let i = (this.heap.length >>> 1) - 1; i >= 0; i--) this.down(i);
  }

  private up(i: number): void {
    const heap = this.heap;
    const item = heap[i]!;
    while (i > 0) {
      const parent = (i - 1) >>> 1;
      if (byDue(heap[parent]!, item) <= 0) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = item;
  }

  private down(i: number): void {
    const heap = this.heap;
    const n = heap.length;
    const item = heap[i]!;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && byDue(heap[child + 1]!, heap[child]!) < 0) child++;
      if (byDue(heap[child]!, item) >= 0) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = item;
  }
}
