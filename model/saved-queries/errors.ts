/*
 * The saved-query error kinds (see ../errors.ts for the hierarchy and exit codes). Callers branch
 * on the class, never on the message.
 */
import { InputError, NewsgraphError, UsageError } from '../errors.ts';

/** No query of that name in the library or among the saved queries. */
export class UnknownQueryError extends UsageError {}

/** Parameters that are unknown, missing or of the wrong type. The message lists the expected ones. */
export class QueryParamError extends UsageError {}

/** A query file (shipped or saved) whose header cannot be used. */
export class QueryFileError extends InputError {}

/** Neo4j rejected the Cypher text (syntax, unknown procedure, type error at run time). */
export class CypherError extends InputError {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** The query ran past its time limit and the server stopped it. */
export class QueryTimeoutError extends NewsgraphError {
  override readonly exitCode = 1;
  constructor(
    message: string,
    readonly timeoutMs: number,
  ) {
    super(message);
  }
}
