/** What every scenario of the suite is given by the runner. */
import type { BenchBrowser } from '../support/browser-harness.ts';
import { remote } from '../support/browser-harness.ts';
import type { suite } from '../browser/suite.ts';
import type { Figures } from '../support/report.ts';

export type Suite = typeof suite;

export interface ScenarioContext {
  readonly browser: BenchBrowser;
  readonly people: number;
  /** Counted runs of each contestant, after a warm-up. */
  readonly runs: number;
  readonly log: (line: string) => void;
  /** Writes figures gathered so far into the results file, so that a long run stopped early still leaves them. */
  readonly saveProgress: (partial: Figures) => Promise<void>;
}

/** The typed caller of one scenario's browser side on the bench page. */
export function browserSide<N extends keyof Suite>(context: ScenarioContext, name: N) {
  return remote<Suite[N]>(context.browser.page, name);
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
