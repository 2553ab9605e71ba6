import { DailyPanel } from '@/components/DailyPanel';
import { useDaily, type Daily } from '@/hooks/useDaily';

const draw = (daily: Daily) => <DailyPanel daily={daily} />;

export function App() {
  return draw(useDaily('newtab', draw));
}
