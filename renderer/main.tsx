import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/500.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './styles/app.css';
import { initI18n } from './i18n';
import { ErrorBoundary } from './app/ErrorBoundary';
import { createAppRouter } from './app/routes';
import { createAppServices, ServicesProvider } from './data/services';
import { OfficeProvider } from './data/office-context';

const root = createRoot(document.getElementById('root')!);
const services = createAppServices();
const router = createAppRouter();

await initI18n();
root.render(
  <StrictMode>
    <ErrorBoundary>
      <ServicesProvider services={services}>
        <OfficeProvider>
          <RouterProvider router={router} />
        </OfficeProvider>
      </ServicesProvider>
    </ErrorBoundary>
  </StrictMode>,
);
