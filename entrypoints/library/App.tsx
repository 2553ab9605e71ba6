import { useEffect, useMemo, useState } from 'preact/hooks';
import { EveryTip } from '@/components/library/EveryTip';
import { PastTips } from '@/components/library/PastTips';
import { Shelf } from '@/components/library/Shelf';
import { TheirDays } from '@/components/library/TheirDays';
import { canMakeToday, TipDialog } from '@/components/library/TipDialog';
import { TipLink } from '@/components/library/TipLink';
import { TipList } from '@/components/library/TipList';
import { useLibrary } from '@/hooks/useLibrary';
import type { KeptTip } from '@/utils/tips/favourites';
import { t } from '@/utils/i18n/i18n';
import { pastDays } from '@/utils/tips/library-view';
import type { Language } from '@/utils/i18n/language';
import { setAsideIds } from '@/utils/tips/not-for-us';
import { fitFor } from '@/utils/settings/tip-fit';

/**
 * Her library: her favourites, each day's tip, every tip by theme, the shelf "for when…",
 * and the tips she set aside. Any tip opens whole, with its heart and, where it fits, "make
 * it today's tip".
 */
export function App({ year, language }: { year: number; language: Language }) {
  // In two parts: her favourites in the first frame, then everything else (ten years of past
  // tips among it) in the next, so the page opens in a frame's work however much she has kept
  // (npm run bench measures it).
  const [whole, setWhole] = useState(false);
  const library = useLibrary(year, whole, language);
  const [open, setOpen] = useState<KeptTip>();
  const [past, tipsById, connectedDays] = [library?.past, library?.tipsById, library?.connectedDays];
  const days = useMemo(
    () => past && tipsById && connectedDays && pastDays(past, tipsById, connectedDays),
    [past, tipsById, connectedDays],
  );
  const ready = library !== undefined;
  useEffect(() => {
    if (ready && !whole) requestAnimationFrame(() => setTimeout(() => setWhole(true)));
  }, [ready, whole]);
  if (!library || !days) return <main id="library" class="library" aria-busy="true" />;

  const fit = fitFor(library.settings, year, setAsideIds({ tips: [...library.setAside] }));
  // Opened with the words its row gave: a favourite's are the ones she kept, even if an update reworded the tip.
  const full = open && library.tipsById.get(open.id);
  const section = (id: string, title: string, children: preact.ComponentChildren) => (
    <section id={id} class="library-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );

  return (
    <main id="library" class="library">
      <header>
        <h1>{t('libraryTitle')}</h1>
        <p class="hint">{t('libraryIntro')}</p>
        <nav aria-label={t('libraryNavLabel')} class="library-nav">
          <a href="#favourites">{t('libraryFavourites')}</a>
          <a href="#days">{t('libraryDays')}</a>
          <a href="#past">{t('libraryPast')}</a>
          <a href="#every-tip">{t('libraryEveryTip')}</a>
          <a href="#shelf">{t('libraryShelf')}</a>
          <a href="#set-aside">{t('librarySetAside')}</a>
        </nav>
      </header>
      {section(
        'favourites',
        t('libraryFavourites'),
        <TipList
          rows={library.favourites}
          testId="favourites-list"
          empty={t('libraryFavouritesEmpty')}
          keyOf={({ id }) => id}
          renderRow={(tip) => <TipLink tip={tip} onOpen={setOpen} />}
        />,
      )}
      {whole && (
        <>
          {section('days', t('libraryDays'), <TheirDays library={library} language={language} />)}
          {section('past', t('libraryPast'), <PastTips days={days} language={language} onOpen={setOpen} />)}
          {section(
            'every-tip',
            t('libraryEveryTip'),
            <EveryTip tips={library.tips.filter((tip) => !tip.moment)} fits={fit.fits} onOpen={setOpen} />,
          )}
          {section(
            'shelf',
            t('libraryShelf'),
            <>
              <p class="hint">{t('libraryShelfIntro')}</p>
              <Shelf
                tips={library.tips}
                chosen={library.moment}
                language={language}
                onOpen={setOpen}
                onStart={library.startMoment}
                onEnd={library.endMoment}
              />
            </>,
          )}
          {section(
            'set-aside',
            t('librarySetAside'),
            <TipList
              rows={library.setAside}
              testId="set-aside-list"
              empty={t('librarySetAsideEmpty')}
              keyOf={({ id }) => id}
              renderRow={(tip) => (
                <div class="set-aside-row">
                  <TipLink tip={tip} onOpen={setOpen} />
                  <button
                    type="button"
                    class="quiet-button"
                    data-testid="bring-back"
                    onClick={() => library.bringBack(tip)}
                  >
                    {t('libraryBringBack')}
                  </button>
                </div>
              )}
            />,
          )}
        </>
      )}
      <TipDialog
        tip={open}
        favourite={open !== undefined && library.isFavourite(open.id)}
        onFavourite={() => open && library.toggleFavourite(open)}
        isToday={open?.id === library.todaysTipId}
        onMakeToday={
          canMakeToday(full, fit.fits, library.todaysTipId) ? () => full && library.makeToday(full) : undefined
        }
        onClose={() => setOpen(undefined)}
      />
    </main>
  );
}
