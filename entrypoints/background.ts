import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { readClock } from '@/utils/days/clock';
import { parseRequest } from '@/utils/storage/messages';
import { needsPass } from '@/utils/storage/own-keys';
import { anotherTipToday, openQuestionsAfterUpdate, refreshDay } from '@/utils/background/refresh-day';
import { createSerialQueue } from '@/utils/storage/serially';
import { shouldWelcome } from '@/utils/storage/should-welcome';
import { dismissSetAsideNotice } from '@/utils/storage/storage';

export default defineBackground(() => {
  // The background is the only writer of her check-ins and today's tip: every pass and every
  // page's request, one at a time.
  const serially = createSerialQueue();
  const refresh = () => serially(() => refreshDay(readClock()));

  // Registered synchronously at the top level, so an event that wakes the worker is never missed.
  browser.runtime.onInstalled.addListener(refresh);
  // Once, when she installs Closer (never on an update): a page that says what it is and how to pin it.
  // On an update, the welcome page's two questions come to her next new tab instead, if she has no settings.
  browser.runtime.onInstalled.addListener((details) => {
    if (shouldWelcome(details)) void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    else if (details.reason === 'update') void serially(openQuestionsAfterUpdate);
  });
  browser.runtime.onStartup.addListener(refresh);
  browser.alarms.onAlarm.addListener(refresh);
  // Any change to a value Closer owns: a click a page stored, junk another writer left.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.entries(changes).some(([key, change]) => needsPass(key, change))) void refresh();
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = parseRequest(message);
    if (request?.type === 'closer:refresh') return refresh();
    // A pass first: a list that became unreadable since is kept aside before the notice goes.
    if (request?.type === 'closer:dismiss-notice') return refresh().then(() => serially(dismissSetAsideNotice));
    if (request?.type === 'closer:another-tip') return serially(() => anotherTipToday(readClock()));
    return undefined;
  });

  // Every wake-up is a chance to put the badge right, before any page opens.
  void refresh();
});
