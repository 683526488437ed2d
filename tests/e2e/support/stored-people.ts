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
  return findStoredPerson(page, { notPlanned: options.notPlanned ?? false, memberStatus: 'full', cadre: true });
}

/** Someone of a membership status (a non-member to put on the way in, say), birth date known to the day. */
export function findPersonWithStatus(page: Page, memberStatus: string): Promise<StoredCadre> {
  return findStoredPerson(page, { notPlanned: false, memberStatus, cadre: false });
}

function findStoredPerson(page: Page, options: { notPlanned: boolean; memberStatus: string; cadre: boolean }): Promise<StoredCadre> {
  return page.evaluate(
    ({ notPlanned, memberStatus, cadre }) =>
      new Promise<StoredCadre>((resolve, reject) => {
        const open = indexedDB.open('so-can-bo');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const planned = new Set<string>();
          const pick = () => {
            const cursor = db.transaction('people').objectStore('people').index('memberStatus').openCursor(IDBKeyRange.only(memberStatus));
            cursor.onsuccess = () => {
              const row = cursor.result?.value as (StoredCadre & { isCadre: boolean; _deleted?: unknown }) | undefined;
              if (!row) return reject(new Error('no such person in the demo data'));
              if ((!cadre || (row.isCadre && row.currentPost)) && !row._deleted && row.birthDate.length === 10 && !planned.has(row.id)) {
                db.close();
                resolve({ id: row.id, fullName: row.fullName, birthDate: row.birthDate, ...(row.currentPost ? { currentPost: row.currentPost } : {}) });
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
