/**
 * The vocabulary of contract-test flows: a step names a contract operation by operationId, says
 * how to fill its path parameters, query and body from the variables earlier steps captured, and
 * which status it expects. Paths come from the contract, never from the flow.
 */

/** Values captured by earlier steps (ids, addresses) plus the run's unique suffix. */
export type Vars = Record<string, any>;

/**
 * Which credentials a request carries: the run's API key, none, or a token an earlier step captured
 * (`{bearer: 'session'}` sends `Authorization: Bearer <vars.session>`), for APIs with more than one
 * kind of credential. Error cases derived from a step keep a captured-token choice.
 */
export type StepAuth = 'key' | 'none' | { bearer: string };

export interface RequestTemplate {
  params?: (v: Vars) => Record<string, string>;
  query?: (v: Vars) => Record<string, string>;
  /** JSON body, or a FormData for multipart operations; a string is sent as is (set its content-type in headers). */
  body?: (v: Vars) => unknown;
  /** Extra request headers (e.g. a non-JSON content-type, or an agent signature with auth 'none'). */
  headers?: (v: Vars) => Record<string, string>;
  /** Credentials; the run's API key unless given. */
  auth?: StepAuth;
}

/** A resource a step made, to delete afterwards with `--cleanup`. */
export interface Creates {
  kind: string;
  /** Variable holding the new resource's id. */
  idVar: string;
  /** Absent when the API cannot delete it: then it is always reported as left behind. */
  deleteOperation?: string;
  /** Name of the path parameter of the delete operation. */
  param: string;
  /** The delete operation's other path parameters (e.g. the domain of an inbox). */
  params?: (v: Vars) => Record<string, string>;
  /** Status of a successful delete; 204 unless given. */
  deleteStatus?: number;
  /** Credentials of the delete; the run's API key unless given. */
  auth?: StepAuth;
}

export interface FlowStep extends RequestTemplate {
  /** Unique within the flow; also the JUnit test name. */
  id: string;
  title: string;
  operation: string;
  /** The one status a correct server answers with. */
  expect: number;
  /** 'main' steps run first, then the error cases, then 'teardown' steps. */
  phase: 'main' | 'teardown';
  /** Variables this step cannot run without. */
  needs?: string[];
  /** Variables `capture` sets (used to pull in prerequisites for `--only`). */
  provides?: string[];
  capture?: (body: any, v: Vars) => void;
  /** A behavioural check beyond the schema; returns what is wrong, or null. */
  check?: (body: any, v: Vars) => string | null;
  creates?: Creates;
  /** Variable naming the resource this step deletes (removes it from the cleanup ledger). */
  deletes?: string;
  /** Run only against a loopback target (an emulator); elsewhere the step is skipped with this reason. */
  loopbackOnly?: string;
  /**
   * 'control': the operation is on the emulator's control plane (contracts/<provider>.control.yaml),
   * sent without the API key (with the control token when given); such a step is loopback-only.
   */
  plane?: 'control';
}

export interface ErrorCase extends RequestTemplate {
  id: string;
  title: string;
  operation: string;
  expect: number;
  /** Replaces every path parameter with this value. */
  pathValue?: string;
}

export interface FlowDefinition {
  provider: string;
  steps: FlowStep[];
  /** Request builders for operations no step calls successfully (e.g. account sign-up on a real target). */
  templates: Record<string, RequestTemplate>;
  /** Explicit error cases beyond the ones derived from the contract. */
  errorCases: ErrorCase[];
  /** Values used in error cases for variables no step captured. */
  placeholders: (run: string) => Vars;
  /** A well-formed unknown value per path parameter name, where a random UUID is not one. */
  unknownIds?: Record<string, () => string>;
}
