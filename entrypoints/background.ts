import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { readClock } from '@/utils/clock';
import { isRefreshRequest } from '@/utils/messages';
import { refreshDay } from '@/utils/refresh-day';
import { createSerialQueue } from '@/utils/serially';

const WATCHED_KEYS = ['checkIns', 'rotation'];

export default defineBackground(() => {
  const serially = createSerialQueue();
  const refresh = () => serially(() => refreshDay(readClock()));

  // Registered synchronously at the top level, so an event that wakes the worker is never missed.
  browser.runtime.onInstalled.addListener(refresh);
  browser.runtime.onStartup.addListener(refresh);
  browser.alarms.onAlarm.addListener(refresh);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && WATCHED_KEYS.some((key) => key in changes)) void refresh();
  });
  browser.runtime.onMessage.addListener((message: unknown) => (isRefreshRequest(message) ? refresh() : undefined));

  // Every wake-up is a chance to put the badge right, before any page opens.
  void refresh();
});
