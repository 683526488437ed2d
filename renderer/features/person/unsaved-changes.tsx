/**
 * Warns before unsaved edits are lost: leaving the page inside the app (react-router's blocker) and closing or
 * reloading the window (beforeunload). Each form reports whether it holds changes; the page is dirty if any does.
 */
import { createContext, useCallback, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

type Report = (form: string, dirty: boolean) => void;
const ReportContext = createContext<Report | null>(null);

export function UnsavedChangesGuard({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  // The blocker reads the ref: a form that has just saved and navigates in the same turn is already clean there.
  const dirtyForms = useRef(new Set<string>());
  const [dirty, setDirty] = useState(false);
  const report = useCallback<Report>((form, isDirty) => {
    if (isDirty) dirtyForms.current.add(form);
    else dirtyForms.current.delete(form);
    setDirty(dirtyForms.current.size > 0);
  }, []);

  const blocker = useBlocker(
    useCallback(
      ({ currentLocation, nextLocation }) => dirtyForms.current.size > 0 && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
      [],
    ),
  );

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const dialog = useRef<HTMLDialogElement>(null);
  const blocked = blocker.state === 'blocked';
  useEffect(() => {
    if (blocked) dialog.current?.showModal();
    else dialog.current?.close();
  }, [blocked]);

  return (
    <ReportContext.Provider value={report}>
      {children}
      <dialog ref={dialog} className="unsaved-dialog" aria-labelledby="unsaved-title" onCancel={() => blocker.reset?.()}>
        <h2 id="unsaved-title">{t('person.unsaved.title')}</h2>
        <p>{t('person.unsaved.body')}</p>
        <div className="actions">
          <button type="button" className="primary" autoFocus onClick={() => blocker.reset?.()}>
            {t('person.unsaved.stay')}
          </button>
          <button type="button" onClick={() => blocker.proceed?.()}>
            {t('person.unsaved.leave')}
          </button>
        </div>
      </dialog>
    </ReportContext.Provider>
  );
}

/** Tells the page whether this form holds unsaved changes (and that it holds none once it goes away). */
export function useReportUnsaved(dirty: boolean): void {
  const report = useContext(ReportContext);
  if (!report) throw new Error('useReportUnsaved outside UnsavedChangesGuard');
  const form = useId();
  useEffect(() => {
    report(form, dirty);
    return () => report(form, false);
  }, [report, form, dirty]);
}
