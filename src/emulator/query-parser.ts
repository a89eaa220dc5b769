import { QboFault } from './fault-shapes';

/**
 * The QBO query language, as far as this emulator accepts it:
 *   SELECT * | COUNT(*) FROM Entity [WHERE cond (AND cond)*] [ORDERBY field [ASC|DESC]]
 *   [STARTPOSITION n] [MAXRESULTS n]
 * cond: field (= | < | > | <= | >=) literal | field IN (literal, ...) | field LIKE 'pattern'
 * Anything else (OR, parentheses grouping, joins, projections, !=, double quotes...) is a 4000 fault.
 */

type Token =
  | { kind: 'word'; text: string; pos: number }
  | { kind: 'string'; text: string; pos: number }
  | { kind: 'number'; text: string; pos: number }
  | { kind: 'symbol'; text: string; pos: number }
  | { kind: 'end'; text: ''; pos: number };

export type Literal = { kind: 'string'; value: string } | { kind: 'number'; value: string } | { kind: 'boolean'; value: boolean };

export type ComparisonOperator = '=' | '<' | '>' | '<=' | '>=' | 'IN' | 'LIKE';

export interface Condition {
  field: string;
  op: ComparisonOperator;
  values: Literal[];
}

export interface ParsedQuery {
  count: boolean;
  entity: string;
  where: Condition[];
  orderBy?: { field: string; descending: boolean };
  startPosition?: number;
  maxResults?: number;
}

const curlyQuotes = /[\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u2032\u2033]/;

export function tokenize(text: string, rejectCurlyQuotes: boolean): Token[] {
  if (rejectCurlyQuotes) {
    const match = curlyQuotes.exec(text);
    if (match) throw QboFault.queryParser(`Encountered a curly quote "${match[0]}" at position ${match.index}; use straight single quotes and escape a quote inside a literal as \\'`);
  }
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === "'") {
      const start = i;
      let value = '';
      i += 1;
      for (;;) {
        if (i >= text.length) throw QboFault.queryParser(`Unterminated string literal starting at position ${start}`);
        const c = text.charAt(i);
        if (c === '\\') {
          const next = text.charAt(i + 1);
          if (next !== "'" && next !== '\\') {
            throw QboFault.queryParser(`Invalid escape sequence "\\${next}" at position ${i}; only \\' and \\\\ are allowed`);
          }
          value += next;
          i += 2;
        } else if (c === "'") {
          i += 1;
          break;
        } else {
          value += c;
          i += 1;
        }
      }
      tokens.push({ kind: 'string', text: value, pos: start });
    } else if (/[0-9]/.test(ch) || (ch === '-' && /[0-9]/.test(text.charAt(i + 1)))) {
      const match = /^-?\d+(?:\.\d+)?/.exec(text.slice(i));
      const literal = match?.[0] ?? ch;
      tokens.push({ kind: 'number', text: literal, pos: i });
      i += literal.length;
    } else if (/[A-Za-z_]/.test(ch)) {
      const match = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(text.slice(i));
      const word = match?.[0] ?? ch;
      tokens.push({ kind: 'word', text: word, pos: i });
      i += word.length;
    } else if (ch === '<' || ch === '>') {
      const op = text.charAt(i + 1) === '=' ? `${ch}=` : ch;
      tokens.push({ kind: 'symbol', text: op, pos: i });
      i += op.length;
    } else if ('=(),*'.includes(ch)) {
      tokens.push({ kind: 'symbol', text: ch, pos: i });
      i += 1;
    } else {
      throw QboFault.queryParser(`Encountered "${ch}" at position ${i}, which is not part of the query language`);
    }
  }
  tokens.push({ kind: 'end', text: '', pos: text.length });
  return tokens;
}

