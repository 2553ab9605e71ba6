import { render, screen, waitFor } from '@testing-library/preact';
import { expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Component } from 'preact';
import { followStorage, type StorageSnapshot } from '@/hooks/follow-storage';
import { isPendingKey } from '@/utils/storage/pending';

const local = fakeBrowser.storage.local;

/** A page that shows what it follows of storage. */
class Shown extends Component<{ keys?: string[] }, { values?: Record<string, unknown> }> {
  private stored: StorageSnapshot | undefined;
  private show = (values: Record<string, unknown>) => this.setState({ values });
  override componentDidMount() {
    this.stored = followStorage(this.props.keys ?? ['a'], {
      onShow: this.show,
      isFollowed: isPendingKey,
    });
  }
  override componentWillUnmount() {
    this.stored?.stop();
  }
  override render() {
    const { values } = this.state;
    return <p data-testid="shown">{values === undefined ? 'nothing yet' : JSON.stringify(values)}</p>;
  }
}
const shown = () => JSON.parse(screen.getByTestId('shown').textContent!) as Record<string, unknown>;

/** Holds the next read of `storage.local` back until `answer` is called, with what storage had when it was asked. */
function holdNextRead() {
  const get = local.get.bind(local);
  let answer!: () => void;
  vi.spyOn(local, 'get').mockImplementationOnce((keys) => {
    const asked = get(keys as string[]);
    return new Promise((resolve) => (answer = () => void asked.then(resolve)));
  });
  return () => answer();
}

it('drops a read that a change overtook, and ends on the last value storage had', async () => {
  await local.set({ a: 1 });
  const answer = holdNextRead();
  render(<Shown />);
  await local.set({ a: 2 }); // while the first read is out
  answer(); // the first read answers with the older value
  await waitFor(() => expect(shown()).toEqual({ a: 2 }));
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(shown()).toEqual({ a: 2 });
});

it('follows a change made before the first read has answered', async () => {
  const answer = holdNextRead();
  render(<Shown />);
  expect(screen.getByTestId('shown').textContent).toBe('nothing yet');
  await local.set({ a: 'changed' });
  answer();
  await waitFor(() => expect(shown()).toEqual({ a: 'changed' }));
});

it('ignores a change of the same key in another storage area, and of keys it does not follow', async () => {
  await local.set({ a: 1 });
  render(<Shown />);
  await waitFor(() => expect(shown()).toEqual({ a: 1 }));
  await fakeBrowser.storage.sync.set({ a: 'sync' });
  await local.set({ b: 'other' });
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(shown()).toEqual({ a: 1 });
});

it('reads the clicks already stored, follows new ones, and forgets removed ones', async () => {
  await local.set({ a: 1, 'pending.1': 'x', other: 2 });
  render(<Shown />);
  await waitFor(() => expect(shown()).toEqual({ a: 1, 'pending.1': 'x' }));
  await local.set({ 'pending.2': 'y' });
  await local.remove('pending.1');
  await waitFor(() => expect(shown()).toEqual({ a: 1, 'pending.2': 'y' }));
});

it('reads every key where the browser has no getKeys (Firefox before 143)', async () => {
  expect('getKeys' in local).toBe(false);
  const get = vi.spyOn(local, 'get');
  await local.set({ a: 1, 'pending.1': 'x' });
  render(<Shown />);
  await waitFor(() => expect(shown()).toEqual({ a: 1, 'pending.1': 'x' }));
  expect(get).toHaveBeenCalledWith(null);
});

it('reads storage again when the page comes back into view: a change it never heard of is shown then', async () => {
  await local.set({ a: 1 });
  // A browser that, for a page out of view, never delivered the change (Firefox's background tab under load).
  const deaf = vi.spyOn(fakeBrowser.storage.onChanged, 'addListener').mockImplementation(() => undefined);
  render(<Shown />);
  await waitFor(() => expect(shown()).toEqual({ a: 1 }));
  deaf.mockRestore();
  await local.set({ a: 2 });
  expect(shown()).toEqual({ a: 1 });
  document.dispatchEvent(new Event('visibilitychange'));
  await waitFor(() => expect(shown()).toEqual({ a: 2 }));
});
