import type { RouteObject } from 'react-router';
import { ExchangeLayout } from './ExchangeLayout';
import { StatusPage } from './StatusPage';
import { ExportPage } from './ExportPage';
import { ImportPage } from './ImportPage';
import { ConflictsPage } from './ConflictsPage';
import { QuarantinePage } from './QuarantinePage';
import { JournalPage } from './JournalPage';
import { EnrolmentPage } from './EnrolmentPage';

/** /exchange and its sections; the status of the exchange is the area's first page. */
export const exchangeRoute: RouteObject = {
  path: 'exchange',
  element: <ExchangeLayout />,
  children: [
    { index: true, element: <StatusPage /> },
    { path: 'export', element: <ExportPage /> },
    { path: 'import', element: <ImportPage /> },
    { path: 'conflicts', element: <ConflictsPage /> },
    { path: 'quarantine', element: <QuarantinePage /> },
    { path: 'journal', element: <JournalPage /> },
    { path: 'enrolment', element: <EnrolmentPage /> },
  ],
};
