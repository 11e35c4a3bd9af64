package org.innovationportfolio.app;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/**
 * What every command works with: where to print, the environment it was started with, and the clock.
 *
 * @param out the command's output (data or a one-line summary)
 * @param err messages when something is refused or wrong
 * @param env the process environment (a plain map in tests)
 * @param clock today's date comes from here
 */
record CliContext(PrintStream out, PrintStream err, Map<String, String> env, Clock clock) {
}
