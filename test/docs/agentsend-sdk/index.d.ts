// Types of the stand-in (index.js): the SDK's method names with loosely typed answers.
export interface AgentSendConfig {
  apiKey: string;
  baseUrl?: string;
  maxRetries?: number;
  retryDelay?: number;
  timeout?: number;
}
export interface Inbox {
  id: string;
  address: string;
  displayName: string | null;
  [field: string]: unknown;
}
export interface Message {
  id: string;
  status: string;
  subject: string;
  direction: string;
  [field: string]: unknown;
}
export interface Page<T> {
  data: T[];
  total: number;
}
type Params = Record<string, unknown>;
export declare class AgentSendError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string);
}
export declare class AuthenticationError extends AgentSendError {}
export declare class NotFoundError extends AgentSendError {}
export declare class ValidationError extends AgentSendError {}
export declare class RateLimitError extends AgentSendError {}
export declare class AgentSend {
  constructor(config: AgentSendConfig);
  readonly inboxes: {
    create(p?: Params): Promise<Inbox>;
    list(q?: Params): Promise<Page<Inbox>>;
    get(id: string): Promise<Inbox>;
    delete(id: string): Promise<void>;
  };
  readonly messages: {
    send(inboxId: string, p: Params): Promise<Message>;
    list(inboxId: string, q?: Params): Promise<Page<Message>>;
    get(id: string): Promise<Message>;
    delete(id: string): Promise<void>;
  };
  readonly threads: {
    list(inboxId: string): Promise<Page<Params>>;
    get(id: string): Promise<Params>;
    messages(id: string): Promise<Page<Message>>;
  };
  readonly webhooks: {
    create(p: Params): Promise<Params>;
    list(): Promise<Page<Params>>;
    get(id: string): Promise<Params>;
    update(id: string, p: Params): Promise<Params>;
    delete(id: string): Promise<void>;
  };
  readonly domains: {
    add(p: Params): Promise<Params>;
    list(q?: Params): Promise<Page<Params>>;
    get(id: string): Promise<Params>;
    verify(id: string): Promise<Params>;
    delete(id: string): Promise<void>;
  };
  readonly attachments: { get(id: string): Promise<Params> };
}
