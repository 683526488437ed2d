import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from '../records/change';
import { compareStamps, type Stamp } from '../records/stamp';
import { fieldStamp, type StoredRow } from '../records/stored-record';
import { mergeChange, type FieldConflict } from './merge';

const notNullable = () => false;

/** An office reduced to what merging needs: rows, its own clock and log, and what it has applied of each author. */
class Office {
  clock = 0;
  seq = 0;
  readonly rows = new Map<string, StoredRow>();
  readonly log: Change[] = [];
  readonly held = new Map<string, Change>();
  readonly applied = new Map<string, number>();
  readonly conflicts: (FieldConflict & { id: string })[] = [];

  constructor(readonly id: string) {}

  write(recordId: string, field: string, value: unknown, remove = false): Change {
    const row = this.rows.get(recordId);
    this.clock += 1;
    this.seq += 1;
    const values = remove ? {} : { [field]: value };
    const seen: Record<string, Stamp> = row ? (remove ? Object.fromEntries(Object.keys(row).filter((key) => !key.startsWith('_') && key !== 'id').map((key) => [key, fieldStamp(row, key)])) : { [field]: fieldStamp(row, field) }) : {};
    const change: Change = { seq: this.seq, clock: this.clock, office: this.id, type: 't', id: recordId, op: remove ? 'delete' : row ? 'update' : 'create', values, seen, at: '' };
    this.rows.set(recordId, mergeChange(row, change, notNullable).row);
    this.log.push(change);
    this.applied.set(this.id, this.seq);
    return change;
  }

  /** Everything this office holds that `other` has not applied: its own log and what it received from others. */
  changesFor(other: Office): Change[] {
    return [...this.log, ...[...this.allReceived()]].filter((change) => change.seq > (other.applied.get(change.office) ?? 0));
  }

  private *allReceived(): Iterable<Change> {
    yield* this.received;
  }

  readonly received: Change[] = [];

  receive(changes: readonly Change[]): void {
    for (const change of changes) if (change.office !== this.id) this.held.set(`${change.office}:${change.seq}`, change);
    // Only each author's contiguous run is applied; all of them together in Lamport order.
    const ready: Change[] = [];
    const next = new Map(this.applied);
    let progress = true;
    while (progress) {
      progress = false;
      for (const [key, change] of this.held) {
        if (change.seq === (next.get(change.office) ?? 0) + 1) {
          next.set(change.office, change.seq);
          ready.push(change);
          this.held.delete(key);
          progress = true;
        }
      }
    }
    ready.sort((a, b) => compareStamps(a, b));
    for (const change of ready) {
      const outcome = mergeChange(this.rows.get(change.id), change, notNullable);
      this.rows.set(change.id, outcome.row);
      this.conflicts.push(...outcome.conflicts.map((conflict) => ({ ...conflict, id: change.id })));
      this.clock = Math.max(this.clock, change.clock);
      this.applied.set(change.office, change.seq);
      this.received.push(change);
    }
  }
}

const records = ['r1', 'r2', 'r3'];
const fields = ['a', 'b', 'c'];

type Step = { kind: 'write'; office: number; record: number; field: number; value: number; remove: boolean } | { kind: 'send'; from: number; to: number; lose: boolean };

const step = (offices: number) =>
  fc.oneof(
    fc.record({ kind: fc.constant('write' as const), office: fc.nat(offices - 1), record: fc.nat(records.length - 1), field: fc.nat(fields.length - 1), value: fc.nat(99), remove: fc.boolean().map((b) => b && Math.random() < 0.05) }),
    fc.record({ kind: fc.constant('send' as const), from: fc.nat(offices - 1), to: fc.nat(offices - 1), lose: fc.boolean() }),
  );

