import { Navigate, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useOffice } from '../../data/office-context';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { OfficeProfileForm } from './OfficeProfileForm';

/** First start: the installation learns which office it is before anything else can be done. */
export function OfficeSetupPage() {
  const { t } = useTranslation();
  const { state } = useOffice();
  const navigate = useNavigate();
  if (state.status === 'loading') return <p className="loading">{t('app.loading')}</p>;
  if (state.profile) return <Navigate to="/" replace />;

  return (
    <main className="setup">
      <div className="setup-card">
        <header className="setup-header">
          <span className="brand-name">{t('app.name')}</span>
          <LanguageSwitch />
        </header>
        <h1>{t('officeSetup.title')}</h1>
        <p>{t('officeSetup.intro')}</p>
        <OfficeProfileForm profile={null} onSaved={() => navigate('/', { replace: true })} />
      </div>
    </main>
  );
}
