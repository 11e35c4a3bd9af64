package org.innovationportfolio.app;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.packs.PackFormat;
import org.innovationportfolio.store.PostgresAddress;
import org.innovationportfolio.store.PostgresPasswords;
import org.innovationportfolio.store.TeamDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

/** The top-level command: with no subcommand it opens the window; it also holds the global --data-dir. */
@Command(name = "innovation-portfolio",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = AppVersion.Provider.class,
        usageHelpAutoWidth = true,
        description = {
            "Your portfolio of children's services innovations, with briefing packs and project packs.",
            "With no command, opens the application window. With a command, works without a display."},
        footer = {"",
            "Exit codes: 0 done; 1 refused (the message says why, nothing changed);",
            "2 usage error.",
            "",
            "Environment:",
            "  INNOVATION_PORTFOLIO_HOME   the data folder when --data-dir is not given",
            "  INNOVATION_PORTFOLIO_TODAY  fixes today's date (YYYY-MM-DD), for tests",
            "                              and automation",
            "  INNOVATION_PORTFOLIO_PASSWORD  the password of a protected portfolio",
            "                              (else asked for at the terminal)",
            "  PGPASSWORD, PGPASSFILE, PGUSER  as for PostgreSQL's own tools, with",
            "                              --database"})
final class RootCommand implements Callable<Integer> {

    private final CliContext context;

    // Inherited: picocli sets this field whether the option comes before or after the subcommand.
    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The folder your portfolio lives in (default: $INNOVATION_PORTFOLIO_HOME, else your "
                    + "user data folder).")
    private Path dataDir;

    // Inherited, as --data-dir. Only an address: the password is never an option (a process list would show it).
    @Option(names = "--database", paramLabel = "postgresql://HOST:PORT/DATABASE", scope = ScopeType.INHERIT,
            description = "A team portfolio on a PostgreSQL server instead of the portfolio in the data folder "
                    + "(portfolio list only, so far). The password comes from PGPASSWORD or your PostgreSQL "
                    + "password file (~/.pgpass, or PGPASSFILE), else you are asked. The connection is encrypted "
                    + "(TLS) unless the server is on this computer.")
    private String database;

    // Local: a subcommand's own arguments are never taken for a pack.
    @Parameters(index = "0", arity = "0..1", paramLabel = "PACK.ippack", scope = ScopeType.LOCAL,
            description = "A project pack to open in the window's import preview (as a double-click on the file "
                    + "does). If the window is already open, it is handed the pack.")
    private Path pack;

    RootCommand(CliContext context) {
        this.context = context;
    }

    /** The command line with every subcommand, printing to the context's streams. */
    static CommandLine commandLine(CliContext context) {
        RootCommand root = new RootCommand(context);
        CommandLine commandLine = new CommandLine(root)
                .addSubcommand(new CommandLine(new Groups.Sample())
                        .addSubcommand(new SampleLoadCommand(context, root)))
                .addSubcommand(new CommandLine(new Groups.Catalogue())
                        .addSubcommand(new CatalogueExportCommand(context, root))
                        .addSubcommand(new CatalogueListCommand(context, root)))
                .addSubcommand(new CommandLine(new Groups.Portfolio())
                        .addSubcommand(new PortfolioListCommand(context, root)))
                .addSubcommand(new BriefingCommand(context, root))
                .addSubcommand(new CommandLine(new Groups.Pack())
                        .addSubcommand(new PackExportCommand(context, root))
                        .addSubcommand(new PackImportCommand(context, root))
                        .addSubcommand(new PackUndoImportCommand(context, root)))
                .addSubcommand(new CommandLine(new TrackerGroup())
                        .addSubcommand(new TrackerExportCommand(context, root))
                        .addSubcommand(new TrackerImportCommand(context, root))
                        .addSubcommand(new TrackerUndoImportCommand(context, root)))
                .addSubcommand(new CommandLine(new Groups.Team())
                        .addSubcommand(new TeamInitCommand(context, root))
                        .addSubcommand(new TeamMigrateCommand(context, root)))
                .addSubcommand(new BackupCommand(context, root))
                .addSubcommand(new RestoreCommand(context, root))
                .addSubcommand(new CommandLine(new BenchCommand(context))
                        .addSubcommand(new BriefingBenchCommand(context))
                        .addSubcommand(new EncryptionBenchCommand(context)));
        return withStreams(commandLine, context);
    }

    /**
     * Only the top-level command, for arguments that name no subcommand (at most --data-dir): it
     * opens the window without building the whole command tree, which costs a noticeable part of a
     * second on every start.
     */
    static CommandLine windowCommandLine(CliContext context) {
        return withStreams(new CommandLine(new RootCommand(context)), context);
    }

