import type { IsoDate } from '../../shared/dates/partial-date';
import { loadOfficeProfile } from '../../shared/office/office-service';
import { unitTreeOn } from '../../shared/queries/people-queries';
import type { AppDatabase } from '../../shared/storage/database';

/** The units a workflow screen picks from (parents first), and the office's own unit to start with. */
export interface WorkflowUnits {
  readonly ownUnitId: string | null;
  readonly units: readonly { readonly id: string; readonly name: string; readonly depth: number }[];
}

export async function workflowUnits(db: AppDatabase, day: IsoDate): Promise<WorkflowUnits> {
  const [tree, office] = await Promise.all([unitTreeOn(db, day), loadOfficeProfile(db)]);
  return {
    ownUnitId: (office && tree.byCode(office.unitCode)?.id) ?? null,
    units: tree.depthFirst().map(({ node, depth }) => ({ id: node.id, name: node.name, depth })),
  };
}
