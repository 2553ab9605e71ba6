import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { App } from './newtab/App';

// One classic script at the end of newtab.html, run as soon as the page is parsed: no module
// graph to fetch, and a first render that can land in the page's first frame.
export default defineUnlistedScript({
  globalName: false,
  main: () => render(<App />, document.getElementById('app')!),
});