function run(officeCount: number, steps: readonly Step[]): Office[] {
  const offices = Array.from({ length: officeCount }, (_, index) => new Office(`office-${index}`));
  for (const action of steps) {
    if (action.kind === 'write') offices[action.office]!.write(records[action.record]!, fields[action.field]!, action.value, action.remove);
    else if (action.from !== action.to && !action.lose) {
      const from = offices[action.from]!;
      const to = offices[action.to]!;
      // Bundles arrive shuffled and duplicated: import must not care.
      const changes = from.changesFor(to);
      to.receive([...changes].reverse());
      to.receive(changes);
    }
  }
  // Then every office exchanges with every other until nothing is outstanding.
  for (let round = 0; round < officeCount; round += 1) for (const from of offices) for (const to of offices) if (from !== to) to.receive(from.changesFor(to));
  return offices;
}

/** What an office holds, independent of key order and of how stamps are stored: each field's value and stamp. */
const view = (office: Office) =>
  JSON.stringify(
    [...office.rows.values()]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((row) => [
        row.id,
        row._deleted ?? null,
        Object.keys(row)
          .filter((key) => key !== 'id' && !key.startsWith('_'))
          .sort()
          .map((key) => [key, row[key], fieldStamp(row, key)]),
      ]),
  );

describe('field-level merge', () => {
  it('applies an edit that continues our history, and keeps concurrent edits as a conflict with the same winner everywhere', () => {
    const [a, b] = [new Office('a'), new Office('b')];
    const created = a.write('r1', 'name', 'Nguyễn Văn An');
    b.receive([created]);
    const fromA = a.write('r1', 'name', 'Nguyễn Văn Ân');
    const fromB = b.write('r1', 'name', 'Nguyễn Văn Anh');
    a.receive([fromB]);
    b.receive([fromA]);
    expect(a.rows.get('r1')!.name).toBe(b.rows.get('r1')!.name);
    expect(a.conflicts).toHaveLength(1);
    expect(b.conflicts).toHaveLength(1);
    const names = [a.conflicts[0]!.winner.value, a.conflicts[0]!.loser.value].sort();
    expect(names).toEqual(['Nguyễn Văn Anh', 'Nguyễn Văn Ân']);
  });

  it('merges edits of different fields without a conflict', () => {
    const [a, b] = [new Office('a'), new Office('b')];
    b.receive([a.write('r1', 'name', 'An')]);
    const phone = a.write('r1', 'phone', '0912');
    const address = b.write('r1', 'address', 'Việt Trì');
    a.receive([address]);
    b.receive([phone]);
    expect(a.rows.get('r1')).toMatchObject({ name: 'An', phone: '0912', address: 'Việt Trì' });
    expect(view(a)).toBe(view(b));
    expect([...a.conflicts, ...b.conflicts]).toEqual([]);
  });

  it('ignores a change it already holds', () => {
    const [a, b] = [new Office('a'), new Office('b')];
    const change = a.write('r1', 'name', 'An');
    b.receive([change]);
    const before = view(b);
    b.receive([change, change]);
    expect(view(b)).toBe(before);
  });

  it('converges whatever the order, duplication and loss of exchanges, and loses no concurrent edit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5 }), fc.array(step(5), { minLength: 1, maxLength: 80 }), (officeCount, rawSteps) => {
        const steps = rawSteps.map((action) =>
          action.kind === 'write' ? { ...action, office: action.office % officeCount } : { ...action, from: action.from % officeCount, to: action.to % officeCount },
        );
        const offices = run(officeCount, steps);
        const first = view(offices[0]!);
        for (const office of offices) expect(view(office)).toBe(first);
        // Every write that is neither the final value nor overwritten by a later write that saw it is kept as a conflict.
        const all = offices.flatMap((office) => office.log);
        for (const office of offices) {
          for (const change of all.filter((candidate) => candidate.op !== 'delete')) {
            for (const field of Object.keys(change.values)) {
              const row = office.rows.get(change.id)!;
              const final = fieldStamp(row, field);
              const superseded = all.some((other) => other.id === change.id && other.seen[field]?.clock === change.clock && other.seen[field]?.office === change.office);
              const isFinal = final.clock === change.clock && final.office === change.office;
              const kept = office.conflicts.some((conflict) => conflict.id === change.id && conflict.field === field && conflict.loser.stamp.clock === change.clock && conflict.loser.stamp.office === change.office);
              if (!isFinal && !superseded) expect(kept, `${office.id} lost ${change.office}#${change.seq} ${field}`).toBe(true);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
