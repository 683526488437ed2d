/**
 * One table of an evaluation sheet (the organizations, or the members grouped by grassroots organization): a row per
 * member or organization with its points (under a points scheme; the grade follows) or its grade, and a note.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { rowFromCell, ratedValues, type EvaluationSheetCell } from '../../../shared/evaluation/evaluation-rules';
import type { SheetSubject } from '../../../shared/evaluation/evaluation-service';
import { gradeOf, type RatingSchemeRules } from '../../../shared/evaluation/rating-schemes';

export const emptyCell: EvaluationSheetCell = { ratingCode: '', points: '', note: '' };

interface EvaluationGridProps {
  readonly title: string;
  readonly nameHeader: string;
  readonly rows: readonly SheetSubject[];
  readonly scheme: RatingSchemeRules | undefined;
  readonly cells: Readonly<Record<string, EvaluationSheetCell>>;
  /** Messages of a refused save, by the member or organization they concern. */
  readonly errors: ReadonlyMap<string, readonly string[]>;
  /** Whether to show a heading row for each group (the members' grassroots organizations). */
  readonly grouped: boolean;
  onChange(subjectId: string, cell: EvaluationSheetCell): void;
}

function GridRow({ row, position, scheme, cell, errors, onChange }: { row: SheetSubject; position: number; scheme: RatingSchemeRules; cell: EvaluationSheetCell; errors: readonly string[] | undefined; onChange: EvaluationGridProps['onChange'] }) {
  const { t } = useTranslation();
  const rated = ratedValues(rowFromCell(row.subject, row.subjectId, cell), scheme);
  const recorded = row.existing;
  const invalid = errors && errors.length > 0 ? true : undefined;
  return (
    <tr className={invalid ? 'invalid' : undefined}>
      <td className="number">{position}</td>
      <td>
        {row.name}
        {errors?.map((error) => (
          <p className="field-error" key={error}>
            {error}
          </p>
        ))}
      </td>
      {scheme.byPoints && (
        <td>
          <input
            className="points-input"
            inputMode="decimal"
            size={5}
            aria-label={t('evaluation.sheet.pointsLabel', { name: row.name })}
            aria-invalid={invalid}
            value={cell.points}
            onChange={(event) => onChange(row.subjectId, { ...cell, points: event.target.value })}
          />
        </td>
      )}
      <td>
        {scheme.byPoints ? (
          <span className={rated ? `grade grade-${rated.level}` : 'muted'}>{rated ? gradeOf(scheme, rated.ratingCode)?.name : t('evaluation.sheet.derivedEmpty')}</span>
        ) : (
          <select aria-label={t('evaluation.sheet.gradeLabel', { name: row.name })} aria-invalid={invalid} value={cell.ratingCode} onChange={(event) => onChange(row.subjectId, { ...cell, ratingCode: event.target.value })}>
            <option value="">{t('evaluation.sheet.notRated')}</option>
            {scheme.grades.map((grade) => (
              <option key={grade.code} value={grade.code}>
                {grade.name}
              </option>
            ))}
          </select>
        )}
      </td>
      <td className="recorded">{recorded ? `${t(`evaluation.stages.${recorded.stage}`)}${recorded.decision ? ` (${recorded.decision.number})` : ''}` : '—'}</td>
      <td>
        <input className="note-input" aria-label={t('evaluation.sheet.noteLabel', { name: row.name })} value={cell.note} onChange={(event) => onChange(row.subjectId, { ...cell, note: event.target.value })} />
      </td>
    </tr>
  );
}

const MemoRow = memo(GridRow);

export function EvaluationGrid({ title, nameHeader, rows, scheme, cells, errors, grouped, onChange }: EvaluationGridProps) {
  const { t } = useTranslation();
  const rated = rows.filter((row) => scheme && ratedValues(rowFromCell(row.subject, row.subjectId, cells[row.subjectId] ?? emptyCell), scheme)).length;
  const columns = scheme?.byPoints ? 6 : 5;
  const titleId = `evaluation-grid-${rows[0]?.subject ?? 'empty'}`;
  return (
    <section className="evaluation-grid" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {title} <span className="muted">{t('evaluation.sheet.count', { rated, total: rows.length })}</span>
      </h3>
      {rows.length === 0 || !scheme ? (
        <p className="muted">{scheme ? t('evaluation.sheet.none') : t('evaluation.sheet.noScheme')}</p>
      ) : (
        <div className="table-scroll">
          <table className="evaluation-table">
            <thead>
              <tr>
                <th className="number">{t('evaluation.sheet.number')}</th>
                <th>{nameHeader}</th>
                {scheme.byPoints && <th>{t('evaluation.sheet.points')}</th>}
                <th>{t('evaluation.sheet.grade')}</th>
                <th>{t('evaluation.sheet.recorded')}</th>
                <th>{t('evaluation.sheet.note')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const heading = grouped && row.groupId !== rows[index - 1]?.groupId;
                return [
                  heading && (
                    <tr className="group-row" key={`group-${row.groupId}`}>
                      <th colSpan={columns}>{row.groupName}</th>
                    </tr>
                  ),
                  <MemoRow key={row.subjectId} row={row} position={index + 1} scheme={scheme} cell={cells[row.subjectId] ?? emptyCell} errors={errors.get(row.subjectId)} onChange={onChange} />,
                ];
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
