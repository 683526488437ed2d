/**
 * npm run demo -- --seed 1 --people 300000 [--out FILE] [--districts 13 --communes 280 --agencies 570]
 * Writes a generated province to a demo file the app loads from "Nạp dữ liệu mẫu".
 */
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { demoFileFormat, demoFileVersion, encodeDemoFile } from '../shared/demo/demo-file.ts';
import { generateProvince, type GeneratedRecord } from '../shared/demo/province-generator.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    people: { type: 'string', default: '20000' },
    districts: { type: 'string' },
    communes: { type: 'string' },
    agencies: { type: 'string' },
    out: { type: 'string' },
  },
});

const count = z.coerce.number().int().nonnegative();
const options = z
  .object({ seed: z.coerce.number().int(), people: count.max(2_000_000), districts: count.min(1).max(13).optional(), communes: count.optional(), agencies: count.optional() })
  .safeParse(values);
if (!options.success) {
  console.error(`Tham số không hợp lệ / invalid arguments: ${options.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  process.exit(2);
}

const out = values.out ?? `demo-seed${options.data.seed}-${options.data.people}.scbdemo`;
const started = performance.now();
const counts = new Map<string, number>();
function* counted(chunks: Iterable<GeneratedRecord[]>) {
  for (const chunk of chunks) {
    for (const record of chunk) counts.set(record.type, (counts.get(record.type) ?? 0) + 1);
    yield chunk;
  }
}
const header = { format: demoFileFormat, version: demoFileVersion, seed: options.data.seed, people: options.data.people, createdAt: new Date().toISOString() } as const;
await encodeDemoFile(header, counted(generateProvince(options.data))).pipeTo(Writable.toWeb(createWriteStream(out)) as WritableStream<Uint8Array>);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Đã tạo dữ liệu mẫu / demo written: ${out} (${((await stat(out)).size / 1024 / 1024).toFixed(1)} MiB, ${seconds} s)`);
for (const [type, value] of counts) console.log(`  ${type}: ${value.toLocaleString('vi-VN')}`);
