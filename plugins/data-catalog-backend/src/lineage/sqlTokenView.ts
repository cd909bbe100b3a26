import { SqlToken } from './sqlTokens';

/** Positional questions about one statement's tokens. */
export class SqlTokenView {
  /** Index of the innermost `(` around each token, -1 at the top. */
  protected readonly enclosing: number[] = [];
  private readonly closing = new Map<number, number>();

  constructor(protected readonly tokens: SqlToken[]) {
    const open: number[] = [];
    tokens.forEach((token, i) => {
      if (this.isPunct(i, ')') && open.length) {
        this.closing.set(open.pop()!, i);
      }
      this.enclosing.push(open.length ? open[open.length - 1] : -1);
      if (token.kind === 'punct' && token.text === '(') open.push(i);
    });
  }

  /** An unquoted word (lower-cased) or a quoted identifier (as written). */
  protected identifier(i: number): string | undefined {
    const token = this.tokens[i];
    return token?.kind === 'word' || token?.kind === 'quoted'
      ? token.text
      : undefined;
  }

  /** Unquoted words only: a quoted "select" is a name, not a keyword. */
  protected word(i: number): string | undefined {
    const token = this.tokens[i];
    return token?.kind === 'word' ? token.text : undefined;
  }

  protected isPunct(i: number, text: string): boolean {
    const token = this.tokens[i];
    return token?.kind === 'punct' && token.text === text;
  }

  /** The matching `)`, or the end of an unbalanced statement. */
  protected closeOf(open: number): number {
    return this.closing.get(open) ?? this.tokens.length;
  }

  protected skipWords(start: number, words: string[]): number {
    let j = start;
    while (words.includes(this.word(j) ?? '')) j++;
    return j;
  }
}
