import { t } from '@/utils/i18n/i18n';
import { el } from '../dom';

/**
 * A calm word that something stored couldn't be read, and what Closer did with it: only what it
 * truly did (`left-in-place`: there was no room to keep a copy, so it stayed where it was). Built
 * without Preact: notice.js is loaded only for the rare mother who has such data.
 */
export function setAsideNotice(kind: 'kept' | 'left-in-place', onDismiss: () => void): HTMLElement {
  const dismiss = el('button', { type: 'button', className: 'notice-dismiss' }, t('setAsideDismiss'));
  dismiss.addEventListener('click', onDismiss);
  const notice = el(
    'div',
    { className: 'notice' },
    el('p', {}, t(kind === 'left-in-place' ? 'setAsideLeftInPlace' : 'setAsideNotice')),
    dismiss,
  );
  notice.setAttribute('role', 'status');
  return notice;
}
