/**
 * The one way records are written. Every write is parsed with its record schema first (bad input writes nothing),
 * and captured in the same transaction as a change in this office's log, stamped with the office's logical clock.
 */
import type { OfficeLevel } from '../office/office-profile';
import { newId } from '../ids';
import type { AppDatabase, ClockRow } from '../storage/database';
import { toFieldIssues, ValidationFailed, type FieldIssue } from '../validation/issues';
import { defaultRecordRules, type RecordRules } from './record-rules';
import type { Change } from './change';
import { recordTypes, type RecordInput, type RecordOf, type RecordTypeName } from './registry';
import type { Stamp } from './stamp';
import { fieldStamp, recordFields, type StoredRow } from './stored-record';

export interface WriteContext {
  readonly db: AppDatabase;
  readonly office: { readonly officeId: string; readonly level: OfficeLevel };
  readonly now?: () => Date;
  /** This installation's configured rules; the defaults when absent. */
  readonly rules?: RecordRules;
  /** Sees every change before anything is stored and throws to refuse the whole transaction (the office's jurisdiction). */
  readonly guard?: WriteGuard;
}

export type WriteGuard = (changes: readonly Change[]) => Promise<void>;

/** A patch names the fields to change; `null` (or `undefined`) clears an optional field. */
export type RecordPatch<T extends RecordTypeName> = { readonly [K in keyof RecordInput<T>]?: RecordInput<T>[K] | null };

export class RecordNotFound extends Error {
  constructor(readonly type: string, readonly id: string) {
    super(`No ${type} with id ${id}`);
    this.name = 'RecordNotFound';
  }
}

export class NotPermitted extends Error {
  constructor(
    readonly reasonKey: string,
    readonly detail = '',
  ) {
    super(detail ? `${reasonKey}: ${detail}` : reasonKey);
    this.name = 'NotPermitted';
  }
}

function parseFields<T extends RecordTypeName>(type: T, fields: unknown, rules: RecordRules): Record<string, unknown> {
  const definition = recordTypes[type];
  const parsed = definition.schema.safeParse(fields);
  if (!parsed.success) throw new ValidationFailed(toFieldIssues(parsed.error));
  const check = definition.check as ((record: unknown, rules: RecordRules) => FieldIssue[]) | undefined;
  const issues = check?.(parsed.data, rules) ?? [];
  if (issues.length > 0) throw new ValidationFailed(issues);
  return parsed.data as Record<string, unknown>;
}

/**
 * Drops absent fields. `null` is a value for fields whose schema allows it (an open end date) and means
 * "clear" for the others, so the same rule reads a patch here and a received change elsewhere.
 */
function withoutEmpty(type: RecordTypeName, fields: Record<string, unknown>): Record<string, unknown> {
  const shape = recordTypes[type].schema.shape as Record<string, { safeParse(value: unknown): { success: boolean } }>;
  return Object.fromEntries(Object.entries(fields).filter(([field, value]) => value !== undefined && (value !== null || shape[field]?.safeParse(null).success === true)));
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && JSON.stringify(a) === JSON.stringify(b));
}

/** Writes within one transaction. Rows and changes are buffered and stored in bulk when the work is done. */
export class Writer {
  private readonly pendingRows = new Map<string, Map<string, StoredRow>>();
  private readonly pendingChanges: Change[] = [];
  private readonly wallTime: string;
  private readonly rules: RecordRules;

  constructor(
    private readonly context: WriteContext,
    private clock: ClockRow,
  ) {
    this.wallTime = (context.now?.() ?? new Date()).toISOString();
    this.rules = context.rules ?? defaultRecordRules;
  }

  async get<T extends RecordTypeName>(type: T, id: string): Promise<RecordOf<T> | undefined> {
    const row = await this.row(type, id);
    return row && !row._deleted ? ({ id, ...recordFields(row) } as RecordOf<T>) : undefined;
  }

  /** Records whose indexed field equals a value, including what this transaction has staged but not stored yet. */
  async findBy<T extends RecordTypeName>(type: T, field: string, value: string): Promise<RecordOf<T>[]> {
    const table = recordTypes[type].table;
    const pending = this.pendingRows.get(table) ?? new Map<string, StoredRow>();
    const stored = await this.context.db.recordTable(table).where(field).equals(value).toArray();
    const rows = new Map(stored.map((row) => [row.id, pending.get(row.id) ?? row]));
    for (const row of pending.values()) rows.set(row.id, row);
    return [...rows.values()].filter((row) => !row._deleted && row[field] === value).map((row) => ({ id: row.id, ...recordFields(row) }) as RecordOf<T>);
  }

  create<T extends RecordTypeName>(type: T, input: RecordInput<T>, id: string = newId()): RecordOf<T> {
    this.checkPermission(type);
    const fields = withoutEmpty(type, parseFields(type, input, this.rules));
    const change = this.record(type, id, 'create', fields, {});
    this.stage(type, { id, ...fields, ...this.derived(type, fields), _created: { clock: change.clock, office: change.office }, _stamps: {} });
    return { id, ...fields } as RecordOf<T>;
  }

