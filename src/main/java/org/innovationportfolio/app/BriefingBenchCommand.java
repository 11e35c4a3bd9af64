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

    BriefingBenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path folder = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("briefing-bench");
        new BriefingBenchmark(context.out()).run(projects, folder);
        return 0;
    }
}
