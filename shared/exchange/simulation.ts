/**
 * A simulated province → district → commune network of offices running the real engine: random edits (some
 * concurrent on the same fields, some outside the author's jurisdiction) and random exchanges along the tree
 * (out of order, duplicated, some bundles lost), then settling. Used by the property test and by `cadre sim`.
 */
import { SeededRandom } from '../demo/random';
import { samplePerson, sampleUnit } from '../records/test-fixtures';
import { compareStamps, type Stamp } from '../records/stamp';
import { fieldStamp, recordFields, type StoredRow } from '../records/stored-record';
import { readChanges } from '../records/change-log';
import type { Change } from '../records/change';
import { exchangeTables } from './exchange-tables';
import { loadRoster } from './identity-service';
import { exportBundle, recordDelivery } from './bundle-service';
import { createOffice, dumpDatabase, enrol, importBytes, rootOf, type SimOffice } from './exchange-scenario';

export interface SimulationOptions {
  readonly seed: number;
  readonly communes: number;
  readonly rounds: number;
  readonly changesPerRound: number;
  /** Called with every bundle made, for the command to write them out. */
  readonly onBundle?: (fileName: string, bytes: Uint8Array) => void | Promise<void>;
  /** Called once with the public roster (every certificate, the root included) before the offices are closed. */
  readonly onRoster?: (roster: Awaited<ReturnType<typeof rosterOf>>) => void;
}

export interface SimulationResult {
  readonly seed: number;
  readonly offices: number;
  readonly bundles: number;
  readonly lostBundles: number;
  readonly changes: number;
  readonly conflictsKept: number;
  readonly quarantined: number;
  readonly converged: boolean;
  readonly lostEdits: readonly string[];
  readonly reimportChangedSomething: boolean;
  readonly divergences: readonly string[];
}

const editableFields = ['phone', 'currentPost', 'permanentResidence', 'workplace'] as const;

interface Node {
  readonly office: SimOffice;
  readonly parent: Node | null;
  readonly people: string[];
}

