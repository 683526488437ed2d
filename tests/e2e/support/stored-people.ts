import type { Page } from 'playwright-core';

export interface StoredCadre {
  readonly id: string;
  readonly fullName: string;
  readonly birthDate: string;
  readonly currentPost?: string;
}

/**
 * A full member who is a cadre (birth date known to the day), read straight from IndexedDB, and none of those
 * `excluded` (people already in some planning pool, say): someone the test can act on as a user would.
 */
export function findCadre(page: Page, options: { notPlanned?: boolean } = {}): Promise<StoredCadre> {
  return page.evaluate(
    ({ notPlanned }) =>
      new Promise<StoredCadre>((resolve, reject) => {
        const open = indexedDB.open('so-can-bo');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const planned = new Set<string>();
          const pick = () => {
            const cursor = db.transaction('people').objectStore('people').index('memberStatus').openCursor(IDBKeyRange.only('full'));
            cursor.onsuccess = () => {
              const row = cursor.result?.value as (StoredCadre & { isCadre: boolean; _deleted?: unknown }) | undefined;
              if (!row) return reject(new Error('no such cadre in the demo data'));
              if (row.isCadre && !row._deleted && row.birthDate.length === 10 && !planned.has(row.id) && row.currentPost) {
                db.close();
                resolve({ id: row.id, fullName: row.fullName, birthDate: row.birthDate, currentPost: row.currentPost });
              } else cursor.result?.continue();
            };
          };
          if (!notPlanned) return pick();
          const all = db.transaction('planningCandidates').objectStore('planningCandidates').getAll();
          all.onsuccess = () => {
            for (const candidate of all.result as { personId: string }[]) planned.add(candidate.personId);
            pick();
          };
        };
      }),
    options,
  );
}

export const dmy = (iso: string) => iso.split('-').reverse().join('/');
