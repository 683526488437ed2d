import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { RecordTypeName } from '../../shared/records/registry';
import type { FieldIssue } from '../../shared/validation/issues';
import { catalogs, defaultLanguage, describeIssue, fieldLabel, isLanguage, languages, recordTypeLabel, type Language } from '../../shared/i18n/translate';

/** The catalogs live in shared/i18n/locales, so the Node tools and the shared tests use the same texts. */
export const supportedLanguages = languages;
export type { Language };
const storageKey = 'soCanBo.language';

function storedLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(storageKey);
  return stored === 'en' ? 'en' : 'vi';
}

export function changeLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export async function initI18n(): Promise<void> {
  const language = storedLanguage();
  document.documentElement.lang = language;
  await i18next.use(initReactI18next).init({
    resources: { vi: { translation: catalogs.vi }, en: { translation: catalogs.en } },
    lng: language,
    fallbackLng: defaultLanguage,
    // React escapes output already.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

/**
 * Field labels and validation messages of records in the current language, through the same lookup as
 * shared/i18n/translate.ts (most specific label of a field path, `{{field}}` filled with it).
 */
export function useRecordTexts() {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
  return {
    recordTypeLabel: (recordType: RecordTypeName) => recordTypeLabel(language, recordType),
    fieldLabel: (recordType: RecordTypeName, fieldPath: string) => fieldLabel(language, recordType, fieldPath),
    describeIssue: (recordType: RecordTypeName, issue: FieldIssue) => describeIssue(language, recordType, issue),
  };
}