    /**
     * True when {@code args} are only --data-dir and its folder, and at most one project pack (a name
     * ending in {@value PackFormat#EXTENSION}), so the command is the window.
     */
    static boolean opensWindow(String[] args) {
        boolean packSeen = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--data-dir=") && args[i].length() > "--data-dir=".length()) {
                continue;
            }
            if (!packSeen && isPackName(args[i])) {
                packSeen = true;
                continue;
            }
            if (!args[i].equals("--data-dir") || i + 1 >= args.length || args[i + 1].startsWith("-")) {
                return false;
            }
            i++;
        }
        return true;
    }

    /** A name the window opens as a project pack: not an option, and ending in .ippack (any case). */
    static boolean isPackName(String argument) {
        return !argument.startsWith("-") && argument.toLowerCase(Locale.ROOT)
                .endsWith(PackFormat.EXTENSION);
    }

    private static CommandLine withStreams(CommandLine commandLine, CliContext context) {
        commandLine.setOut(new PrintWriter(context.out(), true));
        commandLine.setErr(new PrintWriter(context.err(), true));
        commandLine.setExecutionExceptionHandler(new CliErrors.Execution(context));
        commandLine.setParameterExceptionHandler(new CliErrors.Usage());
        return commandLine;
    }

    /** No subcommand: the window, on the import preview of a pack if one was given. */
    @Override
    public Integer call() {
        if (database != null) {
            throw new RefusedException("The window cannot open a team portfolio yet. To list it, run: "
                    + "innovation-portfolio portfolio list --database " + database);
        }
        if (pack != null && !isPackName(pack.toString())) {
            // Most likely a mistyped command: opening a window on it would only puzzle.
            context.err().println("'" + pack + "' is neither a command nor a project pack (a file ending in "
                    + PackFormat.EXTENSION + "). See --help for the commands.");
            return CliErrors.USAGE;
        }
        return WindowLauncher.open(context, this);
    }

    /** The project pack given on the command line, absolute; null when none was. */
    Path pack() {
        return pack == null ? null : pack.toAbsolutePath().normalize();
    }

    /** The data folder, created and checked, with the log file set up inside it. */
    Path dataFolder() {
        refuseTeamPortfolio();
        return logFolder();
    }

    /** The data folder, created and checked, with the log file set up inside it (a team portfolio logs there too). */
    private Path logFolder() {
        Path folder = DataFolder.prepare(DataFolder.choose(dataDir, context.env()));
        LogSetup.toDataFolder(folder);
        return folder;
    }

    /** Opens the portfolio in the data folder; the shipped catalogue is installed or updated first. */
    Workspace openWorkspace() {
        return Workspace.open(dataFolder(), true, context);
    }

    /** A command's own choice of data folder (team migrate's --data), in place of --data-dir. */
    void useDataFolder(Path folder) {
        if (dataDir != null && !dataDir.equals(folder)) {
            throw new RefusedException("Give the data folder once: --data " + folder + " and --data-dir " + dataDir
                    + " name different folders. Nothing was done.");
        }
        dataDir = folder;
    }

    /** True when --database names a team portfolio to work on instead of the data folder's. */
    boolean usesTeamPortfolio() {
        return database != null;
    }

    /**
     * Connects to the team portfolio named by --database (migrating its schema): the password from
     * {@code PGPASSWORD} or the PostgreSQL password file, else typed at the console when there is one.
     *
     * @throws RefusedException when the address is not usable or the server cannot be reached; the message says why
     */
    TeamDatabase openTeamPortfolio() {
        return openTeamPortfolio(database);
    }

    /** As {@link #openTeamPortfolio()}, for the team portfolio at {@code database} (a command's own option). */
    TeamDatabase openTeamPortfolio(String database) {
        PostgresAddress address = PostgresAddress.parse(database);
        logFolder();
        PostgresPasswords passwords = new PostgresPasswords(context.env(), Path.of(System.getProperty("user.home")),
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"));
        return TeamDatabase.open(address, passwords, question -> {
            Console console = System.console();
            return console == null ? null : console.readPassword("%s", question);
        });
    }

    /** The team portfolio's address that --database gives; refused when there is none. */
    PostgresAddress teamAddress(String command) {
        if (database == null) {
            throw new RefusedException(command + " works on a team portfolio: give its address with --database "
                    + "postgresql://HOST:PORT/DATABASE. Nothing was done.");
        }
        return PostgresAddress.parse(database);
    }

    /** Commands other than those that know team portfolios refuse --database rather than ignore it. */
    private void refuseTeamPortfolio() {
        if (database != null) {
            throw new RefusedException("This command works on the portfolio in the data folder, not yet on a team "
                    + "portfolio. Run it without --database; nothing was done.");
        }
    }
}
