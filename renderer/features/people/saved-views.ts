/**
 * Views of the people table: filters, sort and columns under a name, kept in the browser's localStorage
 * (they are a user's working habits, not records, so they do not travel with the data). What is read back is
 * parsed: a view saved by an older version that no longer fits is left out rather than breaking the page.
 */
import { z } from 'zod';
import { toFieldIssues, ValidationFailed } from '../../../shared/validation/issues';
import { defaultSort, defaultVisibleColumns, peopleColumns, peopleFilters, peopleSort, type PeopleColumn } from '../../../shared/people-index/query';

export const peopleView = z.object({
  filters: peopleFilters,
  sort: peopleSort,
  columns: z.array(z.enum(peopleColumns)).min(1),
});
export type PeopleView = z.infer<typeof peopleView>;
export const defaultView: PeopleView = { filters: {}, sort: defaultSort, columns: [...defaultVisibleColumns] };

export const savedView = peopleView.extend({
  name: z.string({ message: 'validation.required' }).trim().min(1, 'validation.required').max(60, 'validation.tooLong'),
});
export type SavedView = z.infer<typeof savedView>;

/** The part of the Web Storage API used here, so tests can hand in a plain map. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

const savedViewsKey = 'soCanBo.people.savedViews';
/** The view in use, per tab: coming back from a person's page finds the list as it was left. */
const currentViewKey = 'soCanBo.people.currentView';
const collator = new Intl.Collator('vi');

function readJson(store: KeyValueStore, key: string): unknown {
  try {
    return JSON.parse(store.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

export function loadSavedViews(store: KeyValueStore): SavedView[] {
  const stored = readJson(store, savedViewsKey);
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item) => {
    const parsed = savedView.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Saves a view under its name, replacing one of the same name; throws ValidationFailed (and saves nothing) on a bad name. */
export function saveView(store: KeyValueStore, view: PeopleView & { readonly name: string }): SavedView[] {
  const parsed = savedView.safeParse(view);
  if (!parsed.success) throw new ValidationFailed(toFieldIssues(parsed.error));
  const views = [...loadSavedViews(store).filter((each) => each.name !== parsed.data.name), parsed.data].sort((a, b) => collator.compare(a.name, b.name));
  store.setItem(savedViewsKey, JSON.stringify(views));
  return views;
}

export function deleteView(store: KeyValueStore, name: string): SavedView[] {
  const views = loadSavedViews(store).filter((each) => each.name !== name);
  store.setItem(savedViewsKey, JSON.stringify(views));
  return views;
}

/** The view in use with its search text. */
export const currentView = peopleView.extend({ search: z.string().max(200) });
export type CurrentView = z.infer<typeof currentView>;

export function loadCurrentView(store: KeyValueStore): CurrentView {
  const parsed = currentView.safeParse(readJson(store, currentViewKey));
  return parsed.success ? parsed.data : { ...defaultView, search: '' };
}

export function storeCurrentView(store: KeyValueStore, view: CurrentView): void {
  store.setItem(currentViewKey, JSON.stringify(view));
}

/** Columns in the table's order, whatever order they were listed in. */
export function orderedColumns(columns: readonly PeopleColumn[]): PeopleColumn[] {
  return peopleColumns.filter((column) => columns.includes(column));
}
