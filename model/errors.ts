/*
 * newsgraph's error kinds, one table for the CLI and the API. Callers branch on the class (or its
 * `code`), never on the message. Each kind carries:
 *   code        its name in API answers ({ error: code, message })
 *   exitCode    what the CLI exits with: 1 some input could not be used, 2 usage or environment
 *   httpStatus  what the API answers with
 *
 *   kind                      code                 exit  HTTP
 *   NewsgraphError            BadRequest            1    400
 *   UsageError                BadRequest            2    400   bad arguments or options
 *   EnvironmentError          BadRequest            2    400   Java, Maven, Chromium missing
 *   DatabaseUnavailableError  DatabaseUnavailable   2    503   Neo4j down or refusing the login
 *   InputError                BadRequest            1    400   some input could not be used
 *   NotFoundError             NotFound              1    404   no node, relationship or article of that id
 *   UnknownNodeError          NotFound              1    404   an export's node id matches nothing
 *   EmptyScopeError           EmptyScope            1    422   an export's scope holds no nodes
 *   UnknownFormatError        BadRequest            2    400   an export format that does not exist
 *   WriteRefusedError         WriteRefused          1    403   a user's query would change the database
 *   UnknownQueryError         NotFound              2    404   no saved query of that name
 *   QueryParamError           BadParams             2    400   parameters unknown, missing or ill-typed
 *   QueryFileError            BadQuery              1    400   a query file whose header cannot be used
 *   CypherError               CypherError           1    400   Neo4j rejected the Cypher text
 *   QueryTimeoutError         QueryTimeout          1    504   a query ran past its time limit (not 408:
 *                                                                browsers resend a request answered 408)
 *   UnauthorizedError         Unauthorized          2    401   the server's token is missing or wrong
 *   ForbiddenError            Forbidden             2    403   a host name or origin the server refuses
 */
export class NewsgraphError extends Error {
  readonly code: string = 'BadRequest';
  readonly exitCode: number = 1;
  readonly httpStatus: number = 400;
}

export class UsageError extends NewsgraphError {
  override readonly exitCode = 2;
}

export class EnvironmentError extends NewsgraphError {
  override readonly exitCode = 2;
}

/** Neo4j could not be reached or refused the credentials. */
export class DatabaseUnavailableError extends EnvironmentError {
  override readonly code = 'DatabaseUnavailable';
  override readonly httpStatus = 503;
  constructor(
    message: string,
    readonly uri: string,
  ) {
    super(message);
  }
}

export class InputError extends NewsgraphError {
  override readonly exitCode = 1;
}

/** A node, relationship or article that was asked for does not exist. */
export class NotFoundError extends InputError {
  override readonly code = 'NotFound';
  override readonly httpStatus = 404;
}

/** No node has the id an export was asked for. */
export class UnknownNodeError extends NotFoundError {
  constructor(readonly id: string) {
    super(`no node has id "${id}"`);
  }
}

/** An export's scope holds nothing, so there is nothing to write. */
export class EmptyScopeError extends InputError {
  override readonly code = 'EmptyScope';
  override readonly httpStatus = 422;
}

/** An unknown export format; the message lists the known ones. */
export class UnknownFormatError extends UsageError {
  constructor(
    readonly format: string,
    known: readonly string[],
  ) {
    super(
      `unknown export format "${format}"; the formats are: ${known.join(', ')} (and png, svg of the view, from the explorer)`,
    );
  }
}

/** A query the user wrote tried to change the database. */
export class WriteRefusedError extends NewsgraphError {
  override readonly code = 'WriteRefused';
  override readonly exitCode = 1;
  override readonly httpStatus = 403;
}

/** No query of that name in the library or among the saved queries. */
export class UnknownQueryError extends UsageError {
  override readonly code = 'NotFound';
  override readonly httpStatus = 404;
}

/** Parameters that are unknown, missing or of the wrong type. The message lists the expected ones. */
export class QueryParamError extends UsageError {
  override readonly code = 'BadParams';
}

/** A query file (shipped or saved) whose header cannot be used. */
export class QueryFileError extends InputError {
  override readonly code = 'BadQuery';
}

/** Neo4j rejected the Cypher text (syntax, unknown procedure, type error at run time). */
export class CypherError extends InputError {
  override readonly code = 'CypherError';
  constructor(
    message: string,
    /** Neo4j's own code, e.g. Neo.ClientError.Statement.SyntaxError. */
    readonly neo4jCode: string,
  ) {
    super(message);
  }
}

/** The query ran past its time limit and the server stopped it. */
export class QueryTimeoutError extends NewsgraphError {
  override readonly code = 'QueryTimeout';
  override readonly exitCode = 1;
  override readonly httpStatus = 504;
  constructor(
    message: string,
    readonly timeoutMs: number,
  ) {
    super(message);
  }
}

/** The API needs its token (NEWSGRAPH_TOKEN) and the request does not carry it. */
export class UnauthorizedError extends UsageError {
  override readonly code = 'Unauthorized';
  override readonly httpStatus = 401;
}

/** A request from a host name or origin the server does not serve. */
export class ForbiddenError extends UsageError {
  override readonly code = 'Forbidden';
  override readonly httpStatus = 403;
}
