import { render } from '@testing-library/react';
import { decodeEntities, Highlight, highlightParts } from './Highlight';

describe('highlightParts', () => {
  it('splits marked and plain text and decodes entities', () => {
    expect(
      highlightParts(
        'One <mark>order</mark> per &lt;shop&gt; &amp; <mark>day</mark>',
      ),
    ).toEqual([
      { text: 'One ', marked: false },
      { text: 'order', marked: true },
      { text: ' per <shop> & ', marked: false },
      { text: 'day', marked: true },
    ]);
  });

  it('decodes numeric entities and leaves unknown ones alone', () => {
    expect(decodeEntities('&#39;x&#x27; &nbsp2 &bogus;')).toBe(
      "'x' &nbsp2 &bogus;",
    );
  });
});

describe('Highlight', () => {
  it('renders marks as elements and any other markup as plain text', () => {
    const { container } = render(
      <Highlight
        html={'&lt;img src=x onerror=alert(1)&gt; <mark>orders</mark>'}
      />,
    );
    expect(container.querySelectorAll('mark')).toHaveLength(1);
    expect(container.querySelector('mark')).toHaveTextContent('orders');
    expect(container.querySelector('img')).toBeNull();
    expect(container).toHaveTextContent('<img src=x onerror=alert(1)> orders');
  });

  it('never turns raw tags in the text into elements', () => {
    const { container } = render(
      <Highlight html="<b>bold</b> <mark>hit</mark>" />,
    );
    expect(container.querySelector('b')).toBeNull();
    expect(container).toHaveTextContent('<b>bold</b> hit');
  });
});
