import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import vi from './locales/vi.json';
import en from './locales/en.json';

export const supportedLanguages = ['vi', 'en'] as const;
export type Language = (typeof supportedLanguages)[number];
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
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng: language,
    fallbackLng: 'vi',
    // React escapes output already.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}
