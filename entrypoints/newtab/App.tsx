import { DailyPanel } from '@/components/DailyPanel';
import { SearchBox } from '@/components/SearchBox';
import { useDaily, type Daily } from '@/hooks/useDaily';

const draw = (daily: Daily) => <DailyPanel daily={daily} top={<SearchBox />} />;

export function App() {
  return draw(useDaily('newtab', draw));
}
