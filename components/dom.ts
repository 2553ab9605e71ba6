/**
 * An element with `props` and `children` (text goes in as text, never as HTML): for the small
 * scripts that are loaded only for some mothers and carry no framework of their own.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]>,
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const element = Object.assign(document.createElement(tag), props);
  element.append(...children);
  return element;
}

/** Loads one of Closer's scripts into the page (the parts loaded only for some mothers). */
export const loadScript = (src: string): void => document.head.append(el('script', { src }));
