import { fireEvent, getByRole } from '@testing-library/preact';
import { expect, it, vi } from 'vitest';
import { noteLine } from '@/components/note-line/note-line';

it('the popup’s line about the day: a labelled landmark, each keystroke told, Enter says it is kept', () => {
  const told = vi.fn<(text: string) => void>();
  const line = noteLine('Cards', told);
  document.body.append(line);
  const region = getByRole(document.body, 'region', { name: 'What did you do together?' });
  const field = getByRole(region, 'textbox', { name: 'What did you do together?' }) as HTMLInputElement;
  expect(field.value).toBe('Cards');
  expect(field.maxLength).toBe(280);
  fireEvent.input(field, { target: { value: 'Cards and cocoa' } });
  expect(told).toHaveBeenLastCalledWith('Cards and cocoa');
  fireEvent.submit(field.form!);
  expect(region.textContent).toContain('Kept on your calendar.');
  line.remove();
});
