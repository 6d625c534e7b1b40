/**
 * Row objects built in JavaScript instead of by better-sqlite3.
 *
 * In its default mode better-sqlite3 builds each row object in C++ and interns every column name
 * again for every row: for a 20-column row that costs more than running the query (a 50-row page
 * of inboxes took 390-460 µs that way against 175-190 µs as raw arrays turned into objects here,
 * on the machine of issue 15's measurements). A raw array is cheap to make, and one function per
 * statement, compiled from its column names the first time it returns a row, turns the array into
 * the same object a caller would have got: the same keys in the same order, and where two columns
 * share a name the later value under the first position, as an object literal with a repeated key
 * does.
 *
 * Callers keep using `get`, `all` and `iterate` as before. A statement's own `raw`, `pluck` and
 * `expand` modes are switched off on these statements (they throw), since the wrapper would build
 * objects from their output: nothing in mailsim uses them, and one that wants them prepares its
 * statement on a connection of its own.
 */
import type Database from 'better-sqlite3';

type Row = Record<string, unknown>;
type RowBuilder = (values: unknown[]) => Row;

/** A function from a raw row to its object, for these column names. */
function compileBuilder(names: string[]): RowBuilder {
  const fields = names.map((name, i) => `${JSON.stringify(name)}: v[${i}]`).join(', ');
  return new Function('v', `return { ${fields} };`) as RowBuilder;
}

/**
 * Switches a reading statement to raw rows and wraps `get`, `all` and `iterate` so they still
 * answer with objects. Leaves a statement alone when it writes without returning rows, or when a
 * column is named `__proto__` (a literal with that key would set the prototype instead).
 */
export function buildRowsInJs(stmt: Database.Statement): void {
  if (!stmt.reader) return;
  let names = stmt.columns().map((c) => c.name);
  if (names.includes('__proto__')) return;
  let build = compileBuilder(names);
  // SQLite re-prepares a statement when the schema changes under it: a `SELECT *` prepared before
  // a migration can come back with more columns than it had, so the names are read again. Only the
  // count is compared (per row, it must stay cheap): mailsim's migrations add columns and tables,
  // and a change that renamed a column while keeping the count would not be seen here.
  const toObject = (values: unknown[]): Row => {
    if (values.length !== names.length) {
      names = stmt.columns().map((c) => c.name);
      build = compileBuilder(names);
    }
    return build(values);
  };
  const get = stmt.get;
  const all = stmt.all;
  const iterate = stmt.iterate;
  stmt.raw(true);
  const wrapped = stmt as unknown as Record<string, unknown>;
  wrapped.get = (...params: unknown[]) => {
    const values = get.apply(stmt, params) as unknown[] | undefined;
    return values === undefined ? undefined : toObject(values);
  };
  wrapped.all = (...params: unknown[]) => {
    const rows = all.apply(stmt, params) as unknown[][];
    for (let i = 0; i < rows.length; i++) (rows as unknown[])[i] = toObject(rows[i] as unknown[]);
    return rows;
  };
  wrapped.iterate = function* (...params: unknown[]) {
    for (const values of iterate.apply(stmt, params) as Iterable<unknown[]>) yield toObject(values);
  };
  for (const mode of ['raw', 'pluck', 'expand'] as const) {
    wrapped[mode] = () => {
      throw new Error(`${mode}() is not available on the statement cache's statements: rows are built in JS`);
    };
  }
}
