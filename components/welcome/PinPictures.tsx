import { t } from '@/utils/i18n/i18n';
import { CloserMark } from './CloserMark';
import { Faint, Gear, Hamburger, Kebab, Pin, PuzzlePiece, Step } from './toolbar-parts';

/*
 * Where to click to pin Closer, drawn: the top right of the browser window with its
 * extensions menu open, each place to click ringed and numbered as the steps beside it.
 * Decorative for a screen reader: the steps say the same in words.
 */

/** The window's top right: its frame, the toolbar and the address bar. */
const Window = ({ addressRadius }: { addressRadius: number }) => (
  <>
    <rect class="pic-window" x="1" y="1" width="318" height="198" rx="12" />
    <path class="pic-divider" d="M1 44h318" />
    <rect class="pic-field" x="14" y="10" width="176" height="24" rx={addressRadius} />
    <Faint x={30} y={22} width={84} />
  </>
);

/** Chrome: the puzzle piece opens the extensions menu; the pin beside Closer pins it. */
export const ChromePinPicture = () => (
  <svg class="pin-picture" viewBox="0 0 320 200" aria-hidden="true">
    <Window addressRadius={12} />
    <PuzzlePiece x={224} y={21} />
    <circle class="pic-faint" cx="258" cy="22" r="8" />
    <Kebab x={290} y={22} />
    <rect class="pic-panel" x="112" y="54" width="196" height="134" rx="10" />
    <Faint x={128} y={72} width={72} />
    <CloserMark x={128} y={88} size={22} />
    <text class="pic-text" x="160" y="99">
      {t('extName')}
    </text>
    <Pin x={282} y={99} />
    <rect class="pic-faint" x="129" y="126" width="20" height="20" rx="5" />
    <Faint x={160} y={136} width={60} />
    <Pin x={282} y={136} />
    <path class="pic-divider" d="M112 156h196" />
    <Faint x={128} y={172} width={96} />
    <Step x={224} y={22} n={1} />
    <Step x={282} y={99} n={2} />
  </svg>
);

/** Firefox: the extensions button opens its panel; the gear beside Closer has "Pin to Toolbar". */
export const FirefoxPinPicture = () => (
  <svg class="pin-picture" viewBox="0 0 320 200" aria-hidden="true">
    <Window addressRadius={6} />
    <PuzzlePiece x={250} y={21} />
    <Hamburger x={290} y={22} />
    <rect class="pic-panel" x="82" y="54" width="226" height="134" rx="8" />
    <Faint x={98} y={72} width={90} />
    <CloserMark x={98} y={88} size={22} />
    <text class="pic-text" x="130" y="99">
      {t('extName')}
    </text>
    <Gear x={284} y={99} />
    <rect class="pic-faint" x="99" y="126" width="20" height="20" rx="5" />
    <Faint x={130} y={136} width={64} />
    <rect class="pic-menu" x="150" y="114" width="150" height="70" rx="6" />
    <rect class="pic-choice" x="156" y="120" width="138" height="24" rx="4" />
    <text class="pic-text pic-choice-text" x="166" y="132">
      {t('welcomePinFirefoxMenuItem')}
    </text>
    <Faint x={166} y={158} width={84} />
    <Faint x={166} y={174} width={70} />
    <Step x={250} y={22} n={1} />
    <Step x={284} y={99} n={2} r={12} />
    <circle class="pic-step" cx="292" cy="128" r="8.5" />
    <text class="pic-step-number" x="292" y="128">
      3
    </text>
  </svg>
);
