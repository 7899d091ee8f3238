/*
 * newsgraph's error kinds. Callers branch on the class (or `exitCode`), never on the message.
 *   UsageError        bad arguments or options               exit 2
 *   EnvironmentError  something outside newsgraph is missing exit 2 (Java, Maven, Chromium, Neo4j down)
 *   InputError        some input could not be used           exit 1
 */
export class NewsgraphError extends Error {
  readonly exitCode: number = 1;
}

export class UsageError extends NewsgraphError {
  override readonly exitCode = 2;
}

export class EnvironmentError extends NewsgraphError {
  override readonly exitCode = 2;
}

/** Neo4j could not be reached or refused the credentials. */
export class DatabaseUnavailableError extends EnvironmentError {
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

/** A query the user wrote tried to change the database. */
export class WriteRefusedError extends NewsgraphError {
  override readonly exitCode = 1;
}
