import { NavLink, Navigate, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useOffice } from '../data/office-context';
import { LanguageSwitch } from './LanguageSwitch';

export const areaPaths = ['organizations', 'people', 'work', 'exchange', 'reports', 'catalogs'] as const;
export type AreaPath = (typeof areaPaths)[number];

const navigation = [{ to: '/', key: 'home' }, ...areaPaths.map((area) => ({ to: `/${area}`, key: area })), { to: '/settings', key: 'settings' }];

export function Layout() {
  const { t } = useTranslation();
  const { state } = useOffice();
  if (state.status === 'loading') return <p className="loading">{t('app.loading')}</p>;
  if (!state.profile) return <Navigate to="/setup" replace />;

  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-office">{state.profile.officeName}</span>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul>
            {navigation.map((item) => (
              <li key={item.key}>
                <NavLink to={item.to} end={item.to === '/'}>
                  {t(`nav.${item.key}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch />
      </aside>
      <main className="content">
        <Outlet />
      </main>
    </div>
  );
}