export async function runSimulation(options: SimulationOptions): Promise<SimulationResult> {
  const random = new SeededRandom(options.seed);
  const tag = `${options.seed}-${Math.floor(Math.random() * 1e9)}`;
  const province = await createOffice(`sim-${tag}-province`, 'Đảng bộ tỉnh', 'province', 'P', 'P');
  const districtCount = Math.min(2, Math.max(1, options.communes));
  const districts = await Promise.all(Array.from({ length: districtCount }, (_, index) => createOffice(`sim-${tag}-d${index}`, `Đảng bộ huyện ${index + 1}`, 'district', `D${index}`, `P.D${index}`)));
  const communes = await Promise.all(Array.from({ length: options.communes }, (_, index) => createOffice(`sim-${tag}-c${index}`, `Đảng bộ xã ${index + 1}`, 'grassroots', `C${index}`, `P.D${index % districtCount}.C${index}`)));
  const code = await rootOf(province);
  for (const district of districts) await enrol(province, district, code);
  for (const [index, commune] of communes.entries()) await enrol(districts[index % districtCount]!, commune, code);

  const provinceNode: Node = { office: province, parent: null, people: [] };
  const districtNodes = districts.map((office) => ({ office, parent: provinceNode, people: [] as string[] }));
  const communeNodes = communes.map((office, index) => ({ office, parent: districtNodes[index % districtCount]!, people: [] as string[] }));
  const unit = (code: string, name: string, parentId: string | null, kind: string) => sampleUnit({ code, periods: [{ from: '2010-01-01', to: null, name, kind, isGrassroots: kind !== 'cell', parentId }] });
  await province.write((writer) => {
    writer.create('unit', unit('P', 'Đảng bộ tỉnh', null, 'province-committee'), 'P');
    districts.forEach((_, index) => writer.create('unit', unit(`P.D${index}`, `Đảng bộ huyện ${index + 1}`, 'P', 'district-committee'), `D${index}`));
    communeNodes.forEach((node, index) => {
      writer.create('unit', unit(`C${index}`, `Đảng bộ xã ${index + 1}`, `D${index % districtCount}`, 'grassroots-committee'), `C${index}`);
      writer.create('unit', unit(`C${index}.1`, `Chi bộ thôn ${index + 1}`, `C${index}`, 'cell'), `C${index}.1`);
      for (let person = 0; person < 3; person += 1) {
        const id = `person-${index}-${person}`;
        writer.create('person', samplePerson({ fullName: `Người ${index}-${person}`, unitId: `C${index}.1`, unitHistory: [{ unitId: `C${index}.1`, from: '2015-01-01', to: null }] }), id);
        node.people.push(id);
        node.parent!.people.push(id);
        provinceNode.people.push(id);
      }
    });
  });

  const nodes: Node[] = [provinceNode, ...districtNodes, ...communeNodes];
  const edges = nodes.filter((node) => node.parent).flatMap((node) => [[node, node.parent!] as const, [node.parent!, node] as const]);
  let bundles = 0;
  let lostBundles = 0;
  const delivered: { to: SimOffice; bytes: Uint8Array }[] = [];
  const send = async (from: Node, to: Node, fate: 'deliver' | 'lose' | 'duplicate') => {
    const { bytes, fileName, delivery } = await exportBundle(from.office.db, from.office.vault, to.office.profile.officeId);
    await recordDelivery(from.office.db, delivery);
    bundles += 1;
    await options.onBundle?.(fileName, bytes);
    if (fate === 'lose') {
      lostBundles += 1;
      return;
    }
    await importBytes(to.office, bytes, fileName);
    delivered.push({ to: to.office, bytes });
    if (fate === 'duplicate') await importBytes(to.office, bytes, fileName);
  };
  // Settle the initial data down the tree before the random part.
  for (const node of [...districtNodes, ...communeNodes]) await send(node.parent!, node, 'deliver');

  for (let round = 0; round < options.rounds; round += 1) {
    for (let change = 0; change < options.changesPerRound; change += 1) {
      const node = random.pick(nodes);
      if (node.parent !== null && random.chance(0.1)) {
        // Now and then an office writes outside its jurisdiction: a member for a cell that is not its own.
        const foreign = communeNodes.map((_, index) => `C${index}.1`).filter((cell) => !node.people.some((id) => id.startsWith(`person-${cell.slice(1, -2)}-`)));
        const cell = foreign.length > 0 ? random.pick(foreign) : undefined;
        if (cell) await node.office.write((writer) => writer.create('person', samplePerson({ fullName: `Ngoài phạm vi ${round}-${change}`, unitId: cell, unitHistory: [{ unitId: cell, from: '2020-01-01', to: null }] })));
        continue;
      }
      const personId = node.people.length > 0 ? random.pick(node.people) : undefined;
      if (!personId) continue;
      const field = random.pick(editableFields);
      const value = field === 'phone' ? `09${random.int(10_000_000, 99_999_999)}` : `${node.office.name}, lần ${round}.${change}`;
      await node.office.write((writer) => writer.update('person', personId, { [field]: value }));
    }
    // Exchanges along the tree, in random order; a later bundle may arrive before an earlier one.
    const pending: (() => Promise<void>)[] = [];
    for (const [from, to] of edges) {
      if (!random.chance(0.6)) continue;
      const fate = random.weighted([['deliver', 7], ['lose', 1], ['duplicate', 2]] as const);
      pending.push(() => send(from, to, fate));
    }
    for (let index = pending.length - 1; index > 0; index -= 1) {
      const other = random.int(0, index);
      [pending[index], pending[other]] = [pending[other]!, pending[index]!];
    }
    for (const task of pending) await task();
  }
  // Settling: up to the province, then down, twice.
  for (let pass = 0; pass < 2; pass += 1) {
    for (const node of communeNodes) await send(node, node.parent!, 'deliver');
    for (const node of districtNodes) await send(node, provinceNode, 'deliver');
    for (const node of districtNodes) await send(provinceNode, node, 'deliver');
    for (const node of communeNodes) await send(node.parent!, node, 'deliver');
  }

  const divergences = await compareOffices(nodes);
  const lostEdits = await findLostEdits(provinceNode, nodes);
  // Re-importing any delivered bundle changes nothing.
  let reimportChangedSomething = false;
  for (const { to, bytes } of delivered.filter(() => random.chance(0.2)).slice(0, 5)) {
    const before = await dumpDatabase(to.db);
    await importBytes(to, bytes);
    const after = await dumpDatabase(to.db);
    if (JSON.stringify({ ...after, exchangeJournal: [] }) !== JSON.stringify({ ...before, exchangeJournal: [] })) reimportChangedSomething = true;
  }
  const all = await Promise.all(nodes.map((node) => exchangeTables(node.office.db).quarantine.count()));
  const conflictsKept = await exchangeTables(province.db).conflicts.count();
  const changes = (await Promise.all(nodes.map(async (node) => (await readChanges(node.office.db)).length))).reduce((sum, count) => sum + count, 0);
  const result: SimulationResult = {
    seed: options.seed,
    offices: nodes.length,
    bundles,
    lostBundles,
    changes,
    conflictsKept,
    quarantined: all.reduce((sum, count) => sum + count, 0),
    converged: divergences.length === 0,
    lostEdits,
    reimportChangedSomething,
    divergences,
  };
  options.onRoster?.(await rosterOf(province));
  for (const node of nodes) await node.office.db.delete();
  return result;
}

