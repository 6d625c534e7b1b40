/** What every route file shares: the handler type with this provider's principal, and JSON answers. */
import type { Handler, HandlerContext, HandlerResult } from '../../../engine/provider.js';
import type { ManagedAgentsPrincipal } from '../auth.js';

export type Ctx = HandlerContext<ManagedAgentsPrincipal>;
export type MaHandler = Handler<ManagedAgentsPrincipal>;

export const ok = (body: unknown, status = 200): HandlerResult => ({ status, body });
