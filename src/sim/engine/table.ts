import { TwilioError } from '../wire/errors.js';

/** Every stored Twilio resource has these; dates are simulated epoch ms. */
export interface BaseRecord {
  sid: string;
  account_sid: string;
  date_created: number;
  date_updated: number;
}

/** One resource type's records in one account, in creation order. */
export class Table<R extends { sid: string } = BaseRecord> {
  readonly rows: Map<string, R>;

  constructor(rows?: Record<string, R>) {
    this.rows = new Map(rows ? Object.entries(rows) : undefined);
  }

  get(sid: string): R | undefined {
    return this.rows.get(sid);
  }

  /** The record, or Twilio's 404 naming the path that was asked for. */
  require(sid: string, path: string): R {
    const rec = this.rows.get(sid);
    if (!rec) throw TwilioError.notFound(path);
    return rec;
  }

  insert(rec: R): R {
    this.rows.set(rec.sid, rec);
    return rec;
  }

  delete(sid: string): boolean {
    return this.rows.delete(sid);
  }

  values(): R[] {
    return [...this.rows.values()];
  }

  filter(pred: (rec: R) => boolean): R[] {
    const out: R[] = [];
    for (const rec of this.rows.values()) if (pred(rec)) out.push(rec);
    return out;
  }

  find(pred: (rec: R) => boolean): R | undefined {
    for (const rec of this.rows.values()) if (pred(rec)) return rec;
    return undefined;
  }

  get size(): number {
    return this.rows.size;
  }

  toJSON(): Record<string, R> {
    return Object.fromEntries(this.rows);
  }
}
