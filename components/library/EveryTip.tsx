import { useState } from 'preact/hooks';
import type { KeptTip } from '@/utils/tips/favourites';
import { t, tCount } from '@/utils/i18n/i18n';
import { byTheme, searchTips } from '@/utils/tips/library-view';
import { themeMessage, type Tip } from '@/utils/tips/tips';
import { Group } from './Group';
import { TipLink } from './TipLink';
import { TipList } from './TipList';

interface Props {
  tips: readonly Tip[];
  fits: (tip: Tip) => boolean;
  onOpen: (tip: KeptTip) => void;
}

/** Every daily tip, by theme: those that fit him (or all), found by words in their headlines and bodies. */
export function EveryTip({ tips, fits, onOpen }: Props) {
  const [query, setQuery] = useState('');
  const [onlyFitting, setOnlyFitting] = useState(true);
  const found = searchTips(
    tips.filter((tip) => !onlyFitting || fits(tip)),
    query,
  );
  return (
    <>
      <div class="library-filters">
        <label class="field">
          <span>{t('librarySearchLabel')}</span>
          <input
            type="search"
            data-testid="library-search"
            value={query}
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
        </label>
        <label class="check">
          <input
            type="checkbox"
            data-testid="fits-him"
            checked={onlyFitting}
            onChange={(event) => setOnlyFitting(event.currentTarget.checked)}
          />
          <span>{t('libraryFitsHim')}</span>
        </label>
      </div>
      <p class="hint" role="status" data-testid="every-tip-count">
        {tCount('libraryFound', found.length)}
      </p>
      {byTheme(found).map(([theme, inTheme]) => (
        <Group
          key={theme}
          open={query.trim() !== ''}
          summary={
            <>
              {t(themeMessage(theme))} <span class="hint">({inTheme.length})</span>
            </>
          }
          renderContent={() => (
            <TipList
              rows={inTheme}
              testId={`theme-${theme}`}
              empty=""
              keyOf={({ id }) => id}
              renderRow={(tip) => <TipLink tip={tip} onOpen={onOpen} />}
            />
          )}
        />
      ))}
    </>
  );
}