const reservedWords = new Set(['SELECT', 'FROM', 'WHERE', 'AND', 'OR', 'NOT', 'IN', 'LIKE', 'ORDERBY', 'ORDER', 'BY', 'ASC', 'DESC', 'STARTPOSITION', 'MAXRESULTS', 'COUNT', 'JOIN']);

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(): ParsedQuery {
    this.expectWord('SELECT');
    let count = false;
    if (this.acceptSymbol('*')) {
      count = false;
    } else if (this.peekWord('COUNT')) {
      this.next();
      this.expectSymbol('(');
      this.expectSymbol('*');
      this.expectSymbol(')');
      count = true;
    } else {
      throw this.error('only SELECT * or SELECT COUNT(*) is supported (no projections)');
    }
    this.expectWord('FROM');
    const entity = this.identifier('an entity name');
    const query: ParsedQuery = { count, entity, where: [] };
    if (this.acceptWord('WHERE')) {
      query.where.push(this.condition());
      while (this.acceptWord('AND')) query.where.push(this.condition());
    }
    if (this.peekWord('ORDERBY') || this.peekWord('ORDER')) {
      if (this.acceptWord('ORDER')) this.expectWord('BY');
      else this.next();
      const field = this.identifier('a field to order by');
      let descending = false;
      if (this.acceptWord('DESC')) descending = true;
      else this.acceptWord('ASC');
      query.orderBy = { field, descending };
    }
    for (;;) {
      if (query.startPosition === undefined && this.acceptWord('STARTPOSITION')) {
        query.startPosition = this.integer('STARTPOSITION');
      } else if (query.maxResults === undefined && this.acceptWord('MAXRESULTS')) {
        query.maxResults = this.integer('MAXRESULTS');
      } else {
        break;
      }
    }
    const rest = this.peek();
    if (rest.kind !== 'end') {
      if (rest.kind === 'word' && rest.text.toUpperCase() === 'OR') throw this.error('OR is not supported: conditions can only be joined with AND');
      throw this.error(`unexpected "${rest.text}"`);
    }
    return query;
  }

  private condition(): Condition {
    const token = this.peek();
    if (token.kind === 'symbol' && token.text === '(') throw this.error('parentheses grouping is not supported');
    if (token.kind === 'word' && token.text.toUpperCase() === 'NOT') throw this.error('NOT is not supported');
    const field = this.identifier('a field name');
    const opToken = this.next();
    if (opToken.kind === 'symbol' && ['=', '<', '>', '<=', '>='].includes(opToken.text)) {
      return { field, op: opToken.text as ComparisonOperator, values: [this.literal()] };
    }
    if (opToken.kind === 'word' && opToken.text.toUpperCase() === 'IN') {
      this.expectSymbol('(');
      const values = [this.literal()];
      while (this.acceptSymbol(',')) values.push(this.literal());
      this.expectSymbol(')');
      return { field, op: 'IN', values };
    }
    if (opToken.kind === 'word' && opToken.text.toUpperCase() === 'LIKE') {
      const pattern = this.next();
      if (pattern.kind !== 'string') throw this.errorAt(pattern, 'LIKE needs a quoted pattern');
      return { field, op: 'LIKE', values: [{ kind: 'string', value: pattern.text }] };
    }
    throw this.errorAt(opToken, `expected an operator (=, <, >, <=, >=, IN, LIKE) after ${field}`);
  }

  private literal(): Literal {
    const token = this.next();
    if (token.kind === 'string') return { kind: 'string', value: token.text };
    if (token.kind === 'number') return { kind: 'number', value: token.text };
    if (token.kind === 'word' && /^(true|false)$/i.test(token.text)) return { kind: 'boolean', value: token.text.toLowerCase() === 'true' };
    throw this.errorAt(token, 'expected a value (a quoted string, a number, true or false)');
  }

  private integer(clause: string): number {
    const token = this.next();
    if (token.kind !== 'number' || !/^\d+$/.test(token.text)) throw this.errorAt(token, `${clause} needs a whole number`);
    return Number(token.text);
  }

  private identifier(what: string): string {
    const token = this.next();
    if (token.kind !== 'word' || reservedWords.has(token.text.toUpperCase())) throw this.errorAt(token, `expected ${what}`);
    return token.text;
  }

  private peek(): Token {
    return this.tokens[this.index] ?? { kind: 'end', text: '', pos: 0 };
  }

  private next(): Token {
    const token = this.peek();
    if (this.index < this.tokens.length - 1) this.index += 1;
    return token;
  }

  private peekWord(word: string): boolean {
    const token = this.peek();
    return token.kind === 'word' && token.text.toUpperCase() === word;
  }

  private acceptWord(word: string): boolean {
    if (!this.peekWord(word)) return false;
    this.next();
    return true;
  }

  private expectWord(word: string): void {
    if (!this.acceptWord(word)) throw this.error(`expected ${word}`);
  }

  private acceptSymbol(symbol: string): boolean {
    const token = this.peek();
    if (token.kind !== 'symbol' || token.text !== symbol) return false;
    this.next();
    return true;
  }

  private expectSymbol(symbol: string): void {
    if (!this.acceptSymbol(symbol)) throw this.error(`expected "${symbol}"`);
  }

  private error(message: string): QboFault {
    return this.errorAt(this.peek(), message);
  }

  private errorAt(token: Token, message: string): QboFault {
    const found = token.kind === 'end' ? 'end of query' : `"${token.text}"`;
    return QboFault.queryParser(`${message}; found ${found} at position ${token.pos}`);
  }
}

export function parseQuery(text: string, options: { rejectCurlyQuotes: boolean }): ParsedQuery {
  if (text.trim() === '') throw QboFault.queryParser('empty query');
  return new Parser(tokenize(text, options.rejectCurlyQuotes)).parse();
}
