/**
 * Firefox may still be reading a blob URL a moment after the click: revoke it once the
 * download has surely begun (FileSaver.js waits 40 s for the same reason).
 */
const REVOKE_AFTER_MS = 40_000;

/** Offers `text` to her as a file named `name`, through her browser's own downloads. */
export function saveFile(name: string, type: string, text: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  // Firefox follows only a link that is in the page.
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
