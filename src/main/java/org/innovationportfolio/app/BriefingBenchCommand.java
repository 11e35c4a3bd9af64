package org.innovationportfolio.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench briefing}, for developers: DOCX and PDF times in process and LibreOffice's conversion, against the goals. */
@Command(name = "briefing", description = "For developers: times a briefing pack for a large generated portfolio: DOCX and "
        + "PDF warm in this process, and LibreOffice converting the same DOCX (whole process), with the ratios to the goals.")
final class BriefingBenchCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--projects", defaultValue = "100", paramLabel = "N", description = "Projects in the portfolio (default 100).")
    private int projects;

    @Option(names = "--keep", paramLabel = "DIR", description = "Leave bench.docx and bench.pdf in this folder.")
    private Path keep;

    @Option(names = "--formats", defaultValue = "docx,pdf", split = ",", paramLabel = "FORMAT,...",
            description = "docx, pdf or both (default both).")
    private java.util.List<String> formats;

    @Option(names = "--runs", defaultValue = "10", paramLabel = "N", description = "Timed runs of each (default 10).")
    private int runs;

    @Option(names = "--warmup", defaultValue = "5", paramLabel = "N", description = "Untimed runs first (default 5).")
    private int warmup;

    @Option(names = "--large-print", description = "Time the large-print pack.")
    private boolean largePrint;

    BriefingBenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path folder = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("briefing-bench");
        java.util.Set<org.innovationportfolio.logic.briefing.BriefingFormat> chosen = new java.util.LinkedHashSet<>();
        for (String format : formats) {
            chosen.add(org.innovationportfolio.logic.briefing.BriefingFormat.parse(format));
        }
        new BriefingBenchmark(context.out(), Math.max(0, warmup), Math.max(1, runs),
                largePrint ? org.innovationportfolio.logic.briefing.PrintSize.LARGE
                        : org.innovationportfolio.logic.briefing.PrintSize.STANDARD).run(projects, folder, chosen);
        return 0;
    }
}
