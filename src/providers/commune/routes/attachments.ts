import type { Handler } from '../../../engine/provider.js';

// Operations of this group not listed here answer 501 in the provider's error shape.
export const handlers: Record<string, Handler> = {};
