/**
 * The person's life-event records (admissions, transfers, movements, commendations, discipline, evaluations,
 * planning…), read-only here: each is made on its own screen, with its decision, and only shown in the dossier.
 */
import { useTranslation } from 'react-i18next';
import type { CatalogName } from '../../../shared/catalogs/catalog';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import type { Decision } from '../../../shared/records/common-fields';
import type { PersonDossier } from '../../../shared/people/person-service';
import type { RecordTypeName } from '../../../shared/records/registry';
import { useRecordTexts } from '../../i18n';
import { catalogName, usePersonContext } from './person-context';

interface Column<T> {
  readonly key: string;
  readonly label: string;
  readonly value: (row: T) => string;
}

function ReadOnlyTable<T>({ id, title, rows, rowKey, columns }: { id: string; title: string; rows: readonly T[]; rowKey: (row: T) => string; columns: readonly Column<T>[] }) {
  const { t } = useTranslation();
  return (
    <section className="history" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('person.noRows')}</p>
      ) : (
        <div className="table-scroll">
          <table className="person-table">
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.key} scope="col">
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={rowKey(row)}>
                  {columns.map((column) => (
                    <td key={column.key}>{column.value(row)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

const date = (value: string | null | undefined) => (value ? formatPartialDate(value) : '');
const decisionText = (decision: Decision | undefined) => (decision ? [decision.number, formatPartialDate(decision.date), decision.signedBy].filter(Boolean).join(', ') : '');

/** Column helpers bound to the current language and the dossier's catalogs and units. */
function useColumns() {
  const { t } = useTranslation();
  const { fieldLabel } = useRecordTexts();
  const { catalogs, units } = usePersonContext();
  return {
    t,
    label: (type: RecordTypeName, field: string) => fieldLabel(type, field),
    code: (catalog: CatalogName, value: string | undefined) => (value ? catalogName(catalogs, catalog, value) : ''),
    unit: (id: string | undefined) => (id ? (units.get(id)?.name ?? id) : ''),
  };
}

type Dossier = PersonDossier;

export function UnitHistoryTable({ dossier }: { dossier: Dossier }) {
  const { t, label, unit } = useColumns();
  return (
    <ReadOnlyTable
      id="unit-history"
      title={label('person', 'unitHistory')}
      rows={dossier.person.unitHistory}
      rowKey={(row) => `${row.unitId}-${row.from}`}
      columns={[
        { key: 'unitId', label: label('person', 'unitHistory.unitId'), value: (row) => unit(row.unitId) },
        { key: 'from', label: label('person', 'unitHistory.from'), value: (row) => date(row.from) },
        { key: 'to', label: label('person', 'unitHistory.to'), value: (row) => (row.to ? date(row.to) : t('person.ongoing')) },
      ]}
    />
  );
}

export function AdmissionTable({ dossier }: { dossier: Dossier }) {
  const { t, label, unit } = useColumns();
  return (
    <ReadOnlyTable
      id="admissions"
      title={t('person.records.admissions')}
      rows={dossier.admissions}
      rowKey={(row) => row.id}
      columns={[
        { key: 'stage', label: label('admissionCase', 'stage'), value: (row) => t(`person.admissionStage.${row.stage}`) },
        { key: 'date', label: label('admissionCase', 'stageHistory.date'), value: (row) => date(row.stageHistory[row.stageHistory.length - 1]?.date) },
        { key: 'unitId', label: label('admissionCase', 'unitId'), value: (row) => unit(row.unitId) },
        { key: 'decision', label: label('admissionCase', 'admissionDecision'), value: (row) => decisionText(row.admissionDecision) },
      ]}
    />
  );
}

export function TransferTable({ dossier }: { dossier: Dossier }) {
  const { t, label, unit } = useColumns();
  return (
    <ReadOnlyTable
      id="transfers"
      title={t('person.records.transfers')}
      rows={dossier.transfers}
      rowKey={(row) => row.id}
      columns={[
        { key: 'issuedOn', label: label('membershipTransfer', 'issuedOn'), value: (row) => date(row.issuedOn) },
        { key: 'kind', label: label('membershipTransfer', 'kind'), value: (row) => t(`person.transferKind.${row.kind}`) },
        { key: 'letterNumber', label: label('membershipTransfer', 'letterNumber'), value: (row) => row.letterNumber },
        { key: 'fromUnitId', label: label('membershipTransfer', 'fromUnitId'), value: (row) => unit(row.fromUnitId) },
        { key: 'destination', label: label('membershipTransfer', 'destination'), value: (row) => row.destination },
        { key: 'status', label: label('membershipTransfer', 'status'), value: (row) => t(`person.transferStatus.${row.status}`) },
      ]}
    />
  );
}

export function ExitTable({ dossier }: { dossier: Dossier }) {
  const { t, label, code } = useColumns();
  return (
    <ReadOnlyTable
      id="exits"
      title={t('person.records.exits')}
      rows={dossier.exits}
      rowKey={(row) => row.id}
      columns={[
        { key: 'date', label: label('partyExit', 'date'), value: (row) => date(row.date) },
        { key: 'type', label: label('partyExit', 'type'), value: (row) => code('partyExitType', row.type) },
        { key: 'decision', label: label('partyExit', 'decision'), value: (row) => decisionText(row.decision) },
        { key: 'reason', label: label('partyExit', 'reason'), value: (row) => row.reason ?? '' },
      ]}
    />
  );
}

export function MovementTable({ dossier }: { dossier: Dossier }) {
  const { t, label, code, unit } = useColumns();
  const post = (text: string | undefined, unitId: string | undefined) => [text, unit(unitId)].filter(Boolean).join(', ');
  return (
    <ReadOnlyTable
      id="movements"
      title={t('person.records.movements')}
      rows={dossier.movements}
      rowKey={(row) => row.id}
      columns={[
        { key: 'effectiveDate', label: label('movement', 'effectiveDate'), value: (row) => date(row.effectiveDate) },
        { key: 'movementTypeCode', label: label('movement', 'movementTypeCode'), value: (row) => code('movementType', row.movementTypeCode) },
        { key: 'from', label: label('movement', 'fromPost'), value: (row) => post(row.fromPost, row.fromUnitId) },
        { key: 'to', label: label('movement', 'toPost'), value: (row) => post(row.toPost, row.toUnitId) },
        { key: 'termEndDate', label: label('movement', 'termEndDate'), value: (row) => date(row.termEndDate) },
        { key: 'decision', label: label('movement', 'decision'), value: (row) => decisionText(row.decision) },
      ]}
    />
  );
}

export function TrainingCourseTable({ dossier }: { dossier: Dossier }) {
  const { t, label } = useColumns();
  return (
    <ReadOnlyTable
      id="courses"
      title={t('person.records.courses')}
      rows={dossier.training}
      rowKey={(row) => row.enrolment.id}
      columns={[
        { key: 'name', label: label('trainingCourse', 'name'), value: (row) => row.course?.name ?? '' },
        { key: 'span', label: t('person.span'), value: (row) => (row.course ? `${date(row.course.from)} – ${date(row.course.to)}` : '') },
        { key: 'provider', label: label('trainingCourse', 'provider'), value: (row) => row.course?.provider ?? '' },
        { key: 'status', label: label('trainingEnrolment', 'status'), value: (row) => t(`person.enrolmentStatus.${row.enrolment.status}`) },
        { key: 'certificate', label: label('trainingEnrolment', 'certificate'), value: (row) => row.enrolment.certificate ?? '' },
      ]}
    />
  );
}

export function CommendationTable({ dossier }: { dossier: Dossier }) {
  const { t, label, code } = useColumns();
  return (
    <ReadOnlyTable
      id="commendations"
      title={t('person.records.commendations')}
      rows={dossier.commendations}
      rowKey={(row) => row.id}
      columns={[
        { key: 'formCode', label: label('commendation', 'formCode'), value: (row) => code('awardForm', row.formCode) },
        { key: 'reason', label: label('commendation', 'reason'), value: (row) => row.reason },
        { key: 'issuingLevel', label: label('commendation', 'issuingLevel'), value: (row) => t(`person.level.${row.issuingLevel}`) },
        { key: 'decision', label: label('commendation', 'decision'), value: (row) => decisionText(row.decision) },
      ]}
    />
  );
}

export function DisciplineTable({ dossier }: { dossier: Dossier }) {
  const { t, label, code } = useColumns();
  return (
    <ReadOnlyTable
      id="disciplines"
      title={t('person.records.disciplines')}
      rows={dossier.disciplines}
      rowKey={(row) => row.id}
      columns={[
        { key: 'system', label: label('discipline', 'system'), value: (row) => t(`person.disciplineSystem.${row.system}`) },
        { key: 'formCode', label: label('discipline', 'formCode'), value: (row) => code(row.system === 'party' ? 'partyDisciplineForm' : 'stateDisciplineForm', row.formCode) },
        { key: 'reason', label: label('discipline', 'reason'), value: (row) => row.reason },
        { key: 'decision', label: label('discipline', 'decision'), value: (row) => decisionText(row.decision) },
        { key: 'expiresOn', label: label('discipline', 'expiresOn'), value: (row) => date(row.expiresOn) },
      ]}
    />
  );
}

export function InspectionTable({ dossier }: { dossier: Dossier }) {
  const { t, label } = useColumns();
  return (
    <ReadOnlyTable
      id="inspections"
      title={t('person.records.inspections')}
      rows={dossier.inspections}
      rowKey={(row) => row.id}
      columns={[
        { key: 'planYear', label: label('inspection', 'planYear'), value: (row) => String(row.planYear) },
        { key: 'kind', label: label('inspection', 'kind'), value: (row) => t(`person.inspectionKind.${row.kind}`) },
        { key: 'content', label: label('inspection', 'content'), value: (row) => row.content },
        { key: 'conclusion', label: label('inspection', 'conclusion'), value: (row) => [row.conclusion, date(row.concludedOn)].filter(Boolean).join(' – ') },
      ]}
    />
  );
}

export function EvaluationTable({ dossier }: { dossier: Dossier }) {
  const { t, label, code } = useColumns();
  return (
    <ReadOnlyTable
      id="evaluations"
      title={t('person.records.evaluations')}
      rows={dossier.evaluations}
      rowKey={(row) => row.id}
      columns={[
        {
          key: 'period',
          label: label('evaluation', 'period'),
          value: (row) => (row.period.quarter ? t('person.quarterOfYear', { quarter: row.period.quarter, year: row.period.year }) : String(row.period.year)),
        },
        { key: 'ratingCode', label: label('evaluation', 'ratingCode'), value: (row) => code('rating', row.ratingCode) },
        { key: 'points', label: label('evaluation', 'points'), value: (row) => (row.points === undefined ? '' : row.points.toLocaleString('vi-VN')) },
        { key: 'ratingSchemeCode', label: label('evaluation', 'ratingSchemeCode'), value: (row) => code('ratingScheme', row.ratingSchemeCode) },
        { key: 'stage', label: label('evaluation', 'stage'), value: (row) => t(`person.evaluationStage.${row.stage}`) },
        { key: 'decision', label: label('evaluation', 'decision'), value: (row) => decisionText(row.decision) },
      ]}
    />
  );
}

export function PlanningTable({ dossier }: { dossier: Dossier }) {
  const { t, label, unit } = useColumns();
  return (
    <ReadOnlyTable
      id="planning"
      title={t('person.records.planning')}
      rows={dossier.planning}
      rowKey={(row) => row.candidate.id}
      columns={[
        { key: 'title', label: label('plannedPosition', 'title'), value: (row) => row.position?.title ?? '' },
        { key: 'unitId', label: label('plannedPosition', 'unitId'), value: (row) => unit(row.position?.unitId) },
        { key: 'priority', label: label('planningCandidate', 'priority'), value: (row) => String(row.candidate.priority) },
        { key: 'addedOn', label: label('planningCandidate', 'addedOn'), value: (row) => date(row.candidate.addedOn) },
        { key: 'decision', label: label('planningCandidate', 'decision'), value: (row) => decisionText(row.candidate.decision) },
        { key: 'removedOn', label: label('planningCandidate', 'removedOn'), value: (row) => [date(row.candidate.removedOn), row.candidate.removalReason].filter(Boolean).join(' – ') },
      ]}
    />
  );
}
