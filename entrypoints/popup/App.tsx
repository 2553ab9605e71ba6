import { DailyPanel } from '@/components/DailyPanel';
import { DailyPage, type Daily } from '@/components/DailyPage';

const draw = (daily: Daily) => <DailyPanel daily={daily} compact />;

export function App() {
  return <DailyPage page="popup" draw={draw} />;
}
