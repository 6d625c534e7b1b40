/** A WHERE clause built from optional filters, with its bound values in order. */
export class Where {
  private readonly clauses: string[] = [];
  readonly args: unknown[] = [];

  constructor(clause: string, ...values: unknown[]) {
    this.add(clause, ...values);
  }

  add(clause: string, ...values: unknown[]): this {
    this.clauses.push(clause);
    this.args.push(...values);
    return this;
  }

  /** Adds the clause only when `value` is given. */
  optional(clause: string, value: unknown): this {
    return value === undefined || value === null ? this : this.add(clause, value);
  }

  toString(): string {
    return this.clauses.join(' AND ');
  }
}