  /**
   * Changes the fields in `patch`. Unchanged fields are not logged, except those named in `confirm`: a decision
   * to keep a value (resolving a conflict for it) must travel even when the value here is already that one.
   */
  async update<T extends RecordTypeName>(type: T, id: string, patch: RecordPatch<T>, confirm: readonly string[] = []): Promise<RecordOf<T>> {
    this.checkPermission(type);
    const row = await this.row(type, id);
    if (!row || row._deleted) throw new RecordNotFound(type, id);
    const current = recordFields(row);
    // Fields this version does not know (written by a newer app elsewhere) are kept as they are, never dropped.
    const known = new Set(Object.keys(recordTypes[type].schema.shape));
    const unknown = Object.fromEntries(Object.entries(current).filter(([field]) => !known.has(field)));
    const fields = { ...withoutEmpty(type, parseFields(type, withoutEmpty(type, { ...current, ...patch }), this.rules)), ...unknown };
    const changed = [...new Set([...Object.keys(current), ...Object.keys(fields)])].filter((field) => confirm.includes(field) || !sameValue(current[field], fields[field]));
    if (changed.length === 0) return { id, ...fields } as RecordOf<T>;

    const values = Object.fromEntries(changed.map((field) => [field, fields[field] ?? null]));
    const seen = Object.fromEntries(changed.map((field) => [field, fieldStamp(row, field)]));
    const change = this.record(type, id, 'update', values, seen);
    const stamp: Stamp = { clock: change.clock, office: change.office };
    const stamps = { ...row._stamps, ...Object.fromEntries(changed.map((field) => [field, stamp])) };
    this.stage(type, { id, ...fields, ...this.derived(type, fields), _created: row._created, _stamps: stamps });
    return { id, ...fields } as RecordOf<T>;
  }

  async remove(type: RecordTypeName, id: string): Promise<void> {
    this.checkPermission(type);
    const row = await this.row(type, id);
    if (!row || row._deleted) throw new RecordNotFound(type, id);
    const seen = Object.fromEntries(Object.keys(recordFields(row)).map((field) => [field, fieldStamp(row, field)]));
    const change = this.record(type, id, 'delete', {}, seen);
    this.stage(type, { ...row, _deleted: { clock: change.clock, office: change.office } });
  }

  /** Stores everything staged; called once at the end of the transaction. */
  async flush(): Promise<void> {
    const { db } = this.context;
    if (this.pendingChanges.length > 0) await this.context.guard?.(this.pendingChanges);
    for (const [table, rows] of this.pendingRows) await db.recordTable(table).bulkPut([...rows.values()]);
    if (this.pendingChanges.length > 0) {
      await db.changeBatches.add({ firstSeq: this.pendingChanges[0]!.seq, lastSeq: this.clock.seq, changes: this.pendingChanges });
      await this.settleConflicts();
      await db.officeState.put(this.clock);
    }
  }

  /**
   * Writing a field that holds an open conflict is this office's decision about it: the conflict is settled here,
   * and the write, made on top of the provisional winner, settles it at every other office when it arrives.
   */
  private async settleConflicts(): Promise<void> {
    const conflicts = this.context.db.table<{ id: string; type: string; recordId: string; field: string; status: string }, string>('conflicts');
    if ((await conflicts.where('status').equals('open').count()) === 0) return;
    for (const change of this.pendingChanges) {
      if (change.op !== 'update') continue;
      const open = await conflicts.where('[type+recordId]').equals([change.type, change.id]).filter((row) => row.status === 'open' && Object.hasOwn(change.values, row.field)).toArray();
      if (open.length > 0) await conflicts.bulkPut(open.map((row) => ({ ...row, status: 'resolved' })));
    }
  }

  private checkPermission(type: RecordTypeName): void {
    if (recordTypes[type].provinceOnly && this.context.office.level !== 'province') throw new NotPermitted('permission.catalogProvinceOnly');
  }

  private derived(type: RecordTypeName, fields: Record<string, unknown>): Record<string, unknown> {
    const derive = recordTypes[type].derive as ((record: Record<string, unknown>) => Record<string, unknown>) | undefined;
    return derive ? derive(fields) : {};
  }

  private async row(type: RecordTypeName, id: string): Promise<StoredRow | undefined> {
    const table = recordTypes[type].table;
    return this.pendingRows.get(table)?.get(id) ?? (await this.context.db.recordTable(table).get(id));
  }

  private stage(type: RecordTypeName, row: StoredRow): void {
    const table = recordTypes[type].table;
    let rows = this.pendingRows.get(table);
    if (!rows) this.pendingRows.set(table, (rows = new Map()));
    rows.set(row.id, row);
  }

  private record(type: RecordTypeName, id: string, op: Change['op'], values: Record<string, unknown>, seen: Record<string, Stamp>): Change {
    this.clock = { key: 'clock', clock: this.clock.clock + 1, seq: this.clock.seq + 1 };
    const change: Change = { seq: this.clock.seq, clock: this.clock.clock, office: this.context.office.officeId, type, id, op, values, seen, at: this.wallTime };
    this.pendingChanges.push(change);
    return change;
  }
}

const initialClock: ClockRow = { key: 'clock', clock: 0, seq: 0 };

/** Runs `work` in one transaction over every record table and the change log: all of it is written, or none. */
export async function writeRecords<R>(context: WriteContext, work: (writer: Writer) => Promise<R> | R): Promise<R> {
  const { db } = context;
  return db.transaction('rw', db.tables, async () => {
    const writer = new Writer(context, (await db.officeState.get('clock')) ?? initialClock);
    const result = await work(writer);
    await writer.flush();
    return result;
  });
}
