import { SqlTokenView } from './sqlTokenView';
import { SqlDialect, SqlToken, tokenizeSql } from './sqlTokens';

/** Tables a SQL text reads and writes, as written (`schema.table`). */
export type QueryLineage = { reads: string[]; writes: string[] };

function splitStatements(tokens: SqlToken[]): SqlToken[][] {
  const statements: SqlToken[][] = [[]];
  for (const token of tokens) {
    if (token.kind === 'punct' && token.text === ';') statements.push([]);
    else statements[statements.length - 1].push(token);
  }
  return statements.filter(s => s.length > 0);
}

/** A parenthesis whose content is a query: its FROMs name tables. */
const QUERY_STARTS = new Set([
  'select',
  'with',
  'values',
  'table',
  'insert',
  'update',
  'delete',
  'merge',
]);
/** Words that end a FROM item: never an alias. */
const NOT_ALIAS = new Set(
  (
    'as where join inner left right full outer cross natural on using group ' +
    'order having limit offset fetch union intersect except minus window for ' +
    'set returning values select when straight_join tablesample use force ' +
    'ignore partition lateral into with qualify lock procedure'
  ).split(' '),
);
/** MySQL's `FROM dual` reads nothing. */
const PSEUDO_TABLES = new Set(['dual']);
/** Statement words after CREATE that are not a table or view with data. */
const CREATE_HEADER_END = new Set(['(', 'as', 'on']);

type Name = { parts: string[]; start: number; next: number };

function mention(names: Map<string, number>, name: Name) {
  const key = name.parts.join('.');
  if (!names.has(key)) names.set(key, name.start);
}

function inTextOrder(names: Map<string, number>): string[] {
  return [...names.entries()].sort((a, b) => a[1] - b[1]).map(([key]) => key);
}

class StatementScanner extends SqlTokenView {
  /** Name → position of its first mention, so results follow the text. */
  private readonly reads = new Map<string, number>();
  private readonly writes = new Map<string, number>();
  private readonly ctes = new Set<string>();
  /** FROMs that name a write target (DELETE FROM), not a read. */
  private readonly targetFroms = new Set<number>();

  scan(): QueryLineage {
    if (!this.isDataStatement(0)) return { reads: [], writes: [] };
    this.collectCtes();
    this.analyzeVerb(0);
    this.tokens.forEach((_token, i) => this.scanReadAt(i));
    return { reads: inTextOrder(this.reads), writes: inTextOrder(this.writes) };
  }

  /** Data statements, and `COPY (query) TO` for the query's reads. */
  private isDataStatement(i: number): boolean {
    const verb = this.word(i);
    if (verb === 'copy' && this.isPunct(i + 1, '(')) return true;
    if (verb === 'create') return this.createTarget() !== undefined;
    return (
      this.isPunct(i, '(') || QUERY_STARTS.has(verb ?? '') || verb === 'replace'
    );
  }

  /** `WITH [RECURSIVE] name [(cols)] AS [NOT] [MATERIALIZED] (…), …`. */
  private collectCtes() {
    this.tokens.forEach((_token, i) => {
      if (this.word(i) !== 'with') return;
      let j = this.word(i + 1) === 'recursive' ? i + 2 : i + 1;
      for (;;) {
        const name = this.identifier(j);
        if (name === undefined) return;
        j = this.isPunct(j + 1, '(') ? this.closeOf(j + 1) + 1 : j + 1;
        if (this.word(j) !== 'as') return;
        j = this.skipWords(j + 1, ['not', 'materialized']);
        if (!this.isPunct(j, '(')) return;
        this.ctes.add(name);
        this.analyzeVerb(j + 1);
        j = this.closeOf(j) + 1;
        if (!this.isPunct(j, ',')) break;
        j++;
      }
      this.analyzeVerb(j);
    });
  }

  /** The write target of the statement (or CTE body) starting at `i`. */
  private analyzeVerb(i: number) {
    const write = (name?: Name) => name && mention(this.writes, name);
    switch (this.word(i)) {
      case 'insert':
      case 'replace': {
        const j = this.skipWords(i + 1, [
          'low_priority',
          'delayed',
          'high_priority',
          'ignore',
          'into',
        ]);
        write(this.qualifiedName(j));
        return;
      }
      case 'update': {
        const j = this.skipWords(i + 1, ['only', 'low_priority', 'ignore']);
        const target = this.qualifiedName(j);
        write(target);
        // MySQL's `UPDATE a, b SET …`: the others are read.
        const after = target ? this.afterAlias(target.next) : i;
        if (target && this.isPunct(after, ',')) this.readTableList(after + 1);
        return;
      }
      case 'delete': {
        const from = this.skipWords(i + 1, ['low_priority', 'quick', 'ignore']);
        if (this.word(from) !== 'from') return;
        this.targetFroms.add(from);
        write(this.qualifiedName(this.skipWords(from + 1, ['only'])));
        return;
      }
      case 'merge':
        write(this.qualifiedName(this.skipWords(i + 1, ['into'])));
        return;
      case 'create':
        write(this.createTarget());
        return;
      default:
    }
  }

