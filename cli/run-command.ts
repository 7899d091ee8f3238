/*
 * How every CLI command ends: errors of a known kind print one line (no stack trace unless --verbose)
 * and set the exit code; 0 success, 1 some input failed, 2 usage or environment error.
 */
import { NewsgraphError } from '#model/errors.ts';
import { printable } from './printable.ts';

/** A message for the terminal: its lines kept, control characters within each escaped. */
function terminalText(message: string): string {
  return message.split('\n').map(printable).join('\n');
}

export function isVerbose(): boolean {
  return process.argv.includes('--verbose') || process.env.NEWSGRAPH_VERBOSE === '1';
}

/** Wraps a command action: known errors become one line on stderr and an exit code. */
export function runCommand<A extends unknown[]>(
  action: (...args: A) => Promise<number | void>,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      const code = await action(...args);
      if (typeof code === 'number') process.exitCode = code;
    } catch (error) {
      if (error instanceof NewsgraphError) {
        process.stderr.write(`newsgraph: ${terminalText(error.message)}\n`);
        if (isVerbose() && error.stack) process.stderr.write(`${error.stack}\n`);
        process.exitCode = error.exitCode;
      } else {
        process.stderr.write(
          `newsgraph: unexpected error: ${terminalText((error as Error).message ?? String(error))}\n`,
        );
        if (isVerbose()) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
        else process.stderr.write('newsgraph: run again with --verbose for the stack trace\n');
        process.exitCode = 2;
      }
    }
  };
}

/** A repeatable option's values, in order (commander's accumulator for `--param a=1 --param b=2`). */
export function collectRepeated(value: string, previous: string[]): string[] {
  return [...previous, value];
}
