import { useTranslation } from 'react-i18next';
import type { AreaPath } from '../../app/Layout';

/** The empty state of an area whose screens come with later work: it says what will be there. */
export function AreaPlaceholderPage({ area }: { area: AreaPath }) {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t(`areas.${area}.title`)}</h1>
      <div className="empty-state">
        <p>{t(`areas.${area}.empty`)}</p>
      </div>
    </section>
  );
}
