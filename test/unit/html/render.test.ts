/** The HTML serializer: escaping by default, the one unescaped path, and the markup the pages rely on. */
import { Fragment, h } from 'preact';
import { renderHtml, trustedHtml } from '../../../lib/html/render';

const HOSTILE = `"><script>alert('x')</script>&`;
const ESCAPED = '&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;';

test('text and attribute values are escaped', () => {
  expect(renderHtml(h('a', { href: HOSTILE, title: 7 }, HOSTILE, 42))).toBe(`<a href="${ESCAPED}" title="7">${ESCAPED}42</a>`);
});

test('components, fragments, lists and empty children', () => {
  const Item = ({ name }: { name: string }) => h('li', null, name);
  const list = h('ul', null, ['a', 'b'].map((name) => h(Item, { name })), null, false, undefined, h(Fragment, null, h('li', null, '<c>')));
  expect(renderHtml(list)).toBe('<ul><li>a</li><li>b</li><li>&lt;c&gt;</li></ul>');
});

test('void elements have no end tag; booleans are bare or absent; enumerated attributes say true or false', () => {
  expect(renderHtml(h('input', { type: 'checkbox', checked: true, disabled: false, value: '', spellcheck: false }))).toBe(
    '<input type="checkbox" checked value="" spellcheck="false">',
  );
  expect(renderHtml(h('meta', { charset: 'utf-8' }))).toBe('<meta charset="utf-8">');
  expect(renderHtml(h('span', { hidden: true }))).toBe('<span hidden></span>');
});

test('only trustedHtml writes markup as is', () => {
  expect(renderHtml(h('style', null, trustedHtml('a>b{content:"x"}', 'a test constant')))).toBe('<style>a>b{content:"x"}</style>');
  expect(() => renderHtml(h('div', { dangerouslySetInnerHTML: { __html: '<b>' } }))).toThrow('Use trustedHtml');
  expect(() => renderHtml(h('button', { onclick: () => undefined }))).toThrow(TypeError);
});
