import { DailyPanel } from '@/components/DailyPanel';
import { useDaily } from '@/hooks/useDaily';

export function App() {
  return <DailyPanel daily={useDaily()} compact />;
}
