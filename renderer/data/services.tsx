/**
 * The UI's access to data: domain services bound to the one local database.
 * Components call these; none of them sees Dexie.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { AppDatabase } from '../../shared/storage/database';
import { loadOfficeProfile, saveOfficeProfile } from '../../shared/office/office-service';
import type { OfficeProfile, OfficeProfileInput } from '../../shared/office/office-profile';
import { recordTotals, type RecordTotals } from '../../shared/queries/totals';
import type { LoadProgress } from '../../shared/demo/load-province';
import { runDemoLoad } from './demo-loader';

export interface AppServices {
  readonly office: {
    load(): Promise<OfficeProfile | null>;
    save(input: OfficeProfileInput): Promise<OfficeProfile>;
  };
  readonly records: {
    totals(): Promise<RecordTotals>;
  };
  readonly demo: {
    generate(people: number, onProgress: (progress: LoadProgress) => void): Promise<LoadProgress>;
    loadFile(bytes: Uint8Array, onProgress: (progress: LoadProgress) => void): Promise<LoadProgress>;
  };
}

export function createAppServices(db: AppDatabase = new AppDatabase()): AppServices {
  return {
    office: {
      load: () => loadOfficeProfile(db),
      save: (input) => saveOfficeProfile(db, input),
    },
    records: {
      totals: () => recordTotals(db),
    },
    demo: {
      generate: (people, onProgress) => runDemoLoad({ kind: 'generate', seed: 1, people }, onProgress),
      loadFile: (bytes, onProgress) => runDemoLoad({ kind: 'file', bytes }, onProgress),
    },
  };
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