/** Exports the roster (every public certificate, the root included) as `cadre bundle verify` reads it. */
export async function rosterOf(office: SimOffice) {
  const roster = await loadRoster(office.db);
  return { format: 'so-can-bo-roster/1', rootFingerprint: roster.rootFingerprint, certificates: roster.certificates, revocations: roster.revocations };
}

const canonicalRecord = (row: StoredRow) => {
  const fields = recordFields(row);
  return JSON.stringify(Object.keys(fields).sort().map((key) => [key, fields[key], fieldStamp(row, key)]));
};

/** Every record an office holds must read exactly as the province holds it (the province receives everything). */
async function compareOffices(nodes: readonly Node[]): Promise<string[]> {
  const province = nodes[0]!;
  const reference = new Map((await province.office.db.recordTable('people').toArray()).map((row) => [row.id, canonicalRecord(row)]));
  // A record its author wrote outside its jurisdiction stays with that author: everyone else quarantined it.
  const quarantinedRecords = new Set((await Promise.all(nodes.map((node) => exchangeTables(node.office.db).quarantine.toArray()))).flat().map((row) => row.change.id));
  const divergences: string[] = [];
  for (const node of nodes.slice(1)) {
    for (const row of await node.office.db.recordTable('people').toArray()) {
      if (quarantinedRecords.has(row.id)) continue;
      if (reference.get(row.id) !== canonicalRecord(row)) divergences.push(`${node.office.name}: ${row.id}`);
    }
  }
  return divergences;
}

/** A write is lost if the province neither shows it, nor had it knowingly overwritten, nor keeps it in a conflict or quarantine. */
async function findLostEdits(province: Node, nodes: readonly Node[]): Promise<string[]> {
  const tables = exchangeTables(province.office.db);
  const conflicts = await tables.conflicts.toArray();
  const quarantined = new Set((await Promise.all(nodes.map((node) => exchangeTables(node.office.db).quarantine.toArray()))).flat().map((row) => row.id));
  const all: Change[] = (await Promise.all(nodes.map((node) => readChanges(node.office.db)))).flat().filter((change) => change.type === 'person' && change.op === 'update');
  const rows = new Map((await province.office.db.recordTable('people').toArray()).map((row) => [row.id, row]));
  const same = (a: Stamp | undefined, b: Stamp) => a !== undefined && compareStamps(a, b) === 0;
  const lost: string[] = [];
  for (const change of all) {
    if (quarantined.has(`${change.office}:${change.seq}`)) continue;
    const stamp = { clock: change.clock, office: change.office };
    for (const field of Object.keys(change.values)) {
      const row = rows.get(change.id);
      if (row && same(fieldStamp(row, field), stamp)) continue;
      if (all.some((other) => other.id === change.id && same(other.seen[field], stamp))) continue;
      if (conflicts.some((conflict) => conflict.recordId === change.id && conflict.field === field && conflict.losers.some((loser) => same(loser.stamp, stamp)))) continue;
      lost.push(`${change.office}#${change.seq}.${field}`);
    }
  }
  return lost;
}
