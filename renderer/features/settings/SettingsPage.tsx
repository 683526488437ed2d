import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AppInfo } from '../../../shared/platform/contract';
import { useOffice } from '../../data/office-context';
import { useServices } from '../../data/services';
import type { KeyProtection } from '../../data/exchange-services';
import { platform } from '../../platform';
import { formatDateTime } from '../../format/dates';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { OfficeProfileForm } from '../office-setup/OfficeProfileForm';

export function SettingsPage() {
  const { t } = useTranslation();
  const { state } = useOffice();
  const [editing, setEditing] = useState(false);
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [keys, setKeys] = useState<KeyProtection | null>(null);
  const { exchange } = useServices();

  useEffect(() => {
    void platform.getAppInfo({}).then((result) => {
      if (result.ok) setAppInfo(result.value);
    });
    void exchange.keyProtection().then(setKeys);
  }, [exchange]);

  const profile = state.status === 'ready' ? state.profile : null;
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('settings.title')}</h1>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <h2>{t('settings.officeSection')}</h2>
      {profile && !editing && (
        <>
          <dl className="details">
            <dt>{t('fields.officeName.label')}</dt>
            <dd>{profile.officeName}</dd>
            <dt>{t('fields.level.label')}</dt>
            <dd>{t(`officeLevel.${profile.level}`)}</dd>
            <dt>{t('fields.unitName.label')}</dt>
            <dd>{profile.unitName}</dd>
            <dt>{t('fields.unitCode.label')}</dt>
            <dd>{profile.unitCode}</dd>
            <dt>{t('settings.officeId')}</dt>
            <dd className="mono">{profile.officeId}</dd>
            <dt>{t('settings.configuredAt')}</dt>
            <dd>{formatDateTime(new Date(profile.configuredAt))}</dd>
          </dl>
          <button type="button" onClick={() => (setEditing(true), setNotice(null))}>
            {t('settings.edit')}
          </button>
        </>
      )}
      {profile && editing && (
        <OfficeProfileForm
          profile={profile}
          onSaved={() => (setEditing(false), setNotice(t('officeSetup.saved')))}
          onCancel={() => setEditing(false)}
        />
      )}
      <h2>{t('settings.appSection')}</h2>
      {appInfo && (
        <dl className="details">
          <dt>{t('settings.version')}</dt>
          <dd>{appInfo.version}</dd>
          <dt>{t('settings.runtime')}</dt>
          <dd>{appInfo.runtime === 'electron' ? t('settings.runtimeElectron') : t('settings.runtimeWeb')}</dd>
          <dt>{t('settings.dataFolder')}</dt>
          <dd className="mono">{appInfo.dataFolder}</dd>
        </dl>
      )}
      {keys && (
        <>
          <h2>{t('settings.keysSection')}</h2>
          <p data-testid="key-protection">{keyProtectionText(keys, t)}</p>
        </>
      )}
      <h2>{t('settings.languageSection')}</h2>
      <LanguageSwitch />
    </section>
  );
}

/** Safe storage's backend ids as people know the products. */
const keystoreNames: Readonly<Record<string, string>> = { dpapi: 'Windows DPAPI', keychain: 'macOS Keychain', gnome_libsecret: 'GNOME Keyring' };
const keystoreName = (backend: string) => keystoreNames[backend] ?? (backend.startsWith('kwallet') ? 'KDE Wallet' : backend);

function keyProtectionText({ stored, keystore: backend }: KeyProtection, t: TFunction): string {
  const keystore = backend === null ? null : keystoreName(backend);
  if (stored === 'os-keystore') return t('settings.keysInKeystore', { keystore: keystore ?? '—' });
  if (stored === 'profile') return `${t('settings.keysInProfile')}${keystore === null ? ` ${t('settings.keysNoKeystoreHere')}` : ''}`;
  return t('settings.keysNone', { then: keystore === null ? t('settings.keysWillUseProfile') : t('settings.keysWillUseKeystore', { keystore }) });
}
