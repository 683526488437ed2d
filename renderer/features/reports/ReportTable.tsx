/**
 * One table of a report: each row's figures for the period, the same period a year before, and the change.
 * Every figure of either period is a button that lists who is behind it.
 */
import { useTranslation } from 'react-i18next';
import type { PeriodName } from '../../../shared/reports/gather-facts';
import type { ReportTableView } from '../../../shared/reports/report-jobs';

export interface ChosenCell {
  readonly tableId: string;
  readonly rowId: string;
  readonly columnId: string;
  readonly period: PeriodName;
}

const number = (value: number) => value.toLocaleString('vi-VN');
const change = (value: number) => (value > 0 ? `+${number(value)}` : value < 0 ? `−${number(-value)}` : '0');
const share = (value: number | null | undefined) => (value === null || value === undefined ? '' : `${(value * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`);

export function ReportTable({ number: position, table, chosen, onChoose }: { number: number; table: ReportTableView; chosen: ChosenCell | null; onChoose(cell: ChosenCell): void }) {
  const { t } = useTranslation();
  const figure = (rowIndex: number, columnIndex: number, period: PeriodName) => {
    const row = table.rows[rowIndex]!;
    const column = table.columns[columnIndex]!;
    const value = table.values[period][rowIndex]![columnIndex]!;
    const isChosen = chosen?.rowId === row.id && chosen.columnId === column.id && chosen.period === period;
    const label = t('reportsUi.figureLabel', { row: row.label, column: column.label, period: t(`reportsUi.period.${period}`), value: number(value) });
    return (
      <button type="button" className="report-figure" aria-pressed={isChosen} aria-label={label} title={label} onClick={() => onChoose({ tableId: table.id, rowId: row.id, columnId: column.id, period })}>
        {number(value)}
      </button>
    );
  };
  return (
    <section className="card report-table-card" aria-labelledby={`report-table-${table.id}`}>
      <h3 id={`report-table-${table.id}`}>
        {position}. {table.title}
      </h3>
      {table.notes && table.notes.current.length > 0 && <p className="field-hint">{t('reportsUi.schemes', { schemes: table.notes.current.join('; ') })}</p>}
      {table.columns.length === 0 ? (
        <p className="report-empty">{t('reportsUi.noFigures')}</p>
      ) : (
      <div className="report-table-scroll">
        <table className="report-table">
          <thead>
            <tr>
              <th rowSpan={2} scope="col">
                {t('reportsUi.indicator')}
              </th>
              {table.columns.map((column) => (
                <th key={column.id} colSpan={table.shares ? 4 : 3} scope="colgroup">
                  {column.label}
                </th>
              ))}
            </tr>
            <tr>
              {table.columns.flatMap((column) => [
                <th key={`${column.id}-current`} scope="col">
                  {t('reportsUi.period.current')}
                </th>,
                ...(table.shares
                  ? [
                      <th key={`${column.id}-share`} scope="col">
                        {t('reportsUi.share')}
                      </th>,
                    ]
                  : []),
                <th key={`${column.id}-previous`} scope="col">
                  {t('reportsUi.period.previous')}
                </th>,
                <th key={`${column.id}-change`} scope="col">
                  {t('reportsUi.change')}
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, rowIndex) => (
              <tr key={row.id} className={row.id.includes(':') ? 'report-detail-row' : undefined}>
                <th scope="row">{row.label}</th>
                {table.columns.flatMap((column, columnIndex) => {
                  const current = table.values.current[rowIndex]![columnIndex]!;
                  const previous = table.values.previous[rowIndex]![columnIndex]!;
                  return [
                    <td key={`${column.id}-current`}>{figure(rowIndex, columnIndex, 'current')}</td>,
                    ...(table.shares ? [<td key={`${column.id}-share`}>{share(table.shares.current[rowIndex]![columnIndex])}</td>] : []),
                    <td key={`${column.id}-previous`} className="report-previous">
                      {figure(rowIndex, columnIndex, 'previous')}
                    </td>,
                    <td key={`${column.id}-change`} className={current > previous ? 'report-up' : current < previous ? 'report-down' : undefined}>
                      {change(current - previous)}
                    </td>,
                  ];
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      )}
    </section>
  );
}
