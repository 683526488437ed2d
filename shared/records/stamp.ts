/**
 * Who set a field and when, in logical time. `clock` is a Lamport clock: every office moves it past
 * anything it has seen, so a change made after seeing another always carries a larger clock.
 * Wall clocks never decide anything: office PCs are often wrong.
 */
export interface Stamp {
  readonly clock: number;
  readonly office: string;
}

/** Total order for the provisional winner of a conflict: higher clock, then office id. */
export function compareStamps(a: Stamp, b: Stamp): number {
  if (a.clock !== b.clock) return a.clock - b.clock;
  return a.office < b.office ? -1 : a.office > b.office ? 1 : 0;
}

export function sameStamp(a: Stamp | undefined, b: Stamp | undefined): boolean {
  return a?.clock === b?.clock && a?.office === b?.office;
}
