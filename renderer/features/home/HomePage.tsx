import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordTotals } from '../../../shared/queries/totals';
import { useOffice } from '../../data/office-context';
import { useServices } from '../../data/services';
import { DemoDataCard } from './DemoDataCard';

export function HomePage() {
  const { t } = useTranslation();
  const { state } = useOffice();
  const { records } = useServices();
  const [totals, setTotals] = useState<RecordTotals | null>(null);
  const refresh = useCallback(() => void records.totals().then(setTotals), [records]);
  useEffect(refresh, [refresh]);

  const profile = state.status === 'ready' ? state.profile : null;
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('home.welcome')}</h1>
      {profile && (
        <dl className="office-summary">
          <div>{t('home.office', { officeName: profile.officeName })}</div>
          <div>{t('home.unit', { unitName: profile.unitName, unitCode: profile.unitCode })}</div>
        </dl>
      )}
      {totals && totals.people > 0 && (
        <dl className="totals" aria-label={t('home.totals')}>
          {(['units', 'members', 'cadres', 'people'] as const).map((key) => (
            <div key={key} className="total">
              <dt>{t(`home.total.${key}`)}</dt>
              <dd>{totals[key].toLocaleString('vi-VN')}</dd>
            </div>
          ))}
        </dl>
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
