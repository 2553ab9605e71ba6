import { t } from '@/utils/i18n/i18n';
import { browser } from '@/utils/browser/native-browser';
import { submitSearch } from '@/utils/browser/search';

/**
 * Her browser's own search, quiet at the top of the new tab (never focused for her: the
 * address bar keeps its focus), drawn in the first frame like the rest of the page.
 */
export function SearchBox() {
  return (
    <div class="find">
      <form role="search" class="search" onSubmit={(event) => submitSearch(event, (q) => browser.search.query(q))}>
        <label for="search" class="visually-hidden">
          {t('searchLabel')}
        </label>
        <input id="search" type="search" data-testid="search" placeholder={t('searchLabel')} autocomplete="off" />
      </form>
    </div>
  );
}
