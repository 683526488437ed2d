/** The bench page: every scenario's browser side, each under its own name on `globalThis` for the Node driver. */
import { provinceBench } from './province';
import { storeBench } from './store-bench';
import { rawBench } from './raw-bulkput';
import { exchangeBench } from './exchange-bench';
import { pouchBench } from './pouch-bench';
import { uiBench } from './ui-bench';
import { reportsBench } from './reports-bench';

export const suite = { province: provinceBench, store: storeBench, raw: rawBench, exchange: exchangeBench, pouch: pouchBench, ui: uiBench, reports: reportsBench };
Object.assign(globalThis, suite, { benchReady: true });
