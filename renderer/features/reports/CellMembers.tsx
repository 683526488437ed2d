/** Who is behind a figure: people by name (each opens their record), units, residential areas or enterprises. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CellEntry, ReportTableView } from '../../../shared/reports/report-jobs';
import { describeUnknownError } from '../../../shared/result';
import { useServices } from '../../data/services';
import type { ChosenCell } from './ReportTable';

/** Longer lists are cut here: the count says how many there are in all. */
const listed = 500;

const linkOf = (entry: CellEntry) => (entry.kind === 'person' ? `/people/${entry.id}` : entry.kind === 'unit' ? `/organizations/${entry.id}` : null);

export function CellMembers({ resultId, cell, table, onClose }: { resultId: number; cell: ChosenCell; table: ReportTableView; onClose(): void }) {
  const { t } = useTranslation();
  const { reports } = useServices();
  const [state, setState] = useState<{ kind: 'loading' } | { kind: 'ready'; total: number; entries: readonly CellEntry[] } | { kind: 'failed'; detail: string }>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    reports.cell(resultId, cell.tableId, cell.rowId, cell.columnId, cell.period, listed).then(
      (found) => current && setState({ kind: 'ready', ...found }),
      (cause: unknown) => current && setState({ kind: 'failed', detail: describeUnknownError(cause) }),
    );
    return () => {
      current = false;
    };
  }, [reports, resultId, cell]);

  const row = table.rows.find((each) => each.id === cell.rowId)?.label ?? '';
  const column = table.columns.find((each) => each.id === cell.columnId)?.label ?? '';
  return (
    <section className="card report-members" aria-labelledby="report-members-title">
      <div className="report-members-heading">
        <h4 id="report-members-title">{t('reportsUi.members.title', { row, column, period: t(`reportsUi.period.${cell.period}`) })}</h4>
        <button type="button" onClick={onClose}>
          {t('reportsUi.members.close')}
        </button>
      </div>
      {state.kind === 'loading' && <p className="loading">{t('reportsUi.members.loading')}</p>}
      {state.kind === 'failed' && (
        <p className="form-error" role="alert">
          {t('reportsUi.failed', { detail: state.detail })}
        </p>
      )}
      {state.kind === 'ready' && (
        <>
          <p role="status">{state.total > state.entries.length ? t('reportsUi.members.countCut', { total: state.total.toLocaleString('vi-VN'), shown: state.entries.length.toLocaleString('vi-VN') }) : t('reportsUi.members.count', { total: state.total.toLocaleString('vi-VN') })}</p>
          <ol className="report-members-list">
            {state.entries.map((entry) => {
              const to = linkOf(entry);
              return (
                <li key={`${entry.kind}:${entry.id}`}>
                  {to ? <Link to={to}>{entry.name}</Link> : <span>{entry.name}</span>}
                  {entry.detail && <span className="report-member-detail"> · {entry.detail}</span>}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
