import { DailyPanel } from '@/components/DailyPanel';
import { useDaily, type Daily } from '@/hooks/useDaily';

const draw = (daily: Daily) => <DailyPanel daily={daily} compact />;

export function App() {
  return draw(useDaily('popup', draw));
}
