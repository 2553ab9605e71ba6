/** Asks the background to settle today's tip now (a page found none, or yesterday's). */
export interface RefreshRequest {
  type: 'closer:refresh';
}

export const REFRESH_REQUEST: RefreshRequest = { type: 'closer:refresh' };

export function isRefreshRequest(message: unknown): message is RefreshRequest {
  return typeof message === 'object' && message !== null && (message as RefreshRequest).type === REFRESH_REQUEST.type;
}
