/** The two halves of every conduct tab: a decision form in a card, and the list of the year's decisions. */
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { WorkTable, type WorkColumn } from '../planning/WorkTable';

export function DecisionCard({ id, title, intro, onSubmit, saving, submitLabel, children, extra }: { id: string; title: string; intro?: string; onSubmit: (event: FormEvent) => void; saving: boolean; submitLabel?: string; children: ReactNode; extra?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <form className="card planning-review" onSubmit={onSubmit} noValidate aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro && <p className="muted">{intro}</p>}
      <div className="planning-form-grid">{children}</div>
      {extra}
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          {submitLabel ?? t('conduct.save')}
        </button>
      </div>
    </form>
  );
}

/** A titled list of the year's records: loading, empty, or a table with a row per record. */
export function YearList<T>({ id, title, rows, columns, row }: { id: string; title: string; rows: readonly T[] | undefined; columns: readonly (string | WorkColumn)[]; row: (item: T) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {rows === undefined ? <p className="loading">{t('conduct.loading')}</p> : rows.length === 0 ? <p className="empty-state">{t('conduct.none')}</p> : <WorkTable columns={columns}>{rows.map(row)}</WorkTable>}
    </section>
  );
}
