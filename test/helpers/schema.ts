/**
 * A database file's schema as plain data, for comparing two databases: tables with their columns,
 * indexes and foreign keys, triggers and views, and the migrations recorded as applied.
 */
import Database from 'better-sqlite3';

export function schemaOf(file: string): unknown {
  const db = new Database(file, { readonly: true });
  try {
    const squash = (sql: string | null): string | null => sql?.replace(/\s+/g, ' ').trim() ?? null;
    const tables = (db.pragma('table_list') as { schema: string; name: string; type: string }[])
      .filter((t) => t.schema === 'main' && !t.name.startsWith('sqlite_'))
      .sort((a, b) => a.name.localeCompare(b.name));
    type Entry = { type: string; name: string; sql: string | null };
    const entries = db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all() as Entry[];
    const indexSql = new Map(entries.filter((e) => e.type === 'index').map((e) => [e.name, squash(e.sql)]));
    const others = entries.filter((e) => e.type === 'trigger' || e.type === 'view');
    return {
      tables: tables.map((t) => ({
        name: t.name,
        type: t.type,
        columns: db.pragma(`table_xinfo("${t.name}")`),
        indexes: (db.pragma(`index_list("${t.name}")`) as { name: string }[])
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((i) => ({ ...i, sql: indexSql.get(i.name), columns: db.pragma(`index_xinfo("${i.name}")`) })),
        foreignKeys: db.pragma(`foreign_key_list("${t.name}")`),
      })),
      others: others.map((o) => ({ ...o, sql: squash(o.sql) })),
      migrations: db.prepare('SELECT scope, version, name FROM schema_version ORDER BY scope, version').all(),
    };
  } finally {
    db.close();
  }
}
