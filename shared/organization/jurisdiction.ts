import type { Writer } from '../records/write-path';
import { ValidationFailed } from '../validation/issues';
import { latestPeriod, type Unit } from './unit';

/**
 * An office restructures only its own units: the unit bearing the office's code and everything under it as the tree
 * stands now. Units above it or beside it come from other offices and change only by their decisions.
 */
export async function checkJurisdiction(writer: Writer, rootCode: string, unitIds: readonly string[]): Promise<void> {
  const roots = (await writer.findBy('unit', 'code', rootCode)).map((unit) => unit.id);
  for (const id of new Set(unitIds)) {
    if (!(await isUnder(writer, id, new Set(roots)))) {
      throw new ValidationFailed([{ field: 'unitId', messageKey: 'organizations.issues.outsideJurisdiction', params: { code: rootCode } }]);
    }
  }
}

async function isUnder(writer: Writer, unitId: string, roots: ReadonlySet<string>): Promise<boolean> {
  const seen = new Set<string>();
  for (let id: string | null = unitId; id !== null && !seen.has(id); ) {
    if (roots.has(id)) return true;
    seen.add(id);
    const unit: Unit | undefined = await writer.get('unit', id);
    // An id that names no unit is reported by the restructuring itself, which knows which field it came from.
    if (!unit) return true;
    id = latestPeriod(unit).parentId;
  }
  return false;
}
