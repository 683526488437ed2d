import { useTranslation } from 'react-i18next';
import { useOffice } from '../../data/office-context';

export function HomePage() {
  const { t } = useTranslation();
  const { state } = useOffice();
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
      <div className="empty-state">
        <p>{t('home.empty')}</p>
      </div>
    </section>
  );
}
