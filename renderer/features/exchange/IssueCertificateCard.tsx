import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeFile, ReadJoinRequest } from '../../../shared/exchange/enrolment-files';
import { foldForSearch } from '../../../shared/text/fold';
import type { GrantableUnits } from '../../data/exchange-services';
import { useServices } from '../../data/services';
import { platform } from '../../platform';
import { JurisdictionChooser } from './JurisdictionChooser';
import { useExchangeTexts } from './use-exchange';

interface Opened {
  readonly read: ReadJoinRequest;
  readonly units: GrantableUnits;
}

/** The unit below ours whose name is the one the request proposes, if there is exactly such a unit. */
function proposedUnit({ tree, ownUnitId }: GrantableUnits, proposedName: string): string | null {
  const wanted = foldForSearch(proposedName);
  const found = [...tree.subtreeIds(ownUnitId)].filter((id) => id !== ownUnitId && foldForSearch(tree.get(id)!.name) === wanted);
  return found.length === 1 ? found[0]! : null;
}

/**
 * At an upper office: opens a join request file, shows who asks (with their key's code, to check over the phone),
 * lets the user choose the unit the office will manage, and saves the reply file to hand back.
 */
export function IssueCertificateCard({ rootFingerprint, onIssued }: { readonly rootFingerprint: string; readonly onIssued: () => void }) {
  const { t } = useTranslation();
  const { exchange } = useServices();
  const { errorText, platformErrorText, dateTime } = useExchangeTexts();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [unitError, setUnitError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [issued, setIssued] = useState<{ reply: ExchangeFile; officeName: string; unitName: string; location: string | null } | null>(null);

  const open = async () => {
    setError(null);
    setIssued(null);
    const picked = await platform.openFile({ title: t('exchangeUi.issue.open'), extensions: ['json'] });
    if (!picked.ok) return setError(platformErrorText(picked.error));
    if (!picked.value) return;
    try {
      const [read, units] = await Promise.all([exchange.readJoinRequest(picked.value.bytes), exchange.grantableUnits()]);
      setOpened({ read, units });
      setUnitId(proposedUnit(units, read.request.body.proposedUnitName));
      setUnitError(null);
    } catch (cause) {
      setError(errorText(cause));
    }
  };

  const save = async (reply: ExchangeFile): Promise<string | null> => {
    const result = await platform.saveFile({ suggestedName: reply.fileName, bytes: reply.bytes, extensions: ['json'] });
    if (!result.ok) {
      setError(platformErrorText(result.error));
      return null;
    }
    return result.value?.location ?? null;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!opened) return;
    if (!unitId) return setUnitError(t('validation.chooseOne', { field: t('exchangeUi.issue.unit') }));
    setBusy(true);
    setError(null);
    try {
      const reply = await exchange.issueCertificate(opened.read.request, unitId);
      const unitName = opened.units.tree.get(unitId)?.name ?? '';
      setIssued({ reply, officeName: opened.read.request.body.officeName, unitName, location: null });
      setOpened(null);
      onIssued();
      const location = await save(reply);
      setIssued({ reply, officeName: opened.read.request.body.officeName, unitName, location });
    } catch (cause) {
      setError(errorText(cause));
    } finally {
      setBusy(false);
    }
  };

  const saveAgain = async () => {
    if (!issued) return;
    setError(null);
    const location = await save(issued.reply);
    if (location) setIssued({ ...issued, location });
  };

  const body = opened?.read.request.body;
  return (
    <section className="card" aria-labelledby="issue-title">
      <h3 id="issue-title">{t('exchangeUi.issue.title')}</h3>
      <p>{t('exchangeUi.issue.intro')}</p>
      {!opened && (
        <button type="button" className={issued ? undefined : 'primary'} onClick={open}>
          {t('exchangeUi.issue.open')}
        </button>
      )}
      {opened && body && (
        <form className="form issue-form" onSubmit={submit} noValidate>
          <h4>{t('exchangeUi.issue.request')}</h4>
          <dl className="details">
            <dt>{t('exchangeUi.issue.office')}</dt>
            <dd>{body.officeName}</dd>
            <dt>{t('exchangeUi.issue.level')}</dt>
            <dd>{t(`exchangeUi.level.${body.level}`)}</dd>
            <dt>{t('exchangeUi.issue.proposedUnit')}</dt>
            <dd>{body.proposedUnitName}</dd>
            <dt>{t('exchangeUi.issue.createdAt')}</dt>
            <dd>{dateTime(body.createdAt)}</dd>
            <dt>{t('exchangeUi.issue.keyCode')}</dt>
            <dd className="mono key-code">{opened.read.keyFingerprint}</dd>
          </dl>
          <p className="field-hint">{t('exchangeUi.issue.keyCodeHint')}</p>
          <JurisdictionChooser tree={opened.units.tree} ownUnitId={opened.units.ownUnitId} value={unitId} onChange={(id) => (setUnitId(id), setUnitError(null))} error={unitError} />
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {t('exchangeUi.issue.confirm')}
            </button>
            <button type="button" disabled={busy} onClick={() => (setOpened(null), setError(null))}>
              {t('exchangeUi.cancel')}
            </button>
          </div>
        </form>
      )}
      {issued && (
        <div className="notice" role="status">
          <p>{t('exchangeUi.issue.issued', { office: issued.officeName, unit: issued.unitName })}</p>
          <p>{issued.location ? t('exchangeUi.issue.saved', { location: issued.location }) : t('exchangeUi.issue.notSaved')}</p>
          <p>{t('exchangeUi.issue.readCode', { code: rootFingerprint })}</p>
          {!issued.location && (
            <button type="button" onClick={saveAgain}>
              {t('exchangeUi.issue.saveAgain')}
            </button>
          )}
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
