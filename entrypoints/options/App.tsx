import { useState } from 'preact/hooks';
import { BackupPanel } from '@/components/backup/BackupPanel';
import { LanguageChoice } from '@/components/settings/LanguageChoice';
import { PROBLEM_MESSAGES } from '@/components/settings/problem-message';
import { SonFields } from '@/components/settings/SonFields';
import { ThemeWishes } from '@/components/settings/ThemeWishes';
import { WayChoice } from '@/components/settings/WayChoice';
import { ShortcutsOffer } from '@/components/welcome/ShortcutsOffer';
import { redrawCopiesOnNextTip } from '@/hooks/redraw-copies';
import { useBackup } from '@/hooks/useBackup';
import { useSettings } from '@/hooks/useSettings';
import { readClock } from '@/utils/days/clock';
import { localDay } from '@/utils/days/day';
import { t } from '@/utils/i18n/i18n';
import { languageOf, type Language } from '@/utils/i18n/language';
import { browser } from '@/utils/browser/native-browser';
import { forgetSnapshot } from '@/utils/first-frame/page-snapshot';
import { pageStore } from '@/utils/first-frame/page-store';
import type { Settings } from '@/utils/settings/settings';
import { LANGUAGE_KEY } from '@/utils/storage/storage-keys';
import {
  editAge,
  editAway,
  editBirthYear,
  editName,
  editTheme,
  editWay,
  MOST_SONS_ON_PAGE,
  removeSon,
  type Edited,
} from '@/utils/settings/settings-edit';

/** What the page last said: saved, or what was wrong with what she typed (which changed nothing). */
type Status = { saved: true } | { problem: string } | undefined;

/**
 * The settings page (the extension's options page): her sons, her way of closeness, the
 * themes she wants more or fewer of. Each change is saved as she makes it; a change that
 * can't be taken says why and changes nothing.
 */
export function App({ year }: { year: number }) {
  const { settings, save } = useSettings(year);
  const backup = useBackup();
  const [status, setStatus] = useState<Status>();
  const [extraSon, setExtraSon] = useState(false);
  if (!settings) return <main id="settings" class="settings" aria-busy="true" />;

  const store = (next: Settings) => {
    setStatus({ saved: true });
    void save({ ...next, asked: true });
  };
  const chooseLanguage = (language: Language) => {
    setStatus({ saved: true });
    // The next new tab and popup draw in her language from their first frame: the copy in the old
    // one goes now, and a new one is drawn once the background has today's tip in hers.
    forgetSnapshot(pageStore());
    redrawCopiesOnNextTip();
    void browser.storage.local.set({ [LANGUAGE_KEY]: language });
  };
  const apply = (edited: Edited) => ('settings' in edited ? store(edited.settings) : setStatus(edited));
  // Her first son's fields are always there; one more, empty, once she asks for it.
  const shown = Math.min(MOST_SONS_ON_PAGE, Math.max(1, settings.sons.length + (extraSon ? 1 : 0)));

  return (
    <main id="settings" class="settings">
      <header>
        <h1>{t('settingsTitle')}</h1>
        <p class="hint">{t('settingsIntro')}</p>
      </header>
      <LanguageChoice language={languageOf(t('pageLanguage'))} onChange={chooseLanguage} />
      {Array.from({ length: shown }, (_, index) => (
        <SonFields
          key={index}
          index={index}
          son={settings.sons[index]}
          year={year}
          onBirthYear={(typed) => {
            apply(editBirthYear(settings, Math.min(index, settings.sons.length), typed, year));
            if (index >= settings.sons.length) setExtraSon(false);
          }}
          onAge={(typed) => {
            apply(editAge(settings, Math.min(index, settings.sons.length), typed, year));
            if (index >= settings.sons.length) setExtraSon(false);
          }}
          onName={(typed) => apply(editName(settings, index, typed))}
          onAway={(away) => apply(editAway(settings, index, away))}
          onRemove={
            index > 0
              ? () => (index < settings.sons.length ? store(removeSon(settings, index)) : setExtraSon(false))
              : undefined
          }
        />
      ))}
      {shown === settings.sons.length && shown < MOST_SONS_ON_PAGE && (
        <button type="button" class="quiet-button" onClick={() => setExtraSon(true)}>
          {t('settingsAddSon')}
        </button>
      )}
      <WayChoice way={settings.way} onChange={(way) => store(editWay(settings, way))} />
      <ThemeWishes settings={settings} onChange={(theme, wish) => store(editTheme(settings, theme, wish))} />
      {/* Offered on the welcome page too; here for whenever she wants them, or wants them gone. */}
      <ShortcutsOffer />
      {backup && (
        <BackupPanel
          values={backup.values}
          year={year}
          today={localDay(readClock())}
          undoAvailable={backup.undoAvailable}
          onImport={(mode, file) => {
            // A file may bring another language: the next new tab and popup are drawn afresh in it.
            forgetSnapshot(pageStore());
            redrawCopiesOnNextTip();
            backup.importFile(mode, file);
          }}
          onUndo={() => {
            forgetSnapshot(pageStore());
            redrawCopiesOnNextTip();
            backup.undoImport();
          }}
        />
      )}
      <p
        class={status && 'problem' in status ? 'status problem' : 'status'}
        role="status"
        data-testid="settings-status"
      >
        {status &&
          ('problem' in status ? t(PROBLEM_MESSAGES[status.problem] ?? 'settingsProblemNotAYear') : t('settingsSaved'))}
      </p>
    </main>
  );
}
