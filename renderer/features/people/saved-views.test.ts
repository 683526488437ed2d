import { describe, expect, it } from 'vitest';
import { ValidationFailed } from '../../../shared/validation/issues';
import { defaultView, deleteView, loadCurrentView, loadSavedViews, orderedColumns, saveView, storeCurrentView, type KeyValueStore } from './saved-views';

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { readonly items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('saved views of the people table', () => {
  it('are kept under their names, in Vietnamese order, a new one replacing one of the same name', () => {
    const store = memoryStore();
    saveView(store, { ...defaultView, name: 'Nữ đảng viên', filters: { sex: 'female' } });
    saveView(store, { ...defaultView, name: 'Đảng viên dự bị', filters: { memberStatus: 'probationary' }, sort: { column: 'birthDate', direction: 'desc' } });
    saveView(store, { ...defaultView, name: 'Dân tộc Mường', filters: { ethnicity: '04' }, columns: ['fullName', 'ethnicity'] });
    const views = saveView(store, { ...defaultView, name: 'Nữ đảng viên', filters: { sex: 'female', ageBand: '18-30' } });
    expect(views.map((view) => view.name)).toEqual(['Dân tộc Mường', 'Đảng viên dự bị', 'Nữ đảng viên']);
    expect(loadSavedViews(store)).toEqual(views);
    expect(views[2]!.filters).toEqual({ sex: 'female', ageBand: '18-30' });
    expect(deleteView(store, 'Dân tộc Mường').map((view) => view.name)).toEqual(['Đảng viên dự bị', 'Nữ đảng viên']);
  });

  it('refuse an empty or too long name, saving nothing', () => {
    const store = memoryStore();
    expect(() => saveView(store, { ...defaultView, name: '   ' })).toThrow(ValidationFailed);
    let thrown: unknown;
    try {
      saveView(store, { ...defaultView, name: 'x'.repeat(61) });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ issues: [{ field: 'name', messageKey: 'validation.tooLong', params: { maximum: 60 } }] });
    expect(loadSavedViews(store)).toEqual([]);
  });

  it('leave out what no longer reads as a view, and survive damaged storage', () => {
    const good = { ...defaultView, name: 'Tất cả' };
    const store = memoryStore({ 'soCanBo.people.savedViews': JSON.stringify([good, { name: 'Cũ', filters: { sex: 'other' }, sort: defaultView.sort, columns: ['fullName'] }]) });
    expect(loadSavedViews(store)).toEqual([good]);
    expect(loadSavedViews(memoryStore({ 'soCanBo.people.savedViews': '{not json' }))).toEqual([]);
  });
});

describe('the view in use', () => {
  it('comes back as it was stored, or as the default view', () => {
    const store = memoryStore();
    expect(loadCurrentView(store)).toEqual({ ...defaultView, search: '' });
    const view = { ...defaultView, search: 'nguyen', filters: { unitId: 'u1' } };
    storeCurrentView(store, view);
    expect(loadCurrentView(store)).toEqual(view);
  });

  it('lists columns in the order of the table', () => {
    expect(orderedColumns(['citizenId', 'fullName', 'unit'])).toEqual(['fullName', 'unit', 'citizenId']);
  });
});
