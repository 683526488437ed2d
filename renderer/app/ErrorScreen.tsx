import { useTranslation } from 'react-i18next';
import { describeUnknownError } from '../../shared/result';

/** What the user sees instead of a blank window when a screen fails. */
export function ErrorScreen({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <main className="error-screen" role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <pre className="error-detail">{describeUnknownError(error)}</pre>
      <div className="actions">
        <button type="button" className="primary" onClick={() => location.reload()}>
          {t('error.reload')}
        </button>
        <a className="button" href="#/">
          {t('error.home')}
        </a>
      </div>
    </main>
  );
}
