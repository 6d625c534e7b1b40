/** The control plane's one error shape, `{"error":{"code","message"}}`, and its 400 error type. */
import type { Response } from 'express';

/** A bad control-plane request; routes answer it with 400. */
export class BadRequest extends Error {}

const DEFAULT_CODES: Record<number, string> = { 400: 'BAD_REQUEST', 404: 'NOT_FOUND', 409: 'CONFLICT', 408: 'TIMEOUT' };

export function problem(res: Response, status: number, message: string, code = DEFAULT_CODES[status] ?? 'ERROR'): void {
  res.status(status).json({ error: { code, message } });
}
