import type { FunctionComponent } from 'preact';
import type { BrowserFamily } from '@/utils/browser/browser-family';
import { t, type MessageName } from '@/utils/i18n/i18n';
import { ChromePinPicture, FirefoxPinPicture } from './PinPictures';

interface Guide {
  heading: MessageName;
  Picture: FunctionComponent;
  /** One per numbered place in the picture, in order. */
  steps: MessageName[];
}

const GUIDES: Record<BrowserFamily, Guide> = {
  chrome: {
    heading: 'welcomePinChrome',
    Picture: ChromePinPicture,
    steps: ['welcomePinChromeMenu', 'welcomePinChromePin'],
  },
  firefox: {
    heading: 'welcomePinFirefox',
    Picture: FirefoxPinPicture,
    steps: ['welcomePinFirefoxMenu', 'welcomePinFirefoxGear', 'welcomePinFirefoxPin'],
  },
};

/** How to pin Closer's icon in one browser: a picture of where to click, and the same in steps. */
export function PinGuide({ family }: { family: BrowserFamily }) {
  const { heading, Picture, steps } = GUIDES[family];
  return (
    <section class="pin-guide" aria-labelledby={`pin-${family}`}>
      <h3 id={`pin-${family}`} class="pin-browser">
        {t(heading)}
      </h3>
      <Picture />
      <ol class="pin-steps">
        {steps.map((step) => (
          <li key={step}>{t(step)}</li>
        ))}
      </ol>
    </section>
  );
}
