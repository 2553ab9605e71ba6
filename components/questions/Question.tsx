import { t, type MessageName } from '@/utils/i18n/i18n';

/** One question, its answers as a row of toggle buttons: one click answers it (and saves it). */
export function Question<T extends string>(props: {
  legend: MessageName;
  answers: Array<[T, MessageName]>;
  chosen: T | undefined;
  onAnswer(answer: T): void;
}) {
  return (
    <fieldset class="question">
      <legend>{t(props.legend)}</legend>
      <div class="answers">
        {props.answers.map(([answer, label]) => (
          <button
            type="button"
            key={answer}
            class="answer"
            data-testid={`answer-${answer}`}
            aria-pressed={props.chosen === answer ? 'true' : 'false'}
            onClick={() => props.onAnswer(answer)}
          >
            {t(label)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
