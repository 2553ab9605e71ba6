import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { readClock } from '@/utils/clock';
import { parseRequest } from '@/utils/messages';
import { refreshDay } from '@/utils/refresh-day';
import { createSerialQueue } from '@/utils/serially';
import { dismissSetAsideNotice, saveCheckIn } from '@/utils/storage';
import { CHECK_INS_KEY, ROTATION_KEY } from '@/utils/storage-keys';

export default defineBackground(() => {
  // The background is the only writer: every pass and every page's request, one at a time.
  const serially = createSerialQueue();
  const refresh = () => serially(() => refreshDay(readClock()));

  // Registered synchronously at the top level, so an event that wakes the worker is never missed.
  browser.runtime.onInstalled.addListener(refresh);
  browser.runtime.onStartup.addListener(refresh);
  browser.alarms.onAlarm.addListener(refresh);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (CHECK_INS_KEY in changes || ROTATION_KEY in changes)) void refresh();
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = parseRequest(message);
    if (request?.type === 'closer:refresh') return refresh();
    if (request?.type === 'closer:check-in') return serially(() => saveCheckIn(request.day, request.intent));
    if (request?.type === 'closer:dismiss-notice') return serially(dismissSetAsideNotice);
    return undefined;
  });

  // Every wake-up is a chance to put the badge right, before any page opens.
  void refresh();
});
