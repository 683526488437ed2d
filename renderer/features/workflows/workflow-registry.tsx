/**
 * The office's workflows ("Nghiệp vụ"): evaluation, planning, movements, admission… Each is its own screen at
 * `/work/<slug>`, with its texts under `workflows.<slug>` (`title`, `summary`) in its own catalog file.
 * A workflow is added by one line here; the area's index lists them in this order.
 */
import type { ReactElement } from 'react';
import { AdmissionBoardPage } from '../admission/AdmissionBoardPage';
import { TransfersPage } from '../transfers/TransfersPage';
import { PlanningPage } from '../planning/PlanningPage';
import { MovementsPage } from '../movements/MovementsPage';
import { TrainingPage } from '../training/TrainingPage';
import { CoveragePage } from '../coverage/CoveragePage';
import { EvaluationPage } from '../evaluation/EvaluationPage';
import { ConsolidationPage } from '../consolidation/ConsolidationPage';
import { ConductPage } from '../conduct/ConductPage';

export interface Workflow {
  readonly slug: string;
  readonly element: ReactElement;
}

export const workflows: readonly Workflow[] = [
  { slug: 'evaluation', element: <EvaluationPage /> },
  { slug: 'consolidation', element: <ConsolidationPage /> },
  { slug: 'planning', element: <PlanningPage /> },
  { slug: 'movements', element: <MovementsPage /> },
  { slug: 'training', element: <TrainingPage /> },
  { slug: 'coverage', element: <CoveragePage /> },
  { slug: 'admission', element: <AdmissionBoardPage /> },
  { slug: 'transfers', element: <TransfersPage /> },
  { slug: 'conduct', element: <ConductPage /> },
];
