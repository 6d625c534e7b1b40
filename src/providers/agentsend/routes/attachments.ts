import type { Handler } from '../../../engine/provider.js';

// Operations of this group not listed here answer 501 NOT_IMPLEMENTED in the provider envelope.
export const handlers: Record<string, Handler> = {};
