import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { photoDataUrl } from '../../../shared/people/person-photo';
import { describeUnknownError } from '../../../shared/result';
import { useServices } from '../../data/services';
import { platform } from '../../platform';
import type { PrintContext } from './form-data';
import { latestTemplate } from './form-templates';
import { FormSheet } from './FormSheet';
import './print.css';

type PageState =
  | { readonly status: 'loading' }
  | { readonly status: 'missing' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'ready'; readonly context: PrintContext; readonly restrictedShown: boolean };

/**
 * A printed form of one person, laid out as the A4 paper form. The app's chrome is hidden when printing,
 * so what the platform prints (Electron's PDF, the browser's print dialog) is the form alone.
 */
export function PrintPage() {
  const { t } = useTranslation();
  const { personId = '', formSlug = '' } = useParams();
  const { person } = useServices();
  const template = latestTemplate(formSlug);
  const [state, setState] = useState<PageState>({ status: 'loading' });
  const [message, setMessage] = useState<{ kind: 'notice' | 'error'; text: string } | null>(null);

  useEffect(() => {
    let current = true;
    Promise.all([person.dossier(personId), person.catalogs()]).then(
      ([dossier, catalogs]) => current && setState(dossier ? { status: 'ready', context: { dossier, restricted: {}, catalogs }, restrictedShown: false } : { status: 'missing' }),
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [person, personId]);

  /** The restricted items print as blank lines until asked for, through the same door as on the person page. */
  async function showRestricted() {
    try {
      const restricted = await person.restricted(personId);
      setState((current) => (current.status === 'ready' ? { ...current, context: { ...current.context, restricted }, restrictedShown: true } : current));
    } catch (error) {
      setMessage({ kind: 'error', text: t('printForms.failed', { detail: describeUnknownError(error) }) });
    }
  }

  if (state.status === 'failed') throw state.error;
  if (!template || state.status === 'missing') {
    return (
      <section className="page" aria-labelledby="page-title">
        <h1 id="page-title">{t('printForms.notFound')}</h1>
        <Link to={`/people/${personId}`}>{t('printForms.back')}</Link>
      </section>
    );
  }
  if (state.status === 'loading') return <p className="loading">{t('app.loading')}</p>;

  const form = template;
  async function print() {
    setMessage(null);
    try {
      const result = await platform.printToPdf({ suggestedName: `${form.fileStem}-${personId.slice(-8)}.pdf` });
      if (!result.ok) setMessage({ kind: 'error', text: t(`platformError.${result.error.code}`) });
      else if (result.value) setMessage({ kind: 'notice', text: t('printForms.saved', { location: result.value.location }) });
    } catch (error) {
      setMessage({ kind: 'error', text: t('printForms.failed', { detail: describeUnknownError(error) }) });
    }
  }

  const { dossier } = state.context;
  return (
    <div className="print-view">
      <div className="print-toolbar">
        <Link to={`/people/${personId}`}>{t('printForms.back')}</Link>
        <h1>{t('printForms.title', { form: template.id, name: dossier.person.fullName })}</h1>
        {!state.restrictedShown && (
          <button type="button" onClick={showRestricted}>
            {t('person.restricted.show')}
          </button>
        )}
        <button type="button" className="primary" onClick={print}>
          {t('printForms.print')}
        </button>
        {message && (
          <p className={message.kind === 'error' ? 'form-error' : 'notice'} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </div>
      <FormSheet template={template} context={state.context} photoUrl={dossier.photo ? photoDataUrl(dossier.photo) : undefined} />
    </div>
  );
}
