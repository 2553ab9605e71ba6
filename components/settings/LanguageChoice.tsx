import { t } from '@/utils/i18n/i18n';
import { LANGUAGES, type Language } from '@/utils/i18n/language';

/** Each language by its own name, as she would look for it in a list whatever the page speaks. */
const NAMES: Record<Language, string> = { en: 'English', ja: '日本語', ru: 'Русский' };

/** The language Closer speaks to her: a select, `language`, of `en`, `ja` and `ru`; her browser's until she chooses. */
export function LanguageChoice({ language, onChange }: { language: Language; onChange(language: Language): void }) {
  return (
    <div class="field">
      <label for="language">{t('settingsLanguage')}</label>
      <select
        id="language"
        data-testid="language"
        aria-describedby="language-hint"
        value={language}
        onChange={(event) => onChange(event.currentTarget.value as Language)}
      >
        {LANGUAGES.map((choice) => (
          <option key={choice} value={choice} lang={choice}>
            {NAMES[choice]}
          </option>
        ))}
      </select>
      <p class="hint" id="language-hint">
        {t('settingsLanguageHint')}
      </p>
    </div>
  );
}
