/** Saved views: the current filters, sort and columns under a name, listed to apply again or delete. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ValidationFailed } from '../../../shared/validation/issues';
import { Menu } from './Menu';
import { deleteView, loadSavedViews, saveView, type PeopleView, type SavedView } from './saved-views';

export interface SavedViewsProps {
  readonly current: PeopleView;
  onApply(view: SavedView): void;
}

export function SavedViews({ current, onApply }: SavedViewsProps) {
  const { t } = useTranslation();
  const id = useId();
  const [views, setViews] = useState(() => loadSavedViews(localStorage));
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const save = (event: FormEvent) => {
    event.preventDefault();
    try {
      const saved = saveView(localStorage, { ...current, name });
      setViews(saved);
      setNotice(t('people.views.saved', { name: name.trim() }));
      setError(null);
      setName('');
    } catch (cause) {
      if (!(cause instanceof ValidationFailed)) throw cause;
      const issue = cause.issues[0]!;
      setError(t(issue.messageKey, { ...issue.params, field: t('people.views.name') }));
      setNotice(null);
    }
  };

  return (
    <Menu label={t('people.views.button')}>
      <div className="people-menu-panel people-views">
        <h2>{t('people.views.title')}</h2>
        {views.length === 0 ? (
          <p className="field-hint">{t('people.views.none')}</p>
        ) : (
          <ul>
            {views.map((view) => (
              <li key={view.name}>
                <span className="people-view-name">{view.name}</span>
                <button
                  type="button"
                  aria-label={t('people.views.applyNamed', { name: view.name })}
                  onClick={() => {
                    onApply(view);
                    setNotice(t('people.views.applied', { name: view.name }));
                  }}
                >
                  {t('people.views.apply')}
                </button>
                <button type="button" aria-label={t('people.views.deleteNamed', { name: view.name })} onClick={() => setViews(deleteView(localStorage, view.name))}>
                  {t('people.views.delete')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form className="people-view-form" onSubmit={save} noValidate>
          <div className="field">
            <label htmlFor={id}>{t('people.views.name')}</label>
            <input id={id} value={name} maxLength={200} aria-invalid={error !== null} aria-describedby={error ? `${id}-error` : undefined} onChange={(event) => setName(event.target.value)} />
            {error && (
              <p className="field-error" id={`${id}-error`}>
                {error}
              </p>
            )}
          </div>
          <button type="submit" className="primary">
            {t('people.views.save')}
          </button>
        </form>
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
      </div>
    </Menu>
  );
}
