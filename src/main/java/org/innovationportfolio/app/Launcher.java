package org.innovationportfolio.app;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import picocli.CommandLine;

/**
 * The jar's main class: with no command it opens the window, with one it runs headless. Not a
 * JavaFX Application, so the command line never starts JavaFX.
 */
public final class Launcher {

    /** Fixes today's date, as YYYY-MM-DD; for tests and automation. */
    static final String TODAY_VARIABLE = "INNOVATION_PORTFOLIO_TODAY";

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    /** Runs as the jar does, with today's date from {@code INNOVATION_PORTFOLIO_TODAY} or the system clock. */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        Clock clock;
        try {
            clock = clockFrom(env);
        } catch (DateTimeParseException e) {
            err.println(TODAY_VARIABLE + " is \"" + env.get(TODAY_VARIABLE) + "\": write the date as YYYY-MM-DD, "
                    + "for example 2026-11-23.");
            return CliErrors.USAGE;
        }
        return run(args, out, err, env, clock);
    }

    /** Runs with the given clock: the exit code is the process's. */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, Clock clock) {
        CliContext context = new CliContext(out, err, env, clock);
        CommandLine commandLine = RootCommand.opensWindow(args)
                ? RootCommand.windowCommandLine(context)
                : RootCommand.commandLine(context);
        int exitCode = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        out.flush();
        err.flush();
        return exitCode;
    }

    private static Clock clockFrom(Map<String, String> env) {
        String today = env.get(TODAY_VARIABLE);
        ZoneId zone = ZoneId.systemDefault();
        if (today == null || today.isBlank()) {
            return Clock.system(zone);
        }
        // Midday, so that no time-zone shift can move the fixed date to the day before or after.
        return Clock.fixed(LocalDate.parse(today.strip()).atTime(12, 0).atZone(zone).toInstant(), zone);
    }
}
