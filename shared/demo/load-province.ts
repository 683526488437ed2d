import { writeRecords, type WriteContext } from '../records/write-path';
import { recordTypes, type RecordInput, type RecordTypeName } from '../records/registry';
import { DemoFileInvalid, readDemoFile } from './demo-file';
import { generateProvince, type GeneratedRecord, type ProvinceOptions } from './province-generator';

export interface LoadProgress {
  readonly records: number;
  readonly people: number;
}

/** Writes generated records through the real write path, one transaction per chunk, reporting progress after each. */
export async function loadRecords(context: WriteContext, chunks: Iterable<GeneratedRecord[]> | AsyncIterable<GeneratedRecord[]>, onProgress?: (progress: LoadProgress) => void): Promise<LoadProgress> {
  let records = 0;
  let people = 0;
  for await (const chunk of chunks) {
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

/**
 * Loads a demo file in two passes: the first reads every record and checks it against its schema,
 * the second writes. A damaged or foreign file is refused before anything is written.
 */
export async function loadDemoFile(context: WriteContext, open: () => ReadableStream<Uint8Array>, onProgress?: (progress: LoadProgress) => void): Promise<LoadProgress> {
  const check = await readDemoFile(open());
  for await (const chunk of check.chunks) {
    for (const record of chunk) {
      const parsed = recordTypes[record.type].schema.safeParse(record.fields);
      if (!parsed.success) throw new DemoFileInvalid('demoFile.invalidRecord', `${record.type} ${record.id}`);
    }
  }
  const { chunks } = await readDemoFile(open());
  return loadRecords(context, chunks, onProgress);
}
