/**
 * The conduct forms: what was typed, parsed with zod into the requests the domain service judges, and where the
 * service's refusals go back on the forms.
 */
import { z } from 'zod';
import type { CommendationRequest, DisciplineRequest, ExitRequest, InspectionConclusionRequest, InspectionPlanRequest } from '../../../shared/conduct/conduct-service';
import { partyExitTypes } from '../../../shared/events/exit';
import { inspectionKinds } from '../../../shared/events/inspection';
import { levels, subjects } from '../../../shared/events/event-fields';
import { toFieldIssues } from '../../../shared/validation/issues';
import type { Parsed } from '../planning/use-decision-form';
import { dayText, optionalDayText, optionalText, requiredText, wholeNumberText } from '../planning/form-text';

const chosen = z.string().min(1, 'validation.chooseOne');
const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { message: 'validation.chooseOne' });

/** The decision's three boxes, shared by every form here. */
export interface DecisionValues {
  readonly decisionNumber: string;
  readonly decisionDate: string;
  readonly signedBy: string;
}
const emptyDecision: DecisionValues = { decisionNumber: '', decisionDate: '', signedBy: '' };
const decisionFields = { decisionNumber: requiredText, decisionDate: dayText, signedBy: optionalText };
const asDecision = ({ decisionNumber, decisionDate, signedBy }: { decisionNumber: string; decisionDate: string; signedBy: string | undefined }) => ({
  number: decisionNumber,
  date: decisionDate,
  ...(signedBy ? { signedBy } : {}),
});

/** Only the chosen subject's id, and only when chosen (the service then says which one is missing). */
function subjectIds(subject: string, personId: string, unitId: string): { personId?: string; unitId?: string } {
  const id = subject === 'person' ? personId : unitId;
  if (id === '') return {};
  return subject === 'person' ? { personId: id } : { unitId: id };
}

function parsed<S extends z.ZodType, Q>(schema: S, values: unknown, toRequest: (data: z.output<S>) => Q): Parsed<Q> {
  const result = schema.safeParse(values);
  return result.success ? { request: toRequest(result.data) } : { issues: toFieldIssues(result.error) };
}

export interface DisciplineFormValues extends DecisionValues {
  readonly subject: string;
  readonly personId: string;
  readonly unitId: string;
  readonly formCode: string;
  readonly reason: string;
  readonly expiresOn: string;
  readonly inspectionId: string;
}
export const emptyDiscipline: DisciplineFormValues = { ...emptyDecision, subject: 'person', personId: '', unitId: '', formCode: '', reason: '', expiresOn: '', inspectionId: '' };

const disciplineForm = z.object({ ...decisionFields, subject: choice(subjects), personId: z.string(), unitId: z.string(), formCode: chosen, reason: requiredText, expiresOn: optionalDayText, inspectionId: optionalText });

export function disciplineFromForm(values: DisciplineFormValues): Parsed<DisciplineRequest> {
  return parsed(disciplineForm, values, ({ decisionNumber, decisionDate, signedBy, personId, unitId, expiresOn, inspectionId, ...rest }) => ({
    ...rest,
    ...subjectIds(rest.subject, personId, unitId),
    decision: asDecision({ decisionNumber, decisionDate, signedBy }),
    ...(expiresOn ? { expiresOn } : {}),
    ...(inspectionId ? { inspectionId } : {}),
  }));
}

export interface ExitFormValues extends DecisionValues {
  readonly personId: string;
  readonly type: string;
  readonly date: string;
  readonly reason: string;
}
export const emptyExit: ExitFormValues = { ...emptyDecision, personId: '', type: '', date: '', reason: '' };

/** Death needs no decision: its boxes may stay empty, and are then left out. */
const exitForm = z.object({ personId: chosen, type: choice(partyExitTypes), date: dayText, reason: optionalText, decisionNumber: optionalText, decisionDate: optionalDayText, signedBy: optionalText });

export function exitFromForm(values: ExitFormValues): Parsed<ExitRequest> {
  const withDecision = values.type !== 'death' || values.decisionNumber.trim() !== '' || values.decisionDate.trim() !== '';
  const schema = withDecision ? exitForm.extend(decisionFields) : exitForm;
  return parsed(schema, values, ({ decisionNumber, decisionDate, signedBy, reason, ...rest }) => ({
    ...rest,
    ...(reason ? { reason } : {}),
    ...(decisionNumber && decisionDate ? { decision: asDecision({ decisionNumber, decisionDate, signedBy }) } : {}),
  }));
}

export interface Recipient {
  readonly personId?: string;
  readonly unitId?: string;
  /** The person's or the collective's name, as the list shows it. */
  readonly name: string;
}

export interface CommendationFormValues extends DecisionValues {
  readonly formCode: string;
  readonly issuingLevel: string;
  readonly reason: string;
}
export const emptyCommendation: CommendationFormValues = { ...emptyDecision, formCode: '', issuingLevel: '', reason: '' };

const commendationForm = z.object({ ...decisionFields, formCode: chosen, issuingLevel: choice(levels), reason: requiredText });

export function commendationFromForm(values: CommendationFormValues, recipients: readonly Recipient[]): Parsed<CommendationRequest> {
  const result = parsed(commendationForm, values, ({ decisionNumber, decisionDate, signedBy, ...rest }) => ({
    ...rest,
    decision: asDecision({ decisionNumber, decisionDate, signedBy }),
    recipients: recipients.map(({ personId, unitId }) => (personId ? { personId } : { unitId: unitId ?? '' })),
  }));
  if (recipients.length > 0) return result;
  const missing = { field: 'recipients', messageKey: 'validation.required', params: {} };
  return { issues: 'issues' in result ? [...result.issues, missing] : [missing] };
}

export interface InspectionFormValues {
  readonly kind: string;
  readonly planYear: string;
  readonly subject: string;
  readonly personId: string;
  readonly unitId: string;
  readonly content: string;
}
export const emptyInspection: InspectionFormValues = { kind: 'inspection', planYear: '', subject: 'unit', personId: '', unitId: '', content: '' };

const inspectionForm = z.object({ kind: choice(inspectionKinds), planYear: wholeNumberText(1930, 2200), subject: choice(subjects), personId: z.string(), unitId: z.string(), content: requiredText });

export function inspectionFromForm(values: InspectionFormValues): Parsed<InspectionPlanRequest> {
  return parsed(inspectionForm, values, ({ personId, unitId, ...rest }) => ({ ...rest, ...subjectIds(rest.subject, personId, unitId) }));
}

const conclusionForm = z.object({ conclusion: requiredText, concludedOn: dayText });

export function conclusionFromForm(values: { conclusion: string; concludedOn: string }): Parsed<InspectionConclusionRequest> {
  return parsed(conclusionForm, values, (data) => data);
}

/** Where a refusal of the service (or of the records it writes) belongs on a form. */
export function conductFieldOf(serviceField: string): string {
  if (serviceField.startsWith('recipients')) return 'recipients';
  const mapped: Record<string, string> = { decision: 'decisionNumber', 'decision.number': 'decisionNumber', 'decision.date': 'decisionDate', 'decision.signedBy': 'signedBy' };
  return mapped[serviceField] ?? serviceField;
}
