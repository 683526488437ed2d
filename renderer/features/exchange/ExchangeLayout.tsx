import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import './exchange.css';

const exchangeSections = ['status', 'export', 'import', 'conflicts', 'quarantine', 'journal', 'enrolment'] as const;

/** The exchange area: its sections as tabs of links, each section a page of its own address. */
export function ExchangeLayout() {
  const { t } = useTranslation();
  return (
    <section className="page exchange" aria-labelledby="page-title">
      <h1 id="page-title">{t('exchangeUi.title')}</h1>
      <nav className="exchange-nav" aria-label={t('exchangeUi.nav.label')}>
        <ul>
          {exchangeSections.map((section) => (
            <li key={section}>
              <NavLink to={section === 'status' ? '/exchange' : `/exchange/${section}`} end>
                {t(`exchangeUi.nav.${section}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </section>
  );
}
