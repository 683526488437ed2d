/**
 * Command-line tool for province IT staff and for tests:
 *   npm run cadre -- bundle inspect FILE [--json]
 *   npm run cadre -- bundle verify FILE --roster ROSTER.json
 *   npm run cadre -- sim --dir DIR --seed N [--communes C] [--rounds R] [--changes K]
 */
import 'fake-indexeddb/auto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { readContainer, BundleRefused } from '../shared/exchange/bundle-format.ts';
import { rosterFile, verifyBundle } from '../shared/exchange/verify-bundle.ts';
import { runSimulation } from '../shared/exchange/simulation.ts';
import { translate } from '../shared/i18n/translate.ts';

const usage = `Cách dùng / usage:
  npm run cadre -- bundle inspect FILE [--json]
  npm run cadre -- bundle verify FILE --roster ROSTER.json
  npm run cadre -- sim --dir DIR --seed N [--communes C] [--rounds R] [--changes K]`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    roster: { type: 'string' },
    dir: { type: 'string' },
    seed: { type: 'string' },
    communes: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '4' },
    changes: { type: 'string', default: '8' },
  },
});

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

const reason = (key: string, detail: string) => translate('vi', key, { detail });

async function readBundle(path: string | undefined): Promise<Uint8Array> {
  if (!path) fail(usage, 2);
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    return fail(`Không đọc được tệp / cannot read file: ${path}`, 2);
  }
}

const [command, subcommand, file] = positionals;
if (command === 'bundle' && subcommand === 'inspect') {
  const bytes = await readBundle(file);
  try {
    const { manifest } = readContainer(bytes);
    if (values.json) console.log(JSON.stringify(manifest));
    else {
      console.log(`Gói dữ liệu ${manifest.bundleId} (định dạng ${manifest.formatMajor}.${manifest.formatMinor}, lược đồ ${manifest.schemaVersion})`);
      console.log(`Từ: ${manifest.sender.officeName} → Đến: ${manifest.recipient.officeName} (lần gửi thứ ${manifest.sequence}, lúc ${manifest.createdAt})`);
      console.log(`Lô thay đổi: ${manifest.counts.batches}; thay đổi: ${manifest.counts.changes}; thu hồi: ${manifest.counts.revocations}; dữ liệu mã hóa: ${manifest.payload.bytes} byte`);
      console.log(`Xác nhận đã nhận: ${JSON.stringify(manifest.acknowledged)}`);
    }
  } catch (error) {
    if (error instanceof BundleRefused) fail(reason(error.reasonKey, error.message));
    throw error;
  }
} else if (command === 'bundle' && subcommand === 'verify') {
  const bytes = await readBundle(file);
  if (!values.roster) fail(usage, 2);
  let roster: z.infer<typeof rosterFile>;
  try {
    roster = rosterFile.parse(JSON.parse(await readFile(values.roster, 'utf8')));
  } catch {
    fail(`Tệp danh sách chứng thư không hợp lệ / invalid roster: ${values.roster}`, 2);
  }
  const verdict = await verifyBundle(bytes, roster);
  if (!verdict.ok) fail(`KHÔNG HỢP LỆ / INVALID: ${reason(verdict.reasonKey, verdict.detail)}`);
  console.log(`HỢP LỆ / VALID: ${verdict.manifest.sender.officeName} → ${verdict.manifest.recipient.officeName}, ${verdict.manifest.counts.batches} lô, chữ ký và chuỗi chứng thư đúng.`);
} else if (command === 'sim') {
  const options = z
    .object({ dir: z.string().min(1), seed: z.coerce.number().int(), communes: z.coerce.number().int().min(1).max(20), rounds: z.coerce.number().int().min(0).max(100), changes: z.coerce.number().int().min(0).max(500) })
    .safeParse(values);
  if (!options.success) fail(`${usage}\n${options.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('\n')}`, 2);
  const { dir, seed, communes, rounds, changes } = options.data;
  await mkdir(dir, { recursive: true });
  let roster: unknown;
  const result = await runSimulation({
    seed,
    communes,
    rounds,
    changesPerRound: changes,
    onBundle: (fileName, bytes) => writeFile(join(dir, fileName), bytes),
    onRoster: (value) => void (roster = value),
  });
  await writeFile(join(dir, 'roster.json'), JSON.stringify(roster, null, 2));
  await writeFile(join(dir, 'result.json'), JSON.stringify(result, null, 2));
  console.log(`Mô phỏng / simulation seed ${seed}: ${result.offices} cơ quan, ${result.bundles} gói (${result.lostBundles} bị mất), ${result.changes} thay đổi, ${result.conflictsKept} xung đột được giữ, ${result.quarantined} bị cách ly.`);
  console.log(result.converged && result.lostEdits.length === 0 ? 'Hội tụ, không mất chỉnh sửa nào / converged, no edit lost.' : `KHÔNG hội tụ / NOT converged: ${JSON.stringify({ divergences: result.divergences, lostEdits: result.lostEdits })}`);
  process.exit(result.converged && result.lostEdits.length === 0 && !result.reimportChangedSomething ? 0 : 1);
} else {
  fail(usage, 2);
}
