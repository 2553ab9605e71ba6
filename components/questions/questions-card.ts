import { t, type MessageName } from '@/utils/i18n/i18n';
import type { Settings } from '@/utils/settings/settings';
import { answerAge, answerWay, notNow } from '@/utils/settings/settings-edit';
import { el } from '../dom';
import { AGE_ANSWERS, WAY_ANSWERS } from './answers';

/**
 * The welcome page's two questions as a small card, for the new tab of a mother who updated
 * and never saw that page. Each answer is handed to `save` at once; the questions stay open
 * (`asked: false`) until both are answered, or she says "Not now", and then a word of thanks
 * takes the card's place. Built without Preact: questions.js is loaded only while they are open.
 */
export function questionsCard(settings: Settings, year: number, save: (next: Settings) => void): HTMLElement {
  let current = settings;
  const answered = new Set<string>();
  const heading = el('h2', { id: 'questions-heading' }, t('questionsHeading'));
  const card = el('section', { className: 'notice questions' }, heading);
  card.setAttribute('aria-labelledby', heading.id);
  card.dataset['testid'] = 'questions';

  const close = (message: MessageName) => {
    const status = el('p', { className: 'notice', tabIndex: -1 }, t(message));
    status.setAttribute('role', 'status');
    // Her focus was on a button that is going: it goes to the word that takes its place.
    const hadFocus = card.contains(document.activeElement);
    card.replaceWith(status);
    if (hadFocus) status.focus();
  };

  function question<T extends string>(
    name: 'age' | 'way',
    legend: MessageName,
    answers: Array<[T, MessageName]>,
    answer: (choice: T) => Settings,
  ) {
    const buttons = answers.map(([choice, label]) => {
      const button = el('button', { type: 'button', className: 'answer' }, t(label));
      button.dataset['testid'] = `answer-${choice}`;
      button.setAttribute('aria-pressed', 'false');
      button.addEventListener('click', () => {
        for (const each of buttons) each.setAttribute('aria-pressed', String(each === button));
        answered.add(name);
        const done = answered.size === 2;
        current = { ...answer(choice), asked: done };
        save(current);
        if (done) close('questionsDone');
      });
      return button;
    });
    return el(
      'fieldset',
      { className: 'question' },
      el('legend', {}, t(legend)),
      el('div', { className: 'answers' }, ...buttons),
    );
  }

  const later = el('button', { type: 'button', className: 'notice-dismiss' }, t('questionsNotNow'));
  later.addEventListener('click', () => {
    save(notNow(current));
    close('questionsLater');
  });
  card.append(
    question('age', 'questionsAgeLegend', AGE_ANSWERS, (age) => answerAge(current, age, year)),
    question('way', 'questionsWayLegend', WAY_ANSWERS, (way) => answerWay(current, way)),
    later,
  );
  return card;
}
