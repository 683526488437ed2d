import { createHashRouter, useRouteError } from 'react-router';
import { Layout, areaPaths } from './Layout';
import { ErrorScreen } from './ErrorScreen';
import { HomePage } from '../features/home/HomePage';
import { AreaPlaceholderPage } from '../features/areas/AreaPlaceholderPage';
import { OfficeSetupPage } from '../features/office-setup/OfficeSetupPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { NotFoundPage } from './NotFoundPage';
import { PersonPage } from '../features/person/PersonPage';
import { NewPersonPage } from '../features/person/NewPersonPage';
import { PrintPage } from '../features/print/PrintPage';
import { OrganizationsPage } from '../features/organizations/OrganizationsPage';
import { UnitPage } from '../features/organizations/UnitPage';
import { RestructurePage } from '../features/organizations/RestructurePage';
import { PeoplePage } from '../features/people/PeoplePage';
import { exchangeRoute } from '../features/exchange/exchange-routes';
import { ReportsPage } from '../features/reports/ReportsPage';
import { WorkflowsPage } from '../features/workflows/WorkflowsPage';
import { ReminderListPage } from '../features/reminders/ReminderListPage';
import { workflows } from '../features/workflows/workflow-registry';

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
        { path: 'organizations', element: <OrganizationsPage /> },
        { path: 'organizations/:unitId', element: <UnitPage /> },
        { path: 'organizations/:unitId/:action', element: <RestructurePage /> },
        { path: 'people', element: <PeoplePage /> },
        exchangeRoute,
        { path: 'reports', element: <ReportsPage /> },
        { path: 'work', element: <WorkflowsPage /> },
        { path: 'work/reminders/:kind', element: <ReminderListPage /> },
        ...workflows.map(({ slug, element }) => ({ path: `work/${slug}`, element })),
        ...areaPaths.filter((area) => area !== 'reports' && area !== 'work').map((area) => ({ path: area, element: <AreaPlaceholderPage area={area} /> })),
        { path: 'people/new', element: <NewPersonPage /> },
        { path: 'people/:personId', element: <PersonPage /> },
        { path: 'people/:personId/print/:formSlug', element: <PrintPage /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
