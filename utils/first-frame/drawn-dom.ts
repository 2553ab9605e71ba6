/**
 * A page's drawn DOM as plain data, so the next page can draw the same in its first frame
 * before its app has loaded: text, or `[tag, attributes, children]`. Only the tags and
 * attributes Closer's pages use are kept or rebuilt, so a copy can never bring in a script,
 * a link, a style or an event handler: nodes are made with createElement, setAttribute and
 * text nodes, never parsed from HTML.
 */
export type DrawnNode = string | [tag: string, attributes: Record<string, string>, children: DrawnNode[]];

// The new tab's search form is drawn too (never a value typed in it: an input's value is no attribute).
const TAGS = new Set(['main', 'article', 'section', 'div', 'p', 'h1', 'span', 'button', 'form', 'label', 'input']);
const ATTRIBUTE =
  /^(?:class|id|lang|role|type|disabled|elementtiming|data-testid|data-tip-id|aria-[a-z]+|for|placeholder|autocomplete)$/;

/** The children of `root` as data; `undefined` if any of them is outside what can be rebuilt. */
export function drawnChildren(root: Element): DrawnNode[] | undefined {
  const nodes: DrawnNode[] = [];
  for (const child of root.childNodes) {
    if (child.nodeType === 3) nodes.push(child.textContent ?? '');
    else if (child.nodeType === 1) {
      const element = child as Element;
      const tag = element.localName;
      const attributes: Record<string, string> = {};
      for (const { name, value } of element.attributes) attributes[name] = value;
      const children = drawnChildren(element);
      if (!TAGS.has(tag) || !Object.keys(attributes).every((name) => ATTRIBUTE.test(name)) || !children)
        return undefined;
      nodes.push([tag, attributes, children]);
    }
    // Comments and the like are not drawn: skipped.
  }
  return nodes;
}

/** DOM nodes for `nodes` in `document`; `undefined` if `nodes` is anything but a valid copy. */
export function buildDrawn(nodes: unknown, document: Document): Node[] | undefined {
  if (!Array.isArray(nodes)) return undefined;
  const built: Node[] = [];
  for (const node of nodes as unknown[]) {
    if (typeof node === 'string') {
      built.push(document.createTextNode(node));
      continue;
    }
    if (!Array.isArray(node) || node.length !== 3) return undefined;
    const [tag, attributes, children] = node as unknown[];
    if (typeof tag !== 'string' || !TAGS.has(tag)) return undefined;
    if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) return undefined;
    const entries = Object.entries(attributes);
    if (!entries.every(([name, value]) => ATTRIBUTE.test(name) && typeof value === 'string')) return undefined;
    const inner = buildDrawn(children, document);
    if (!inner) return undefined;
    const element = document.createElement(tag);
    for (const [name, value] of entries) element.setAttribute(name, value as string);
    element.append(...inner);
    built.push(element);
  }
  return built;
}
