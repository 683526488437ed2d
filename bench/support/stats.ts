/**
 * The arithmetic of the benchmark suite, kept apart from the browser so it can be proven: summaries of counted runs,
 * ratios of medians, goals judged against them, the order runs are taken in, and the printed table.
 */

export interface Summary {
  readonly min: number;
  readonly median: number;
  readonly max: number;
  readonly runs: number;
  readonly values: readonly number[];
}

const rounded = (value: number, digits: number) => Number(value.toFixed(digits));

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new Error('mean of nothing');
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** The value below which `share` of the values lie (nearest rank): `percentile(frames, 0.95)`. */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) throw new Error('percentile of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * share) - 1))]!;
}

/** Min, median and max of the counted runs, to a tenth; the runs themselves kept in the order they were taken. */
export function summary(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('summary of no runs');
  return { min: rounded(Math.min(...values), 1), median: rounded(median(values), 1), max: rounded(Math.max(...values), 1), runs: values.length, values: values.map((value) => rounded(value, 1)) };
}

/** `a / b` to three decimals; null when `b` is not a positive number (nothing to compare with). */
export function ratio(a: number, b: number): number | null {
  return b > 0 && Number.isFinite(a) ? rounded(a / b, 3) : null;
}

export function ratioOfMedians(a: Summary, b: Summary): number | null {
  return ratio(a.median, b.median);
}

export interface Goal {
  readonly id: string;
  readonly label: string;
  /** The measured figure the goal is about (a ratio of medians, bytes…); null when the scenario did not run. */
  readonly value: number | null;
  readonly atMost?: number;
  readonly atLeast?: number;
}

export interface JudgedGoal extends Goal {
  readonly goal: string;
  /** null: not measured in this run. */
  readonly met: boolean | null;
}

export function judge(goal: Goal): JudgedGoal {
  const { value, atMost, atLeast } = goal;
  if ((atMost === undefined) === (atLeast === undefined)) throw new Error(`goal ${goal.id} needs exactly one bound`);
  const text = atMost !== undefined ? `≤ ${atMost}` : `≥ ${atLeast}`;
  const met = value === null ? null : atMost !== undefined ? value <= atMost : value >= atLeast!;
  return { ...goal, goal: text, met };
}

/** The key with the smallest figure: the best chunk size among those tried. */
export function fastest<K extends string>(figures: Readonly<Record<K, number>>): K {
  const entries = Object.entries(figures) as [K, number][];
  if (entries.length === 0) throw new Error('nothing to choose from');
  return entries.reduce((best, entry) => (entry[1] < best[1] ? entry : best))[0];
}

/**
 * Runs contestants interleaved, A B C A B C …: `warmUps` rounds first (their times not kept), then `runs` counted
 * rounds. `warmUp` may stand in for a contestant in the warm-up rounds (a smaller load of the same work). `onRound`
 * is told each round's times and every counted time so far.
 * Returns each contestant's counted times in the order taken.
 */
export async function interleaved<K extends string>(
  contestants: Readonly<Record<K, () => Promise<number>>>,
  options: { readonly runs: number; readonly warmUps?: number; readonly warmUp?: Partial<Readonly<Record<K, () => Promise<unknown>>>>; readonly onRound?: (round: number, times: Readonly<Record<K, number>>, countedSoFar: Readonly<Record<K, readonly number[]>>) => Promise<void> | void },
): Promise<Record<K, number[]>> {
  const names = Object.keys(contestants) as K[];
  for (let round = 0; round < (options.warmUps ?? 1); round += 1) {
    for (const name of names) await (options.warmUp?.[name] ?? contestants[name])();
  }
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < options.runs; round += 1) {
    const taken = {} as Record<K, number>;
    for (const name of names) times[name].push((taken[name] = await contestants[name]()));
    await options.onRound?.(round + 1, taken, times);
  }
  return times;
}

/** A plain-text table: the first row is the header, columns padded to their widest cell, numbers to the right. */
export function textTable(rows: readonly (readonly string[])[]): string {
  const widths = rows.reduce<number[]>((acc, row) => row.map((cell, index) => Math.max(acc[index] ?? 0, [...cell].length)), []);
  const line = (row: readonly string[]) => row.map((cell, index) => (/^[-+×≤≥\d.,\s%]+$/.test(cell) && index > 0 ? cell.padStart(widths[index]!) : cell.padEnd(widths[index]!))).join('  ').trimEnd();
  const [header, ...body] = rows;
  if (!header) return '';
  return [line(header), widths.map((width) => '─'.repeat(width)).join('  '), ...body.map(line)].join('\n');
}
