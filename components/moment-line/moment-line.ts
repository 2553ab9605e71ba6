import { t } from '@/utils/i18n/i18n';
import { momentMessage, type Moment } from '@/utils/tips/tips';

/** The new tab's quiet line for the moment of the week, with a button to end it early. */
export function momentLine(moment: Moment, onEnd: () => void): HTMLElement {
  const line = Object.assign(document.createElement('p'), { className: 'moment-line' });
  line.dataset.testid = 'moment-line';
  const end = Object.assign(document.createElement('button'), { type: 'button', textContent: t('momentLineEnd') });
  end.dataset.testid = 'end-moment-line';
  end.addEventListener('click', onEnd);
  line.append(t('momentLine', t(momentMessage(moment))), end);
  return line;
}
