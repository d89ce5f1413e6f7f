// Records in PostgreSQL (DATABASE_URL), which every process of a deployment reads and writes
// (records.ts has the interface). Each record has a row in `records` (a summary for listings, how
// many entries it has, and which process holds it until when) and its entries in the append-only
// `record_entries`, one row each, numbered from 0 (the header).
//
// Entries are written in transactions that also count them in their record's row, and only if this
// process still holds the record and they are the next ones: each stored whole or not at all, in
// order, never by two processes. One transaction carries every entry waiting at the time, of any
// number of records (group commit): one per entry held a loaded process to what the database could
// commit one by one. A process holds the records it opens on a lease it renews; one that dies stops
// renewing, and once its leases run out another process may claim its records (`orphans`, then
// `open`), exactly one of them, as claiming is a single conditional update.
//
// Committed is kept, whatever happens to the server process next. Commits are asynchronous, as the
// file store's writes are (written through, forced to disk at a round's end): the database has an
// entry once it answers, and `flush` waits until everything before it is on the database's disk too,
// so a crash of the database's machine (not of a server process) could lose at most what came since.
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Header } from "../shared/record.ts";
import {
  headerSummary, isRecordId, RecordBusy, RecordError, WHAT,
  type Entry, type HeaderSummary, type RecordKind, type RecordStore, type RecordSummary, type RecordWriter,
} from "./records.ts";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS records (
  kind text NOT NULL,
  id text NOT NULL,
  summary json,
  entries integer NOT NULL DEFAULT 1,
  resolved integer NOT NULL DEFAULT 0,
  finished boolean NOT NULL DEFAULT false,
  holder text,
  lease_until timestamptz,
  PRIMARY KEY (kind, id)
);
CREATE INDEX IF NOT EXISTS records_holder ON records (holder) WHERE holder IS NOT NULL;
CREATE TABLE IF NOT EXISTS record_entries (
  kind text NOT NULL,
  id text NOT NULL,
  seq integer NOT NULL,
  entry text NOT NULL,
  PRIMARY KEY (kind, id, seq)
);
CREATE TABLE IF NOT EXISTS shared_secrets (name text PRIMARY KEY, value text NOT NULL);
`;

/** Entries of several records in one statement, so one transaction (group commit): for each record
 *  (`g`, its first entry's number and how many), its entries are counted and stored only if this
 *  process holds it and they are the next ones; answers the records whose entries were stored. */
const APPEND = `
WITH g AS (SELECT * FROM unnest($2::text[], $3::text[], $4::int[], $5::int[], $6::int[], $7::bool[]) AS g(kind, id, first, n, res, fin)),
counted AS (
  UPDATE records r SET entries = r.entries + g.n, resolved = r.resolved + g.res, finished = r.finished OR g.fin
  FROM g WHERE r.kind = g.kind AND r.id = g.id AND r.holder = $1 AND r.entries = g.first
  RETURNING r.kind, r.id
),
stored AS (
  INSERT INTO record_entries (kind, id, seq, entry)
  SELECT e.kind, e.id, e.seq, e.entry FROM unnest($8::text[], $9::text[], $10::int[], $11::text[]) AS e(kind, id, seq, entry)
  JOIN counted c ON c.kind = e.kind AND c.id = e.id
)
SELECT kind, id FROM counted`;

/** One record's entries waiting to be written, numbered from `first`. */
interface Batch { kind: RecordKind; id: string; first: number; entries: Entry[]; done: (stored: boolean) => void; fail: (error: unknown) => void }
/** Statements writing entries at once, and the most entries in one: the pool keeps connections free
 *  for reads, leases' claims and syncs. */
const WRITING = 4;
const MOST = 1000;

/** A client's lost connection or a database restarting: worth trying the entry again. */
const transient = (error: unknown): boolean => {
  const code = (error as { code?: unknown }).code;
  return typeof code !== "string" || /^(08|53|57)/.test(code) || code.startsWith("E");
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Tries at an entry that fails for a reason worth trying again, a second apart at most. */
const ATTEMPTS = 30;

export class PgStore implements RecordStore {
  readonly shared = true;
  /** this process, as the holder of the records it opens */
  readonly holder = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  readonly pool: pg.Pool;
  /** a connection of its own for the leases, so that renewing them never waits behind entries */
  private readonly leases: pg.Pool;
  private readonly leaseSeconds: number;
  private readonly writers = new Map<string, PgWriter<Entry>>();
  /** entries waiting for a statement, and how many statements are under way */
  private readonly waiting: Batch[] = [];
  private writing = 0;
  private renewing: ReturnType<typeof setInterval> | undefined;
  private handingOver = false;
  private closed = false;

  private constructor(pool: pg.Pool, leases: pg.Pool, leaseSeconds: number) {
    this.pool = pool;
    this.leases = leases;
    this.leaseSeconds = leaseSeconds;
  }

  /** Connects, makes the tables if they are not there, and renews this process's leases from now on. */
  static async connect(url: string, leaseSeconds: number): Promise<PgStore> {
    const pool = new pg.Pool({ connectionString: url, max: 10, options: "-c synchronous_commit=off" });
    const leases = new pg.Pool({ connectionString: url, max: 1 });
    const store = new PgStore(pool, leases, leaseSeconds);
    // a connection that breaks while idle is replaced at the next query; the pool says why here
    // (connections being let go as the store closes may hear the database stop: no news)
    for (const p of [pool, leases]) p.on("error", (error) => { if (!store.closed) console.error(`PostgreSQL: ${error.message}`); });
    try {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        // processes that start together make the tables one at a time
        await client.query("SELECT pg_advisory_xact_lock(7141592)");
        await client.query(SCHEMA);
        await client.query("COMMIT");
      } finally {
        client.release();
      }
    } catch (error) {
      await Promise.all([pool.end(), leases.end()]);
      throw error;
    }
    store.renewing = setInterval(() => void store.renew(), (leaseSeconds * 1000) / 3);
    store.renewing.unref();
    return store;
  }

  async create<E extends Entry>(kind: RecordKind, id: string, header: E): Promise<boolean> {
    if (!isRecordId(id)) throw new RecordError(`not a ${WHAT[kind]} code: ${id}`);
    const summary = kind === "games" ? headerSummary(header as unknown as Header) : null;
    const r = await this.pool.query(`
      WITH made AS (INSERT INTO records (kind, id, summary) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1)
      INSERT INTO record_entries (kind, id, seq, entry) SELECT $1, $2, 0, $4 FROM made`,
    [kind, id, summary === null ? null : JSON.stringify(summary), JSON.stringify(header)]);
    return r.rowCount === 1;
  }

  async open<E extends Entry>(kind: RecordKind, id: string): Promise<{ writer: RecordWriter<E>; entries: E[] }> {
    if (!isRecordId(id)) throw new RecordError(`not a ${WHAT[kind]} code: ${id}`);
    const key = `${kind}/${id}`;
    if (this.writers.has(key)) throw new RecordBusy(`${WHAT[kind]} ${id} is open already`);
    const claimed = await this.leases.query<{ entries: number }>(`
      UPDATE records SET holder = $3, lease_until = now() + make_interval(secs => $4)
      WHERE kind = $1 AND id = $2 AND (holder IS NULL OR holder = $3 OR lease_until <= now())
      RETURNING entries`, [kind, id, this.holder, this.leaseSeconds]);
    if (claimed.rowCount !== 1) {
      const found = await this.pool.query("SELECT 1 FROM records WHERE kind = $1 AND id = $2", [kind, id]);
      throw found.rowCount ? new RecordBusy(`${WHAT[kind]} ${id} is open on another server process`) : new RecordError(`no ${WHAT[kind]} ${id}`);
    }
    const count = claimed.rows[0]!.entries;
    const entries = await this.read<E>(kind, id);
    if (entries.length !== count) throw new RecordError(`the record of ${WHAT[kind]} ${id} has ${entries.length} entries of ${count}`);
    const writer = new PgWriter<E>(this, kind, id, count, () => this.writers.delete(key));
    this.writers.set(key, writer as unknown as PgWriter<Entry>);
    return { writer, entries };
  }

  async read<E extends Entry>(kind: RecordKind, id: string): Promise<E[]> {
    if (!isRecordId(id)) throw new RecordError(`not a ${WHAT[kind]} code: ${id}`);
    const r = await this.pool.query<{ entry: string }>("SELECT entry FROM record_entries WHERE kind = $1 AND id = $2 ORDER BY seq", [kind, id]);
    if (r.rowCount === 0) throw new RecordError(`no ${WHAT[kind]} ${id}`);
    return r.rows.map((row) => JSON.parse(row.entry) as E);
  }

  async list(): Promise<RecordSummary[]> {
    const r = await this.pool.query<{ summary: HeaderSummary; resolved: number; finished: boolean; live: boolean }>(`
      SELECT summary, resolved, finished, (holder IS NOT NULL AND lease_until > now()) AS live
      FROM records WHERE kind = 'games'`);
    return r.rows
      .map((row) => ({ header: row.summary, finished: row.finished, round: row.resolved + 1, live: row.live }))
      .sort((a, b) => b.header.createdAt - a.header.createdAt);
  }

  async live(kind: RecordKind, id: string): Promise<boolean> {
    const r = await this.pool.query<{ live: boolean }>(
      "SELECT (holder IS NOT NULL AND lease_until > now()) AS live FROM records WHERE kind = $1 AND id = $2", [kind, id]);
    return r.rows[0]?.live ?? false;
  }

  /** Records whose holder stopped renewing its lease (it died, or stopped and handed them over)
   *  since `since`, not finished. */
  async orphans(since: number): Promise<{ games: string[]; classes: string[] }> {
    const r = await this.leases.query<{ kind: RecordKind; id: string }>(`
      SELECT kind, id FROM records
      WHERE holder IS NOT NULL AND lease_until <= now() AND lease_until > to_timestamp($1 / 1000.0) AND NOT finished`, [since]);
    const of = (kind: RecordKind) => r.rows.filter((row) => row.kind === kind).map((row) => row.id);
    return { games: of("games"), classes: of("classes") };
  }

  async secret(name: string): Promise<string> {
    await this.pool.query("INSERT INTO shared_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING", [name, randomBytes(18).toString("base64url")]);
    const r = await this.pool.query<{ value: string }>("SELECT value FROM shared_secrets WHERE name = $1", [name]);
    return r.rows[0]!.value;
  }

  stopping(): void {
    this.handingOver = true;
  }

  async close(): Promise<void> {
    clearInterval(this.renewing);
    await Promise.all([...this.writers.values()].map((w) => w.close()));
    this.closed = true;
    await Promise.all([this.pool.end(), this.leases.end()]);
  }

  /** Extends this process's leases on the records it has open; a record missing from the answer
   *  was taken over by another process while this one stalled, and is lost here. */
  private async renew(): Promise<void> {
    if (this.handingOver || this.writers.size === 0) return;
    const open = [...this.writers.values()];
    let renewed: Set<string>;
    try {
      const r = await this.leases.query<{ kind: string; id: string }>(`
        UPDATE records SET lease_until = now() + make_interval(secs => $2)
        WHERE holder = $1 AND (kind, id) IN (SELECT * FROM unnest($3::text[], $4::text[]))
        RETURNING kind, id`, [this.holder, this.leaseSeconds, open.map((w) => w.kind), open.map((w) => w.id)]);
      renewed = new Set(r.rows.map((row) => `${row.kind}/${row.id}`));
    } catch (error) {
      console.error(`PostgreSQL: leases not renewed: ${(error as Error).message}`);
      return;
    }
    for (const w of open) {
      if (!renewed.has(`${w.kind}/${w.id}`) && this.writers.get(`${w.kind}/${w.id}`) === w) {
        w.lose(new RecordBusy(`${WHAT[w.kind]} ${w.id} was taken over by another server process`));
      }
    }
  }

  /** Writes a record's next entries, with other records' waiting then; false if this process no
   *  longer holds the record. */
  write(kind: RecordKind, id: string, first: number, entries: Entry[]): Promise<boolean> {
    return new Promise((done, fail) => {
      this.waiting.push({ kind, id, first, entries, done, fail });
      this.pump();
    });
  }

  private pump(): void {
    while (this.writing < WRITING && this.waiting.length) {
      // the first batch whatever its size, then as many as fit under MOST entries
      let n = 1, size = this.waiting[0]!.entries.length;
      while (n < this.waiting.length && size + this.waiting[n]!.entries.length <= MOST) size += this.waiting[n++]!.entries.length;
      const batches = this.waiting.splice(0, n);
      this.writing++;
      void this.writeBatches(batches).finally(() => {
        this.writing--;
        this.pump();
      });
    }
  }

  /** One statement for the batches (each a different record), tried again while the database cannot
   *  be reached. */
  private async writeBatches(batches: Batch[]): Promise<void> {
    const texts = batches.map((b) => b.entries.map((entry) => JSON.stringify(entry)));
    const each = <T>(of: (b: Batch) => T) => batches.flatMap((b) => b.entries.map(() => of(b)));
    const values = [
      this.holder,
      batches.map((b) => b.kind), batches.map((b) => b.id), batches.map((b) => b.first), batches.map((b) => b.entries.length),
      batches.map((b) => b.entries.filter((e) => e.type === "resolved").length), batches.map((b) => b.entries.some((e) => e.type === "finished")),
      each((b) => b.kind), each((b) => b.id), batches.flatMap((b) => b.entries.map((_, i) => b.first + i)), texts.flat(),
    ];
    for (let attempt = 1; ; attempt++) {
      try {
        const r = await this.pool.query<{ kind: string; id: string }>({ name: "append", text: APPEND, values });
        const counted = new Set(r.rows.map((row) => `${row.kind}/${row.id}`));
        for (const [i, b] of batches.entries()) {
          // after a failed attempt, the entries may have been stored before the answer was lost
          const last = b.entries.length - 1;
          b.done(counted.has(`${b.kind}/${b.id}`) || (attempt > 1 && (await this.stored(b.kind, b.id, b.first + last, texts[i]![last]!))));
        }
        return;
      } catch (error) {
        if (!transient(error) || attempt >= ATTEMPTS) {
          for (const b of batches) b.fail(error);
          return;
        }
        await sleep(Math.min(1000, 50 * 2 ** attempt));
      }
    }
  }

  /** Waits until everything committed so far is on the database's disk: a transaction committed
   *  synchronously flushes the log up to it, every earlier commit included. */
  async sync(): Promise<void> {
    await this.pool.query("BEGIN; SET LOCAL synchronous_commit = on; SELECT txid_current(); COMMIT");
  }

  private async stored(kind: RecordKind, id: string, seq: number, text: string): Promise<boolean> {
    const r = await this.pool.query<{ entry: string; holder: string | null }>(`
      SELECT e.entry, r.holder FROM record_entries e JOIN records r USING (kind, id)
      WHERE e.kind = $1 AND e.id = $2 AND e.seq = $3`, [kind, id, seq]);
    return r.rows[0]?.entry === text && r.rows[0]?.holder === this.holder;
  }

  /** Lets a record go: for any process to open (or, while stopping, for the next one to take over). */
  async release(kind: RecordKind, id: string): Promise<void> {
    await this.leases.query(
      this.handingOver
        ? "UPDATE records SET lease_until = now() WHERE kind = $1 AND id = $2 AND holder = $3"
        : "UPDATE records SET holder = NULL, lease_until = NULL WHERE kind = $1 AND id = $2 AND holder = $3",
      [kind, id, this.holder]);
  }
}

/** A record open to write: entries go to the database one after another, each in its own transaction. */
class PgWriter<E extends Entry> implements RecordWriter<E> {
  readonly kind: RecordKind;
  readonly id: string;
  onLost: (error: Error) => void = () => {};
  private readonly store: PgStore;
  private readonly forget: () => void;
  /** the next entry's number */
  private next: number;
  private stored: number;
  /** entries appended and not yet handed to the store */
  private queued: E[] = [];
  /** the last entry's write: it never fails (a failure is kept in `lost`) */
  private tail: Promise<void> = Promise.resolve();
  private lost: Error | null = null;
  private closed = false;

  constructor(store: PgStore, kind: RecordKind, id: string, entries: number, forget: () => void) {
    this.store = store;
    this.kind = kind;
    this.id = id;
    this.next = this.stored = entries;
    this.forget = forget;
  }

  get pending(): boolean {
    return this.stored < this.next;
  }

  append(entry: E): void {
    if (this.closed) throw new Error(`${WHAT[this.kind]} ${this.id}: its record is closed`);
    this.next++;
    this.queued.push(entry);
    this.tail = this.tail.then(() => this.writeQueued());
  }

  /** Writes every entry queued so far in one go (a later link finds none left). */
  private async writeQueued(): Promise<void> {
    if (this.lost || this.queued.length === 0) return;
    const entries = this.queued.splice(0);
    try {
      if (!(await this.store.write(this.kind, this.id, this.stored, entries))) {
        throw new RecordBusy(`${WHAT[this.kind]} ${this.id} was taken over by another server process`);
      }
      this.stored += entries.length;
    } catch (error) {
      this.lose(error instanceof Error ? error : new Error(String(error)));
    }
  }

  async settled(): Promise<void> {
    await this.tail;
    if (this.lost) throw this.lost;
  }

  /** Makes what was stored so far durable on the database's disk (after it is stored). */
  flush(): void {
    this.tail = this.tail.then(async () => {
      if (this.lost) return;
      try {
        await this.store.sync();
      } catch (error) {
        this.lose(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  lose(error: Error): void {
    if (this.lost) return;
    this.lost = error;
    this.forget();
    this.onLost(error);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    await this.tail;
    if (this.lost) return;
    this.forget();
    await this.store.release(this.kind, this.id);
  }
}
