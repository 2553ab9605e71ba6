import { useState } from 'preact/hooks';
import { longDate } from '@/components/library/PastTips';
import { awayNow, type AwaySpan } from '@/utils/days/away';
import { isDay, type Day } from '@/utils/days/day';
import { t } from '@/utils/i18n/i18n';

interface Props {
  language: string;
  today: Day;
  spans: readonly AwaySpan[];
  onStart: (from: Day, to: Day | undefined) => void;
  onEnd: (from: Day) => void;
}

/** What the panel says of the span he is away in, or the next one. */
function spanLine({ from, to }: AwaySpan, today: Day, language: string): string {
  if (from > today)
    return to
      ? t('awayFromTo', longDate(from, language), longDate(to, language))
      : t('awayFrom', longDate(from, language));
  return to ? t('awayUntil', longDate(to, language)) : t('awayOpen');
}

/**
 * "He's away": days she marks (from today or a day ahead, to a day or until she says) neither
 * add to her streak nor break it. While a span holds or is ahead, the panel says so and offers
 * to end it early ("He's back") or to call it off.
 */
export function AwayPanel({ language, today, spans, onStart, onEnd }: Props) {
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState('');
  const [problem, setProblem] = useState('');
  const current = awayNow(spans, today);

  if (current)
    return (
      <div class="away-panel" data-testid="away-panel">
        <p data-testid="away-now">{spanLine(current, today, language)}</p>
        <button type="button" class="quiet-button" data-testid="away-end" onClick={() => onEnd(current.from)}>
          {current.from > today ? t('awayCallOff') : t('awayBack')}
        </button>
      </div>
    );

  const mark = (event: Event) => {
    event.preventDefault();
    const end = to === '' ? undefined : to;
    if (!isDay(from) || from < today) return setProblem(t('awayProblemFrom'));
    if (end !== undefined && (!isDay(end) || end < from)) return setProblem(t('awayProblemTo'));
    setProblem('');
    onStart(from, end);
  };
  const dateField = (label: string, testId: string, min: string, value: string, set: (day: string) => void) => (
    <label class="field">
      <span>{label}</span>
      <input
        type="date"
        data-testid={testId}
        min={min}
        value={value}
        onInput={(event) => set(event.currentTarget.value)}
        aria-describedby={problem ? 'away-problem' : undefined}
      />
    </label>
  );
  return (
    <form class="away-panel" data-testid="away-panel" onSubmit={mark} noValidate>
      <p class="hint">{t('awayIntro')}</p>
      <div class="away-dates">
        {dateField(t('awayFromLabel'), 'away-from', today, from, setFrom)}
        {dateField(t('awayToLabel'), 'away-to', from, to, setTo)}
      </div>
      {problem && (
        <p id="away-problem" class="problem" role="alert" data-testid="away-problem">
          {problem}
        </p>
      )}
      <button type="submit" class="quiet-button" data-testid="away-start">
        {t('awayMark')}
      </button>
    </form>
  );
}