  /**
   * `CREATE [OR REPLACE] [TEMP|MATERIALIZED|ALGORITHM=… DEFINER=…] VIEW v`,
   * or `CREATE … TABLE t` filled by a query (`AS SELECT`, MySQL's bare
   * `SELECT`, `AS TABLE`, `AS VALUES`).
   */
  private createTarget(): Name | undefined {
    for (let i = 1; i < this.tokens.length; i++) {
      const token = this.tokens[i];
      const word = this.word(i);
      if (token.kind === 'punct' || token.kind === 'word') {
        if (CREATE_HEADER_END.has(token.text)) return undefined;
      }
      if (word === 'view' || word === 'table') {
        const name = this.qualifiedName(
          this.skipWords(i + 1, ['if', 'not', 'exists']),
        );
        return word === 'view' || this.hasQuery(i) ? name : undefined;
      }
    }
    return undefined;
  }

  private hasQuery(from: number): boolean {
    return this.tokens.some(
      (_t, i) =>
        i > from &&
        (this.word(i) === 'select' ||
          (this.word(i - 1) === 'as' &&
            ['table', 'values'].includes(this.word(i) ?? ''))),
    );
  }

  private scanReadAt(i: number) {
    const word = this.word(i);
    if (word === 'from' && this.fromNamesTables(i)) {
      this.readTableList(i + 1);
    } else if (word === 'join' || word === 'straight_join') {
      this.readTableList(i + 1);
    } else if (word === 'using' && !this.isPunct(i + 1, '(')) {
      // `USING (col)` of a join names columns; `USING (query)` is scanned
      // like any subquery.
      this.readTableList(i + 1);
    } else if (word === 'table' && this.startsQueryTerm(i)) {
      this.readTableList(i + 1);
    }
  }

  /** Not `IS DISTINCT FROM`, `EXTRACT(x FROM y)` or a DELETE's target. */
  private fromNamesTables(i: number): boolean {
    if (this.targetFroms.has(i) || this.word(i - 1) === 'distinct') {
      return false;
    }
    const paren = this.enclosing[i];
    return paren < 0 || this.isQueryParen(paren);
  }

  /** PostgreSQL's `TABLE t` query: at a statement, set operation or `(`. */
  private startsQueryTerm(i: number): boolean {
    const before = this.word(i - 1);
    return (
      i === 0 ||
      this.isPunct(i - 1, '(') ||
      ['as', 'union', 'intersect', 'except', 'all'].includes(before ?? '')
    );
  }

  /** `a [AS x], (sub) y, LATERAL f(…), (b JOIN c ON …)`: records the tables. */
  private readTableList(start: number) {
    let j = this.skipWords(start, ['lateral', 'only']);
    if (this.isPunct(j, '(')) {
      if (!this.isQueryParen(j)) this.readTableList(j + 1);
      j = this.closeOf(j) + 1;
    } else {
      const name = this.qualifiedName(j);
      if (!name) return;
      j = name.next;
      if (this.isPunct(j, '(')) {
        j = this.closeOf(j) + 1; // a table function, not a table
      } else {
        this.recordRead(name);
      }
    }
    j = this.afterAlias(j);
    if (this.isPunct(j, ',')) this.readTableList(j + 1);
  }

  private recordRead(name: Name) {
    if (name.parts.length === 1) {
      if (this.ctes.has(name.parts[0])) return;
      if (PSEUDO_TABLES.has(this.word(name.start) ?? '')) return;
    }
    mention(this.reads, name);
  }

  /** Skips `[AS] alias [(columns)]`. */
  private afterAlias(start: number): number {
    let j = this.word(start) === 'as' ? start + 1 : start;
    const word = this.word(j);
    if (this.tokens[j]?.kind === 'quoted' || (word && !NOT_ALIAS.has(word))) {
      j++;
      if (this.isPunct(j, '(')) j = this.closeOf(j) + 1;
    }
    return j;
  }

  private isQueryParen(i: number): boolean {
    return this.isPunct(i, '(') && QUERY_STARTS.has(this.word(i + 1) ?? '');
  }

  private qualifiedName(start: number): Name | undefined {
    const first = this.identifier(start);
    if (first === undefined || NOT_ALIAS.has(this.word(start) ?? '')) {
      return undefined;
    }
    const parts = [first];
    let j = start + 1;
    while (this.isPunct(j, '.') && this.identifier(j + 1) !== undefined) {
      parts.push(this.identifier(j + 1)!);
      j += 2;
    }
    return { parts, start, next: j };
  }
}

/**
 * The tables a query history entry reads (FROM, JOIN, USING, TABLE) and
 * writes (INSERT, REPLACE, UPDATE, DELETE, MERGE, CREATE TABLE … AS, CREATE
 * [MATERIALIZED] VIEW … AS). Names are qualified as written, unquoted, and
 * lower-cased unless quoted; CTE names, table functions, string literals
 * and comments are left out. Statements that move no data between tables
 * (DDL without a query, COPY … FROM, GRANT, EXPLAIN…) contribute nothing.
 * A heuristic, not a parser: it never throws.
 */
export function lineageFromQuery(
  text: string,
  dialect: SqlDialect = 'postgresql',
): QueryLineage {
  const reads = new Set<string>();
  const writes = new Set<string>();
  for (const statement of splitStatements(tokenizeSql(text, dialect))) {
    const found = new StatementScanner(statement).scan();
    found.reads.forEach(name => reads.add(name));
    found.writes.forEach(name => writes.add(name));
  }
  return { reads: [...reads], writes: [...writes] };
}
