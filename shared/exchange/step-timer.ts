/** Collects how long each step of an export or import took, for the exchange benchmark. */
export interface StepTimer {
  add(step: string, milliseconds: number): void;
}

export async function timed<T>(timer: StepTimer | undefined, step: string, work: () => Promise<T> | T): Promise<T> {
  if (!timer) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    timer.add(step, performance.now() - started);
  }
}

/** A timer that sums the milliseconds of each step. */
export function stepTotals(): StepTimer & { readonly totals: Record<string, number> } {
  const totals: Record<string, number> = {};
  return { totals, add: (step, milliseconds) => void (totals[step] = (totals[step] ?? 0) + milliseconds) };
}
