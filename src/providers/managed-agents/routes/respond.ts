/** Small helpers every route file uses: the caller's tenant, and JSON answers. */
import type { HandlerContext, HandlerResult } from '../../../engine/provider.js';
import type { Db } from '../../../engine/store.js';
import type { ManagedAgentsPrincipal } from '../auth.js';

export function tenantOf(ctx: HandlerContext): string {
  return (ctx.principal as ManagedAgentsPrincipal).tenant;
}

export function principalOf(ctx: HandlerContext): ManagedAgentsPrincipal {
  return ctx.principal as ManagedAgentsPrincipal;
}

export function dbOf(ctx: HandlerContext): Db {
  return ctx.store.db;
}

export const ok = (body: unknown, status = 200): HandlerResult => ({ status, body });
