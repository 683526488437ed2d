/**
 * The generated province, made once per run of the suite: written through the write path into the app's own
 * database (the people table and the reports read it there), while its party units and people, the bulk of a
 * snapshot, are kept in memory in chunks of 10,000 for the write scenarios.
 */
import { AppDatabase } from '../../shared/storage/database';
import { saveOfficeProfile } from '../../shared/office/office-service';
import { loadRecords } from '../../shared/demo/load-province';
import { generateProvince, type GeneratedRecord } from '../../shared/demo/province-generator';

export const provinceRoot = { code: 'PT', name: 'Đảng bộ tỉnh Phú Thọ' } as const;
const coreChunkSize = 10_000;
let core: GeneratedRecord[][] = [];

/** The party units and people of the province, in the order generated. */
export function coreChunks(): readonly GeneratedRecord[][] {
  if (core.length === 0) throw new Error('the province is not generated yet');
  return core;
}

export const provinceBench = {
  /** `intoApp`: also write every record into the app's database (the people table and the reports need it). */
  async prepare(options: { seed: number; people: number; intoApp: boolean }) {
    core = [[]];
    const keep = function* (chunks: Iterable<GeneratedRecord[]>) {
      for (const chunk of chunks) {
        for (const record of chunk) {
          if (record.type !== 'unit' && record.type !== 'person') continue;
          if (core.at(-1)!.length === coreChunkSize) core.push([]);
          core.at(-1)!.push(record);
        }
        yield chunk;
      }
    };
    const generated = keep(generateProvince({ seed: options.seed, people: options.people, root: provinceRoot }));
    const started = performance.now();
    let loaded = { records: 0, people: 0 };
    if (options.intoApp) {
      const db = new AppDatabase();
      const office = await saveOfficeProfile(db, { officeName: 'Ban Tổ chức Tỉnh ủy Phú Thọ', level: 'province', unitName: provinceRoot.name, unitCode: provinceRoot.code });
      let reported = 0;
      loaded = await loadRecords({ db, office: { officeId: office.officeId, level: office.level } }, generated, (progress) => {
        if (progress.people - reported >= 50_000) console.log(`  written ${(reported = progress.people).toLocaleString('en')} people`);
      });
      db.close();
    } else {
      for (const chunk of generated) loaded = { records: loaded.records + chunk.length, people: loaded.people + chunk.filter((record) => record.type === 'person').length };
    }
    const coreRecords = core.flat();
    return {
      ...loaded,
      ms: performance.now() - started,
      coreRecords: coreRecords.length,
      coreJsonBytes: coreRecords.reduce((sum, record) => sum + JSON.stringify(record).length, 0),
    };
  },

  release() {
    core = [];
  },
};
export type ProvinceBench = typeof provinceBench;
