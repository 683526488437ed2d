/** The coverage screen's forms, parsed with zod into the requests the domain service judges. */
import { z } from 'zod';
import type { AreaStatusRequest, CoveragePlanRequest } from '../../../shared/coverage/coverage-service';
import { toFieldIssues } from '../../../shared/validation/issues';
import type { Parsed } from '../planning/use-decision-form';
import { dayText, optionalText, requiredText } from '../planning/form-text';

export interface PlanFormValues {
  readonly decidedOn: string;
  readonly targetDate: string;
  readonly measures: string;
  readonly responsible: string;
}

const planForm = z.object({ decidedOn: dayText, targetDate: dayText, measures: requiredText, responsible: optionalText });

export function planFromForm(placeId: string, values: PlanFormValues): Parsed<CoveragePlanRequest> {
  const parsed = planForm.safeParse(values);
  if (!parsed.success) return { issues: toFieldIssues(parsed.error) };
  const { responsible, ...rest } = parsed.data;
  return { request: { placeId, plan: { ...rest, ...(responsible === undefined ? {} : { responsible }) } } };
}

export interface AreaStatusFormValues {
  readonly from: string;
  readonly statusCode: string;
  readonly cellUnitId: string;
  readonly note: string;
}

const statusForm = z.object({ from: dayText, statusCode: z.string().min(1, 'validation.chooseOne'), cellUnitId: optionalText, note: optionalText });

export function areaStatusFromForm(areaId: string, values: AreaStatusFormValues): Parsed<AreaStatusRequest> {
  const parsed = statusForm.safeParse(values);
  if (!parsed.success) return { issues: toFieldIssues(parsed.error) };
  const { cellUnitId, note, ...rest } = parsed.data;
  return { request: { areaId, ...rest, ...(cellUnitId === undefined ? {} : { cellUnitId }), ...(note === undefined ? {} : { note }) } };
}
