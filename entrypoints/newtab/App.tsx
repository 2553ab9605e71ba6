import { DailyPanel } from '@/components/DailyPanel';
import { SearchBox } from '@/components/SearchBox';
import { DailyPage, type Daily } from '@/components/DailyPage';

const draw = (daily: Daily) => <DailyPanel daily={daily} top={<SearchBox />} />;

export function App() {
  return <DailyPage page="newtab" draw={draw} />;
}
