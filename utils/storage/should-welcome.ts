/**
 * Whether `runtime.onInstalled` is her installing Closer, the one time it opens its welcome
 * page: never an update of Closer (`update`) or of the browser (`chrome_update`,
 * `browser_update`), nor a shared module's (`shared_module_update`).
 */
export function shouldWelcome({ reason }: { reason: string }): boolean {
  return reason === 'install';
}
