import { writeRecords, type WriteContext } from '../records/write-path';
import type { RecordInput, RecordTypeName } from '../records/registry';
import { generateProvince, type GeneratedRecord, type ProvinceOptions } from './province-generator';

export interface LoadProgress {
  readonly records: number;
  readonly people: number;
}

/** Writes generated records through the real write path, one transaction per chunk, reporting progress after each. */
export async function loadRecords(context: WriteContext, chunks: Iterable<GeneratedRecord[]>, onProgress?: (progress: LoadProgress) => void): Promise<LoadProgress> {
  let records = 0;
  let people = 0;
  for (const chunk of chunks) {
    await writeRecords(context, (writer) => {
      for (const record of chunk) writer.create(record.type as RecordTypeName, record.fields as RecordInput<RecordTypeName>, record.id);
    });
    records += chunk.length;
    people += chunk.filter((record) => record.type === 'person').length;
    onProgress?.({ records, people });
  }
  return { records, people };
}

export function loadDemoProvince(context: WriteContext, options: ProvinceOptions, onProgress?: (progress: LoadProgress) => void): Promise<LoadProgress> {
  return loadRecords(context, generateProvince(options), onProgress);
}
