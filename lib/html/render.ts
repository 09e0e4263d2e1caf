/**
 * HTML from JSX, escaped by default: every string child and attribute value goes through `escape-html`; markup is
 * written unescaped only through `trustedHtml`. Templates are Preact JSX (its types check elements and attributes);
 * this serializer writes them as the HTML the pages have always had — void elements without a slash, booleans as bare
 * attributes, `&<>"'` all escaped — which preact-render-to-string does not (see docs/decisions.md).
 */
import escapeHtml from 'escape-html';
import { Fragment, h, type ComponentChild, type ComponentChildren, type VNode } from 'preact';

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

interface TrustedMarkupProps {
  markup: string;
  why: string;
}

/** Marks markup to write as is: the serializer recognises this component by identity and skips escaping its output. */
function TrustedMarkup({ markup }: TrustedMarkupProps): string {
  return markup;
}

/**
 * The one way to put markup in a page unescaped. `why` says, where it is called, what makes `markup` safe: it must
 * come from this codebase or from a library that builds it, never from a request, a database row or a person.
 */
export function trustedHtml(markup: string, why: string): VNode<TrustedMarkupProps> {
  return h(TrustedMarkup, { markup, why });
}

/** Attributes whose value is the word "true" or "false", not their presence. */
const ENUMERATED_ATTRIBUTES = new Set(['contenteditable', 'draggable', 'spellcheck']);

function attribute(name: string, value: unknown): string {
  if (typeof value === 'boolean' && ENUMERATED_ATTRIBUTES.has(name)) return ` ${name}="${value}"`;
  if (value === null || value === undefined || value === false) return '';
  if (value === true) return ` ${name}`;
  if (typeof value !== 'string' && typeof value !== 'number') throw new TypeError(`Attribute ${name} is not a string or a number`);
  return ` ${name}="${escapeHtml(String(value))}"`;
}

function renderElement(type: string, props: Record<string, unknown>): string {
  let open = `<${type}`;
  for (const [name, value] of Object.entries(props)) {
    if (name === 'dangerouslySetInnerHTML') throw new Error('Use trustedHtml for unescaped markup');
    if (name !== 'children') open += attribute(name, value);
  }
  if (VOID_ELEMENTS.has(type)) return `${open}>`;
  return `${open}>${renderHtml(props.children as ComponentChildren)}</${type}>`;
}

/** A fragment of HTML from JSX; components are plain functions of their props. */
export function renderHtml(node: ComponentChildren): string {
  if (Array.isArray(node)) return node.map((child: ComponentChildren) => renderHtml(child)).join('');
  return renderChild(node);
}

function renderChild(node: ComponentChild): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return escapeHtml(String(node));
  if (!('type' in node)) throw new TypeError('Not a JSX node');
  const { type, props } = node as VNode<Record<string, unknown>>;
  if ((type as unknown) === TrustedMarkup) return TrustedMarkup(props as unknown as TrustedMarkupProps);
  if (type === Fragment) return renderHtml(props.children);
  if (typeof type === 'function') return renderHtml((type as (props: object) => ComponentChildren)(props));
  return renderElement(type, props);
}
