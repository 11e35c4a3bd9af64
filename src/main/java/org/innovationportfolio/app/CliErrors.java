package org.innovationportfolio.app;

import java.io.PrintWriter;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.model.InvalidValueException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Turns what goes wrong into the exit codes of the command-line contract: 1 refused, 2 usage. */
final class CliErrors {

    static final int REFUSED = 1;
    static final int USAGE = 2;

    private CliErrors() {
    }

    /** True for the exceptions whose message is written for the user and which mean nothing changed. */
    static boolean isRefusal(Throwable e) {
        return e instanceof RefusedException || e instanceof InvalidValueException;
    }

    /** A refusal prints its message alone; anything else is logged in full and summarised in one line. */
    static final class Execution implements IExecutionExceptionHandler {
        private final CliContext context;

        Execution(CliContext context) {
            this.context = context;
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
            if (e instanceof PortfolioPassword.Unavailable) {
                context.err().println(e.getMessage());
                return USAGE;
            }
            if (isRefusal(e)) {
                LoggerFactory.getLogger(CliErrors.class).info("Refused: {}", e.getMessage(), e);
                context.err().println(e.getMessage());
                return REFUSED;
            }
            LoggerFactory.getLogger(CliErrors.class).error("Unexpected failure in {}", commandLine.getCommandName(), e);
            String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
            context.err().println("Innovation Portfolio could not finish: " + what + (what.endsWith(".") ? "" : ".")
                    + " The details are in the log file in the data folder (logs/" + LogSetup.LOG_FILE + ").");
            return REFUSED;
        }
    }

    /** picocli's own message, a suggestion for a mistyped name, and where to find help. */
    static final class Usage implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException e, String[] args) {
            CommandLine commandLine = e.getCommandLine();
            PrintWriter err = commandLine.getErr();
            err.println(e.getMessage());
            UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return USAGE;
        }
    }
}
