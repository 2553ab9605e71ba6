import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDrawn, drawnChildren, type DrawnNode } from '@/utils/drawn-dom';

/** A root holding `html`: test input only, written here, never user text. */
function rootWith(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

const PAGE = `<main class="daily"><div class="find"><form role="search" class="search"><label for="search" class="visually-hidden">Search the web</label><input id="search" type="search" data-testid="search" placeholder="Search the web" autocomplete="off"></form><div class="shortcuts"></div></div><article class="tip" aria-labelledby="tip-title"><p class="tip-theme">Today · <span>Listen</span></p><h1 id="tip-title" class="tip-title" data-testid="tip-title" elementtiming="tip-title">Let him finish the story</h1></article><section class="today"><button type="button" class="checkin-button" data-testid="checkin" aria-pressed="false" disabled=""><span class="checkin-mark" aria-hidden="true"></span>We connected today</button></section></main>`;

describe('a drawn page as data', () => {
  it('rebuilds exactly what was drawn', () => {
    const nodes = drawnChildren(rootWith(PAGE));
    expect(nodes).toBeDefined();
    const copy = document.createElement('div');
    copy.append(...buildDrawn(JSON.parse(JSON.stringify(nodes)), document)!);
    expect(copy.innerHTML).toBe(PAGE);
  });

  it('keeps text as text, whatever it says', () => {
    const nodes: DrawnNode[] = [['p', {}, ['<img src=x onerror=alert(1)>']]];
    const [p] = buildDrawn(nodes, document)! as HTMLElement[];
    expect(p!.children).toHaveLength(0);
    expect(p!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it.each([
    ['a link', '<a href="https://example.com">x</a>'],
    ['a script', '<p><script>1</script></p>'],
    ['an image', '<img src="x.png">'],
    ['an event handler', '<button onclick="x()">x</button>'],
    ['a style', '<p style="color: red">x</p>'],
    ['a style element', '<style>p { color: red }</style>'],
    ['what was typed in a field', '<form><input value="tomato soup"></form>'],
    ['a form that sends somewhere', '<form action="https://example.com"><input></form>'],
    ['an input with a handler', '<input onfocus="x()">'],
  ])('is not made of a page with %s', (_, html) => {
    expect(drawnChildren(rootWith(html))).toBeUndefined();
  });

  it('skips comments', () => {
    expect(drawnChildren(rootWith('<p>a<!-- note -->b</p>'))).toEqual([['p', {}, ['a', 'b']]]);
  });

  it.each([
    ['not a list', { main: [] }],
    ['a node of the wrong length', [['p', {}]]],
    ['an unknown tag', [['script', {}, ['alert(1)']]]],
    ['an upper-case tag', [['P', {}, []]]],
    ['an event handler', [['button', { onclick: 'x()' }, []]]],
    ['a style', [['p', { style: 'x' }, []]]],
    ['a link target', [['span', { href: 'javascript:x()' }, []]]],
    ['a link', [['a', { href: 'https://example.com' }, ['x']]]],
    ['a form that sends somewhere', [['form', { action: 'https://example.com' }, []]]],
    ['a value in a field', [['input', { value: 'tomato soup' }, []]]],
    ['an image source', [['input', { type: 'image', src: 'https://example.com/x.png' }, []]]],
    ['a style element', [['style', {}, ['p { color: red }']]]],
    ['a number as attribute value', [['p', { id: 1 }, []]]],
    ['attributes as a list', [['p', ['id', 'x'], []]]],
    ['children that are not a list', [['p', {}, 'text']]],
    ['a bad grandchild', [['main', {}, [['p', {}, [['iframe', {}, []]]]]]]],
    ['a number as text', [7]],
  ])('rebuilds nothing from a copy with %s', (_, nodes) => {
    expect(buildDrawn(nodes, document)).toBeUndefined();
  });

  it('rebuilds from any JSON either nothing or only allowed tags and attributes (property)', () => {
    const allowed =
      /^(?:class|id|role|type|disabled|elementtiming|data-testid|aria-[a-z]+|for|placeholder|autocomplete)$/;
    const node: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.tuple(
          fc.constantFrom('p', 'main', 'span', 'button', 'form', 'input', 'label', 'script', 'a', 'img', 'style'),
          fc.dictionary(
            fc.constantFrom('class', 'id', 'onclick', 'aria-label', 'for', 'style', 'src', 'href', 'value', 'action'),
            fc.string(),
          ),
          fc.array(tie('node'), { maxLength: 3 }),
        ),
        fc.jsonValue(),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(node, { maxLength: 4 }), (nodes) => {
        const built = buildDrawn(nodes, document);
        if (!built) return;
        const holder = document.createElement('div');
        holder.append(...built);
        for (const element of holder.querySelectorAll('*')) {
          expect([
            'main',
            'article',
            'section',
            'div',
            'p',
            'h1',
            'span',
            'button',
            'form',
            'label',
            'input',
          ]).toContain(element.localName);
          for (const { name } of element.attributes) expect(name).toMatch(allowed);
        }
      }),
    );
  });
});
