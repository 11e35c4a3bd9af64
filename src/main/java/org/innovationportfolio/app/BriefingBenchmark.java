package org.innovationportfolio.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.innovationportfolio.logic.briefing.BriefingDocument;
import org.innovationportfolio.logic.briefing.BriefingFormat;
import org.innovationportfolio.logic.briefing.PrintSize;
import org.innovationportfolio.logic.briefing.BriefingInputs;
import org.innovationportfolio.logic.briefing.BriefingPackBuilder;
import org.innovationportfolio.logic.briefing.BriefingRequest;
import org.innovationportfolio.logic.briefing.BriefingSection;
import org.innovationportfolio.logic.briefing.DocumentRenderer;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.logic.ports.PackRecord;
import org.innovationportfolio.logic.ports.ProjectSnapshot;
import org.innovationportfolio.logic.briefing.RenderProgress;
import org.innovationportfolio.logic.sample.LargePortfolio;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.render.DocxRenderer;
import org.innovationportfolio.render.PdfRenderer;

/**
 * Times a briefing pack for a large portfolio: Word and PDF built and rendered warm in this process, and
 * LibreOffice converting the same Word file to PDF as a whole process, against the goals (DOCX at most 1 s,
 * PDF at most half LibreOffice's time).
 */
final class BriefingBenchmark {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final int LIBREOFFICE_RUNS = 3;

    private final PrintStream out;
    private final int warmUp;
    private final int runs;
    private final PrintSize size;

    BriefingBenchmark(PrintStream out, int warmUp, int runs, PrintSize size) {
        this.out = out;
        this.warmUp = warmUp;
        this.runs = runs;
        this.size = size;
    }

    /** Runs the three measurements for {@code size} projects, leaving bench.docx and bench.pdf in {@code folder}. */
    void run(int count, Path folder, java.util.Set<BriefingFormat> formats) throws IOException, InterruptedException {
        List<Project> projects = LargePortfolio.of(count, TODAY);
        BriefingRequest request = new BriefingRequest("Children's Services Improvement Board", TODAY.plusDays(10),
                "Innovation Lead", Marking.OFFICIAL, List.of(), BriefingSection.all());
        BriefingInputs inputs = new BriefingInputs("Northbrook Borough Council (fictional)", projects, Map.of(),
                Optional.of(previousPack(projects)), TODAY, TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC));
        out.printf("Briefing pack benchmark: %d projects, %s print, %d warm-up and %d timed runs each, heap limit %d MB%n",
                count, size, warmUp, runs, Runtime.getRuntime().maxMemory() >> 20);
        double docxSeconds = -1;
        double pdfSeconds = -1;
        Path docxFile = folder.resolve("bench.docx");
        if (formats.contains(BriefingFormat.DOCX)) {
            byte[] docx = time("DOCX (build + POI render)", inputs, request, new DocxRenderer());
            docxSeconds = lastMedian;
            Files.write(docxFile, docx);
            out.printf("File: %s (%,d bytes)%n", docxFile, docx.length);
        }
        if (formats.contains(BriefingFormat.PDF)) {
            byte[] pdf = time("PDF  (build + iText PDF/UA render)", inputs, request, new PdfRenderer());
            pdfSeconds = lastMedian;
            Files.write(folder.resolve("bench.pdf"), pdf);
            out.printf("File: %s (%,d bytes)%n", folder.resolve("bench.pdf"), pdf.length);
        }
        // The old generation's peak is what a run kept alive; young pools' peaks are garbage and do not add up.
        long kept = 0;
        for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getName().contains("Old")
                    && pool.getPeakUsage() != null) {
                kept = Math.max(kept, pool.getPeakUsage().getUsed());
            }
        }
        out.printf("Heap: old generation peak %d MB; the heap may grow to %d MB%n", kept >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        if (docxSeconds < 0) {
            return;
        }
        double libreOffice = libreOffice(docxFile, folder);
        out.printf("Goal DOCX <= 0.5 s (100 projects): %.3f s -> %s%n", docxSeconds, docxSeconds <= 0.5 ? "met" : "NOT met");
        if (libreOffice > 0 && pdfSeconds > 0) {
            double ratio = pdfSeconds / libreOffice;
            out.printf("Goal PDF <= 0.5 x LibreOffice: %.3f s / %.3f s = %.2f x -> %s%n", pdfSeconds, libreOffice, ratio,
                    ratio <= 0.5 ? "met" : "NOT met");
        }
    }

    private double lastMedian;

    private byte[] time(String label, BriefingInputs inputs, BriefingRequest request, DocumentRenderer renderer) throws IOException {
        byte[] bytes = null;
        for (int i = 0; i < warmUp; i++) {
            bytes = once(inputs, request, renderer);
        }
        double[] seconds = new double[runs];
        double[] cpu = new double[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            bytes = once(inputs, request, renderer);
            seconds[i] = (System.nanoTime() - start) / 1e9;
            cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e9;
        }
        Arrays.sort(seconds);
        Arrays.sort(cpu);
        lastMedian = seconds[runs / 2];
        // CPU time too: on a shared machine the wall time carries other processes' load.
        out.printf("%-38s median %.3f s (min %.3f, max %.3f); this thread's CPU median %.3f s%n", label, lastMedian,
                seconds[0], seconds[runs - 1], cpu[runs / 2]);
        return bytes;
    }

    private byte[] once(BriefingInputs inputs, BriefingRequest request, DocumentRenderer renderer) throws IOException {
        BriefingDocument document = BriefingPackBuilder.build(request, inputs);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        renderer.render(document, size, bytes, RenderProgress.NONE);
        return bytes.toByteArray();
    }

    /** The median wall time of LibreOffice converting the file, whole process, after one run to make its profile; -1 if absent. */
    private double libreOffice(Path docx, Path folder) throws IOException, InterruptedException {
        Path profile = folder.resolve("lo-profile");
        List<String> command = List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", folder.resolve("libreoffice").toString(), docx.toString());
        try {
            run(command);
        } catch (IOException e) {
            out.println("LibreOffice (soffice) is not installed: its conversion was not measured.");
            return -1;
        }
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < LIBREOFFICE_RUNS; i++) {
            long start = System.nanoTime();
            run(command);
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        seconds.sort(Double::compare);
        double median = seconds.get(LIBREOFFICE_RUNS / 2);
        out.printf("%-38s median %.3f s (min %.3f, max %.3f)%n", "LibreOffice DOCX -> PDF (process)", median, seconds.get(0),
                seconds.get(seconds.size() - 1));
        return median;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("LibreOffice took more than five minutes");
        }
        if (process.exitValue() != 0) {
            throw new IOException("LibreOffice exited with " + process.exitValue());
        }
    }

    /** The last pack, as if a quarter ago: every fourth project a stage earlier and every seventh not yet rated. */
    private static PackRecord previousPack(List<Project> projects) {
        List<ProjectSnapshot> before = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            ProjectSnapshot now = ProjectSnapshot.of(projects.get(i));
            Stage stage = i % 4 == 0 && now.stage().ordinal() > 0 && now.stage().isOpen()
                    ? Stage.values()[now.stage().ordinal() - 1] : now.stage();
            before.add(new ProjectSnapshot(now.projectId(), now.title(), stage, i % 7 == 0 ? null : now.rag(), now.milestones()));
        }
        return new PackRecord(UUID.nameUUIDFromBytes("bench-previous".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Instant.parse("2026-09-01T09:00:00Z"), "Children's Services Improvement Board", LocalDate.of(2026, 9, 10),
                Marking.OFFICIAL, before);
    }
}
