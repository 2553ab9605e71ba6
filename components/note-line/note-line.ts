import { el } from '@/components/dom';
import { t } from '@/utils/i18n/i18n';
import { NOTE_LENGTH } from '@/utils/days/notes';

/**
 * The popup's line about the day, once they have connected: "What did you do together?", one
 * optional line. Each keystroke is told to `onText` (stored at once, so a popup closed right
 * after loses nothing); Enter only says it is kept.
 */
export function noteLine(text: string, onText: (text: string) => void): HTMLElement {
  const input = el('input', {
    type: 'text',
    id: 'note-text',
    maxLength: NOTE_LENGTH,
    value: text,
    autocomplete: 'off',
  });
  input.dataset.testid = 'note';
  const kept = el('p', { className: 'note-kept' });
  kept.setAttribute('aria-live', 'polite');
  input.addEventListener('input', () => {
    kept.textContent = '';
    onText(input.value);
  });
  const label = el('label', { htmlFor: 'note-text', id: 'note-question' }, t('noteQuestion'));
  const form = el('form', {}, label, input, kept);
  // A named section, a landmark of its own: it sits outside the page's <main>, which Preact draws.
  const section = el('section', { className: 'note-line' }, form);
  section.setAttribute('aria-labelledby', 'note-question');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    kept.textContent = input.value.trim() ? t('noteKept') : '';
  });
  return section;
}
