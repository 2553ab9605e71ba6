import type { Daily } from './DailyPage';
import { DailyPanel } from './DailyPanel';
import { SearchBox } from './SearchBox';

/** How the new tab draws today: the search first, then the whole day. */
export const drawNewTab = (daily: Daily) => <DailyPanel daily={daily} top={<SearchBox />} />;

/** How the popup draws today: the headline alone, then the check-in and the streak. */
export const drawPopup = (daily: Daily) => <DailyPanel daily={daily} compact />;
