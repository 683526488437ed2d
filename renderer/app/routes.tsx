import { createHashRouter, useRouteError } from 'react-router';
import { Layout, areaPaths } from './Layout';
import { ErrorScreen } from './ErrorScreen';
import { HomePage } from '../features/home/HomePage';
import { AreaPlaceholderPage } from '../features/areas/AreaPlaceholderPage';
import { OfficeSetupPage } from '../features/office-setup/OfficeSetupPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { NotFoundPage } from './NotFoundPage';

function RouteError() {
  return <ErrorScreen error={useRouteError()} />;
}

/** Hash routing: the same URLs work from app:// in Electron and from a static web server. */
export function createAppRouter() {
  return createHashRouter([
    { path: '/setup', element: <OfficeSetupPage />, errorElement: <RouteError /> },
    {
      path: '/',
      element: <Layout />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <HomePage /> },
        ...areaPaths.map((area) => ({ path: area, element: <AreaPlaceholderPage area={area} /> })),
        { path: 'settings', element: <SettingsPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
