/** Which office this installation is, loaded once and shared by every screen. */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { OfficeProfile, OfficeProfileInput } from '../../shared/office/office-profile';
import { useServices } from './services';

type OfficeState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly profile: OfficeProfile | null }
  | { readonly status: 'failed'; readonly error: unknown };

interface OfficeContextValue {
  /** A failed load never reaches the screens: it is thrown to the error boundary. */
  readonly state: Exclude<OfficeState, { status: 'failed' }>;
  save(input: OfficeProfileInput): Promise<OfficeProfile>;
}

const OfficeContext = createContext<OfficeContextValue | null>(null);

export function OfficeProvider({ children }: { children: ReactNode }) {
  const { office } = useServices();
  const [state, setState] = useState<OfficeState>({ status: 'loading' });

  useEffect(() => {
    office.load().then(
      (profile) => setState({ status: 'ready', profile }),
      (error: unknown) => setState({ status: 'failed', error }),
    );
  }, [office]);

  const save = useCallback(
    async (input: OfficeProfileInput) => {
      const profile = await office.save(input);
      setState({ status: 'ready', profile });
      return profile;
    },
    [office],
  );

  if (state.status === 'failed') throw state.error;
  return <OfficeContext.Provider value={{ state, save }}>{children}</OfficeContext.Provider>;
}

export function useOffice(): OfficeContextValue {
  const value = useContext(OfficeContext);
  if (!value) throw new Error('useOffice outside OfficeProvider');
  return value;
}
