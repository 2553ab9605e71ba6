import { drawPopup } from '@/components/daily-drawings';
import { DailyPage } from '@/components/DailyPage';

export function App() {
  return <DailyPage page="popup" draw={drawPopup} />;
}
