import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import type { JurisdictionSummary } from '../../../shared/queries/jurisdiction-summary';
import type { RecordTotals } from '../../../shared/queries/totals';
import { describeUnknownError } from '../../../shared/result';
import { useOffice } from '../../data/office-context';
import { localDay } from '../../data/organization-services';
import { useServices } from '../../data/services';
import { AgeSexChart, UnitBarsChart } from './DashboardCharts';
import { DemoDataCard } from './DemoDataCard';
import { RemindersCard } from '../reminders/RemindersCard';
import './home.css';

function Totals({ label, items }: { label: string; items: readonly { key: string; term: string; value: number }[] }) {
  return (
    <dl className="totals" aria-label={label}>
      {items.map((item) => (
        <div key={item.key} className="total">
          <dt>{item.term}</dt>
          <dd>{item.value.toLocaleString('vi-VN')}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The home dashboard: the office's own units today, in figures and charts; on an empty database, the demo data offer. */
export function HomePage() {
  const { t } = useTranslation();
  const { state } = useOffice();
  const { records, dashboard } = useServices();
  const [totals, setTotals] = useState<RecordTotals | null>(null);
  // undefined while it is computed; null when the office's own unit is not in the records.
  const [summary, setSummary] = useState<JurisdictionSummary | null | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  const today = localDay();
  const refresh = useCallback(() => void records.totals().then(setTotals), [records]);
  useEffect(refresh, [refresh]);
  useEffect(() => {
    if (!totals || totals.people === 0) return;
    let current = true;
    dashboard.summary(today).then(
      (loaded) => current && setSummary(loaded),
      (error: unknown) => current && setFailure(describeUnknownError(error)),
    );
    return () => {
      current = false;
    };
  }, [dashboard, totals, today]);

  const profile = state.status === 'ready' ? state.profile : null;
  const hasData = totals !== null && totals.people > 0;
  return (
    <section className="page home-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('home.welcome')}</h1>
      {profile && (
        <dl className="office-summary">
          <div>{t('home.office', { officeName: profile.officeName })}</div>
          <div>{t('home.unit', { unitName: profile.unitName, unitCode: profile.unitCode })}</div>
        </dl>
      )}
      {failure && (
        <p className="form-error" role="alert">
          {t('dashboard.failed', { detail: failure })}
        </p>
      )}
      {hasData && summary === undefined && !failure && <p className="loading">{t('dashboard.loading')}</p>}
      {hasData && summary === null && (
        <>
          <p className="notice">{t('dashboard.noRoot', { code: profile?.unitCode ?? '' })}</p>
          <Totals label={t('home.totals')} items={(['units', 'members', 'cadres', 'people'] as const).map((key) => ({ key, term: t(`home.total.${key}`), value: totals[key] }))} />
        </>
      )}
      {hasData && summary && (
        <>
          <p className="dashboard-scope">{t('dashboard.scope', { unit: summary.root.name, code: summary.root.code, date: formatPartialDate(summary.day) })}</p>
          <Totals
            label={t('home.totals')}
            items={[
              { key: 'units', term: t('home.total.units'), value: summary.units },
              { key: 'members', term: t('home.total.members'), value: summary.members },
              { key: 'cadres', term: t('home.total.cadres'), value: summary.cadres },
              { key: 'people', term: t('home.total.people'), value: summary.people },
              { key: 'admissions', term: t('dashboard.admissions', { year: summary.day.slice(0, 4) }), value: summary.admissions },
            ]}
          />
          <RemindersCard ownUnitCode={summary.root.code} />
          {summary.members === 0 ? (
            <div className="empty-state">
              <p>{t('dashboard.noMembers')}</p>
            </div>
          ) : (
            <div className="dashboard-charts">
              <AgeSexChart summary={summary} />
              <UnitBarsChart summary={summary} />
            </div>
          )}
        </>
      )}
      {totals && totals.people === 0 && (
        <>
          <div className="empty-state">
            <p>{t('home.empty')}</p>
          </div>
          <DemoDataCard onLoaded={refresh} />
        </>
      )}
    </section>
  );
}
