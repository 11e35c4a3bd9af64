package org.innovationportfolio.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.packs.ImportPlan;
import org.innovationportfolio.logic.packs.ImportResult;
import org.innovationportfolio.logic.packs.Pack;
import org.innovationportfolio.logic.packs.PackImporter;
import org.innovationportfolio.logic.packs.PackReader;
import org.innovationportfolio.logic.packs.PlanReport;
import org.innovationportfolio.logic.packs.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code pack import FILE}: checks the whole pack, prints the plan, and (unless a dry run) applies it
 * after an automatic backup. New projects are added and projects only the sender changed are updated;
 * {@code --policy} settles projects both sides changed.
 */
@Command(name = "import", description = "Previews (--dry-run) or imports a project pack, printing the plan. The "
        + "portfolio is backed up first; 'pack undo-import' puts it back.")
final class PackImportCommand implements Callable<Integer> {

    private final CliContext context;
    private final RootCommand root;

    @Parameters(paramLabel = "FILE", description = "The pack file (.ippack).")
    private Path file;

    @Option(names = "--dry-run", description = "Show the plan and change nothing.")
    private boolean dryRun;

    @Option(names = "--policy", paramLabel = "POLICY", defaultValue = "keep-mine", converter = PolicyConverter.class,
            completionCandidates = Policies.class, description = "For projects changed on both sides: keep-mine "
                    + "(default), take-theirs or keep-both (theirs added as a copy).")
    private Resolution policy;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = PlanFormat.Converter.class,
            description = "text (default) or json.")
    private PlanFormat format;

    PackImportCommand(CliContext context, RootCommand root) {
        this.context = context;
        this.root = root;
    }

    @Override
    public Integer call() {
        Path pack = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(pack)) {
            throw new RefusedException("There is no pack file at " + pack + ". Nothing was imported.");
        }
        // The whole file is read and checked before the portfolio is even opened.
        Pack read = new PackReader().read(pack);
        ImportPlan plan;
        ImportResult result = null;
        try (Workspace workspace = root.openWorkspace()) {
            PackImporter importer = new PackImporter(workspace.store(), workspace.database(), workspace.folder(),
                    workspace.folder().resolve("backups"), context.clock());
            plan = importer.plan(read).settleConflicts(policy);
            if (!dryRun) {
                result = importer.apply(plan);
            }
        }
        if (format == PlanFormat.JSON) {
            byte[] bytes = PlanReport.json(plan, result);
            context.out().write(bytes, 0, bytes.length);
            context.out().flush();
        } else {
            PlanReport.text(plan, result).forEach(line -> context.out().println(line));
        }
        return 0;
    }

    /** Reads keep-mine, take-theirs or keep-both. */
    static final class PolicyConverter implements ITypeConverter<Resolution> {
        @Override
        public Resolution convert(String value) {
            try {
                return Resolution.parse(value);
            } catch (RefusedException e) {
                throw new TypeConversionException("expected one of keep-mine, take-theirs, keep-both but was '"
                        + value + "'");
            }
        }
    }

    /** Lists the policies in --help. */
    static final class Policies implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Resolution.values()).map(Resolution::option).iterator();
        }
    }

    /** How the plan is printed. */
    enum PlanFormat {
        TEXT, JSON;

        /** Reads "text" or "json". */
        static final class Converter implements ITypeConverter<PlanFormat> {
            @Override
            public PlanFormat convert(String value) {
                return switch (value.strip().toLowerCase(Locale.ROOT)) {
                    case "json" -> JSON;
                    case "text" -> TEXT;
                    default -> throw new TypeConversionException("expected one of text, json but was '" + value + "'");
                };
            }
        }
    }
}
