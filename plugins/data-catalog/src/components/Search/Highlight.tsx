import { Fragment } from 'react';

const named: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** `&lt;b&gt;` → `<b>`: the text is shown as text, so entities are undone. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, code) => {
    if (code[0] !== '#') return named[code.toLowerCase()] ?? entity;
    const point =
      code[1].toLowerCase() === 'x'
        ? parseInt(code.slice(2), 16)
        : parseInt(code.slice(1), 10);
    return Number.isFinite(point) ? String.fromCodePoint(point) : entity;
  });
}

/**
 * Splits the server's highlight (escaped HTML whose only tags are
 * `<mark>…</mark>`) into plain and marked parts. Anything else that looks
 * like a tag stays visible text; nothing is ever parsed as HTML.
 */
export function highlightParts(
  html: string,
): { text: string; marked: boolean }[] {
  return html
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(part => part !== '')
    .map(part => {
      const marked = part.startsWith('<mark>') && part.endsWith('</mark>');
      const inner = marked ? part.slice(6, -7) : part;
      return { text: decodeEntities(inner), marked };
    });
}

/** A search hit's highlighted field, with matches in `<mark>`. */
export function Highlight(props: { html: string }) {
  return (
    <>
      {highlightParts(props.html).map((part, index) => (
        <Fragment key={index}>
          {part.marked ? <mark>{part.text}</mark> : part.text}
        </Fragment>
      ))}
    </>
  );
}
