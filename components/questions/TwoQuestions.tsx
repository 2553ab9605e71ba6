import { useState } from 'preact/hooks';
import { useSettings } from '@/hooks/useSettings';
import { t } from '@/utils/i18n/i18n';
import type { Settings, Way } from '@/utils/settings/settings';
import { answerAge, answerWay, notNow } from '@/utils/settings/settings-edit';
import { ageGroup } from '@/utils/settings/tip-fit';
import type { Age } from '@/utils/tips/tips';
import { AGE_ANSWERS, WAY_ANSWERS } from './answers';
import { Question } from './Question';

/**
 * The welcome page's two questions: his age and her family's way. Two clicks and today's
 * tip fits; "Not now" keeps every tip. Each answer is saved at once; closing the page loses nothing.
 */
export function TwoQuestions({ year }: { year: number }) {
  const { settings, save } = useSettings(year);
  const [answered, setAnswered] = useState<{ age?: Age; way?: Way; later?: boolean }>({});
  if (!settings) return null;
  const answer = (next: Settings, given: typeof answered) => {
    setAnswered({ ...answered, ...given, later: false });
    void save(next);
  };
  const age = answered.age ?? (settings.sons[0] && ageGroup(settings.sons[0].birthYear, year));
  const way = answered.way ?? (settings.asked && settings.way !== 'both' ? settings.way : undefined);
  const done = answered.age !== undefined && answered.way !== undefined;
  return (
    <section class="welcome-questions" aria-labelledby="questions-heading" data-testid="questions">
      <h2 id="questions-heading">{t('questionsHeading')}</h2>
      <Question
        legend="questionsAgeLegend"
        answers={AGE_ANSWERS}
        chosen={age}
        onAnswer={(group) => answer(answerAge(settings, group, year), { age: group })}
      />
      <Question
        legend="questionsWayLegend"
        answers={WAY_ANSWERS}
        chosen={way}
        onAnswer={(choice) => answer(answerWay(settings, choice), { way: choice })}
      />
      {!done && !answered.later && (
        <button
          type="button"
          class="welcome-later"
          onClick={() => {
            setAnswered({ ...answered, later: true });
            void save(notNow(settings));
          }}
        >
          {t('questionsNotNow')}
        </button>
      )}
      <p class="welcome-status" aria-live="polite">
        {done ? t('questionsDone') : answered.later ? t('questionsLater') : ''}
      </p>
    </section>
  );
}
