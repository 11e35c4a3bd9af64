package org.innovationportfolio.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.briefing.BoardReport;
import org.innovationportfolio.logic.briefing.BriefingExport;
import org.innovationportfolio.logic.briefing.BriefingFormat;
import org.innovationportfolio.logic.briefing.BriefingRequest;
import org.innovationportfolio.logic.briefing.BriefingSection;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.logic.briefing.PreparedBriefing;
import org.innovationportfolio.logic.briefing.PrintSize;
import org.innovationportfolio.logic.briefing.RenderProgress;
import org.innovationportfolio.render.DocxRenderer;
import org.innovationportfolio.render.PdfRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code briefing}: a board briefing pack as Word or PDF, from the portfolio, recorded for the next pack's changes. */
@Command(name = "briefing", description = "Writes a briefing pack for a board meeting as a Word document or an accessible "
        + "PDF (PDF/UA), and records it so the next pack can list what changed.")
final class BriefingCommand implements Callable<Integer> {

    private final CliContext context;
    private final RootCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", description = "docx or pdf (default: from the --out file's "
            + "extension, which must then be .docx or .pdf).")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced in one step).")
    private Path out;

    @Option(names = "--board", paramLabel = "NAME", description = "The board or meeting; not empty (default: "
            + BriefingRequest.DEFAULT_BOARD + ").")
    private String board;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The meeting date (default: today).")
    private String date;

    @Option(names = "--author", paramLabel = "NAME", description = "Who the pack is from (default: the council).")
    private String author;

    @Option(names = "--marking", paramLabel = "MARKING", defaultValue = "OFFICIAL",
            description = "OFFICIAL (default) or OFFICIAL-SENSITIVE.")
    private String marking;

    @Option(names = "--projects", paramLabel = "ID,...", split = ",", description = "Only these projects, by id (default: all).")
    private List<String> projects = new ArrayList<>();

    @Option(names = "--sections", paramLabel = "SECTION,...", description = "Only these sections: summary, rag, pipeline, "
            + "funding, milestones, risks, changes, projects (default: all). The cover and contents are always there.")
    private String sections;

    @Option(names = "--large-print", description = "Large print: body text 14 pt and nothing under 12 pt but the "
            + "running header and footer (default: 11 pt body text).")
    private boolean largePrint;
    @Option(names = "--purpose", paramLabel = "TEXT", description = "The report's purpose (default: a sentence saying it "
            + "updates the board on the portfolio and seeks its decisions).")
    private String purpose;

    @Option(names = "--decision", paramLabel = "TEXT", description = "The decision sought from the board for the pack as "
            + "a whole; each project's own decision sought comes from its record.")
    private String decision;

    @Option(names = "--implication", paramLabel = "KIND=TEXT", description = "An implication: financial, legal, "
            + "equalities or risk, e.g. --implication legal=\"None.\" (repeat for each). Remembered for the next pack; "
            + "KIND= with no text forgets it.")
    private Map<String, String> implications = new java.util.LinkedHashMap<>();

    @Option(names = "--contact-name", paramLabel = "NAME", description = "The contact officer's name (remembered).")
    private String contactName;

    @Option(names = "--contact-role", paramLabel = "ROLE", description = "The contact officer's role (remembered).")
    private String contactRole;

    @Option(names = "--contact-email", paramLabel = "EMAIL", description = "The contact officer's email (remembered).")
    private String contactEmail;

    @Option(names = "--contact-phone", paramLabel = "PHONE", description = "The contact officer's phone (remembered).")
    private String contactPhone;

    @Option(names = "--no-remembered", description = "Leave out the implications and contact officer remembered from the "
            + "last pack; only those given here are used (and remembered).")
    private boolean noRemembered;

    BriefingCommand(CliContext context, RootCommand root) {
        this.context = context;
        this.root = root;
    }

    @Override
    public Integer call() {
        // First, before any other check: nothing may be written inside the data folder, whatever it is called.
        Path target = DataFolder.outsideOf(root.dataFolder(), out);
        BriefingFormat chosen = chosenFormat();
        if (board != null && board.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--board is empty: give the board or meeting's name, or "
                    + "leave --board out for \"" + BriefingRequest.DEFAULT_BOARD + "\".");
        }
        LocalDate meeting = meetingDate();
        Marking chosenMarking = parse(() -> Marking.parse(marking));
        List<UUID> ids = projectIds();
        java.util.Set<BriefingSection> chosenSections = parse(() -> BriefingSection.parseList(sections));
        Map<String, String> kinds = implicationKinds();
        try (Workspace workspace = root.openWorkspace()) {
            BriefingExport export = Briefings.export(workspace.store(), context.clock());
            BoardReport report = report(noRemembered ? BoardReport.NONE : export.remembered(), kinds);
            BriefingRequest request = new BriefingRequest(board, meeting, author, chosenMarking, ids, chosenSections, report);
            PreparedBriefing prepared = export.prepare(request);
            export.export(prepared, Map.of(chosen, target), largePrint ? PrintSize.LARGE : PrintSize.STANDARD,
                    RenderProgress.NONE);
            int count = prepared.record().projects().size();
            context.out().println("Wrote a briefing pack for " + request.board() + " (" + count
                    + (count == 1 ? " project" : " projects") + ", " + request.marking().label()
                    + (largePrint ? ", large print" : "") + ") to " + target + ".");
        }
        return 0;
    }

    /**
     * The format asked for, or the one the file name ends in; a file named for one format but asked to hold the
     * other is refused, so a PDF never arrives called .docx.
     */
    private BriefingFormat chosenFormat() {
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        if (format == null) {
            for (BriefingFormat candidate : BriefingFormat.values()) {
                if (candidate.extension().equals(extension)) {
                    return candidate;
                }
            }
            throw new ParameterException(spec.commandLine(), "Say which format to write: end the --out file's name in "
                    + ".docx or .pdf, or add --format docx or --format pdf.");
        }
        BriefingFormat asked = parse(() -> BriefingFormat.parse(format));
        if (!asked.extension().equals(extension)) {
            throw new ParameterException(spec.commandLine(), "--format " + asked.extension() + " writes a "
                    + asked.label() + ", but the --out file \"" + name + "\" is not named ." + asked.extension()
                    + ". Name the file ." + asked.extension() + ", or choose the format its name says.");
        }
        return asked;
    }

    /** The --implication options by kind, refusing a kind that is not one of the four. */
    private Map<String, String> implicationKinds() {
        Map<String, String> kinds = new java.util.HashMap<>();
        implications.forEach((kind, text) -> {
            String key = kind.strip().toLowerCase(java.util.Locale.ROOT);
            if (!List.of("financial", "legal", "equalities", "risk").contains(key)) {
                throw new ParameterException(spec.commandLine(), "--implication " + kind + "=… is not a kind of implication: "
                        + "use financial, legal, equalities or risk, e.g. --implication legal=\"None.\"");
            }
            kinds.put(key, text == null ? "" : text);
        });
        return kinds;
    }

    /** The report's text: each option given replaces the remembered value (empty forgets it); the rest are kept. */
    private BoardReport report(BoardReport remembered, Map<String, String> kinds) {
        BoardReport.Implications was = remembered.implications();
        BoardReport.ContactOfficer who = remembered.contact();
        try {
            return new BoardReport(purpose, decision,
                new BoardReport.Implications(kinds.getOrDefault("financial", was.financial()),
                        kinds.getOrDefault("legal", was.legal()), kinds.getOrDefault("equalities", was.equalities()),
                        kinds.getOrDefault("risk", was.risk())),
                new BoardReport.ContactOfficer(or(contactName, who.name()), or(contactRole, who.role()),
                        or(contactEmail, who.email()), or(contactPhone, who.phone())));
        } catch (org.innovationportfolio.model.InvalidValueException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static String or(String given, String remembered) {
        return given != null ? given : remembered;
    }

    private LocalDate meetingDate() {
        if (date == null) {
            return LocalDate.now(context.clock());
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--date \"" + date + "\" is not a date: write it as YYYY-MM-DD.");
        }
    }

    private List<UUID> projectIds() {
        List<UUID> ids = new ArrayList<>();
        for (String id : projects) {
            try {
                ids.add(UUID.fromString(id.strip()));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--projects \"" + id + "\" is not a project id "
                        + "(ids look like 3f2b6c1e-…; list them with: portfolio list --format csv).");
            }
        }
        return ids;
    }

    /** A wrong choice in an option is a usage error (exit 2), with the message that says what is allowed. */
    private <T> T parse(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (RefusedException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The renderers the app ships, wired here so logic and the window never name them. */
    static final class Briefings {
        private Briefings() {
        }

        static List<org.innovationportfolio.logic.briefing.DocumentRenderer> renderers() {
            return List.of(new DocxRenderer(), new PdfRenderer());
        }

        static BriefingExport export(org.innovationportfolio.logic.ports.Store store, java.time.Clock clock) {
            return new BriefingExport(store, clock, renderers());
        }
    }
}
