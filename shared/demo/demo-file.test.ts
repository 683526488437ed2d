import { afterEach, describe, expect, it } from 'vitest';
import { AppDatabase } from '../storage/database';
import { generateProvince, type ProvinceOptions } from './province-generator';
import { demoFileFormat, demoFileVersion, encodeDemoFile, DemoFileInvalid } from './demo-file';
import { loadDemoFile, loadDemoProvince } from './load-province';
import { countChanges } from '../records/change-log';

const options: ProvinceOptions = { seed: 3, people: 800, districts: 2, communes: 4, agencies: 4, chunkSize: 300 };
const header = { format: demoFileFormat, version: demoFileVersion, seed: 3, people: 800, createdAt: '2026-01-01T00:00:00Z' } as const;

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
async function gzip(text: string): Promise<Uint8Array> {
  return bytesOf(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip')));
}
const opener = (bytes: Uint8Array) => () => new Blob([bytes as BlobPart]).stream();

const databases: AppDatabase[] = [];
function database(name: string) {
  const db = new AppDatabase(`${name}-${databases.length}`);
  databases.push(db);
  return { db, office: { officeId: 'province', level: 'province' as const } };
}
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

const snapshot = async (db: AppDatabase) => ({ people: await db.recordTable('people').toArray(), units: await db.recordTable('units').toArray() });

describe('demo files', { timeout: 60_000 }, () => {
  it('load to exactly what generating in place gives', async () => {
    const file = await bytesOf(encodeDemoFile(header, generateProvince(options)));
    const fromFile = database('from-file');
    const direct = database('direct');
    const progress = await loadDemoFile(fromFile, opener(file));
    await loadDemoProvince(direct, options);
    expect(progress.people).toBe(800);
    expect(await snapshot(fromFile.db)).toEqual(await snapshot(direct.db));
  });

  it('refuse a file that is not a demo, or is damaged, and write nothing', async () => {
    const good = await bytesOf(encodeDemoFile(header, generateProvince(options)));
    const truncated = good.slice(0, Math.floor(good.length / 2));
    const lines = new TextDecoder().decode(await bytesOf(new Blob([good as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip')))).split('\n');
    const personLine = lines.findLastIndex((line) => line.includes('"birthDate":"'));
    const badRecord = lines.map((line, index) => (index === personLine ? line.replace('"birthDate":"', '"birthDate":"x') : line)).join('\n');
    const cases: [Uint8Array, string][] = [
      [new TextEncoder().encode('not gzip at all'), 'demoFile.corrupt'],
      [await gzip('{"format":"something-else"}\n'), 'demoFile.notDemo'],
      [truncated, 'demoFile.corrupt'],
      [await gzip(badRecord), 'demoFile.invalidRecord'],
    ];
    for (const [bytes, messageKey] of cases) {
      const target = database('bad');
      const attempt = loadDemoFile(target, opener(bytes));
      await expect(attempt).rejects.toBeInstanceOf(DemoFileInvalid);
      await expect(attempt).rejects.toMatchObject({ messageKey });
      expect(await countChanges(target.db)).toBe(0);
    }
  });
});
