import type { VNode } from 'preact';
import { DailyPanel } from '@/components/DailyPanel';
import { SearchBox } from '@/components/SearchBox';
import { Shortcuts } from '@/components/Shortcuts';
import { useDaily, type Daily } from '@/hooks/useDaily';
import { useShortcuts } from '@/hooks/useShortcuts';

// The drawing kept for the next new tab's first frame is `draw(daily)`: the search without her sites.
const draw = (daily: Daily, shortcuts?: VNode) => (
  <DailyPanel daily={daily} top={<SearchBox shortcuts={shortcuts} />} />
);

export function App() {
  return draw(useDaily('newtab', draw), <Shortcuts {...useShortcuts()} />);
}
