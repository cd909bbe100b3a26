import { escapeHtml, highlightText, snippet } from './highlight';

describe('highlightText', () => {
  it('escapes markup and marks every match, case-insensitively', () => {
    expect(highlightText('<i>Orders</i> & "orders"', ['orders'])).toBe(
      '&lt;i&gt;<mark>Orders</mark>&lt;/i&gt; &amp; &quot;<mark>orders</mark>&quot;',
    );
  });

  it('never matches inside an entity it produced', () => {
    expect(highlightText('fish & chips', ['amp'])).toBe('fish &amp; chips');
    expect(highlightText("it's", ['39'])).toBe('it&#39;s');
  });

  it('prefers the longest needle and treats regex characters literally', () => {
    expect(highlightText('customer_id (id)', ['id', 'customer_id'])).toBe(
      '<mark>customer_id</mark> (<mark>id</mark>)',
    );
    expect(highlightText('a.b+c', ['.b+'])).toBe('a<mark>.b+</mark>c');
  });

  it('escapes without needles', () => {
    expect(highlightText('<b>', [])).toBe(escapeHtml('<b>'));
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});

describe('snippet', () => {
  const long = `${'lorem ipsum '.repeat(40)}the refund policy ${'dolor '.repeat(
    40,
  )}`;

  it('keeps short text whole', () => {
    expect(snippet('short', ['x'], 240)).toBe('short');
  });

  it('cuts around the first match with ellipses', () => {
    const cut = snippet(long, ['refund'], 100);
    expect(cut).toContain('refund');
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBe(102);
  });

  it('starts at the beginning without a match', () => {
    expect(snippet(long, ['absent'], 50)).toBe(`${long.slice(0, 50)}…`);
  });
});
