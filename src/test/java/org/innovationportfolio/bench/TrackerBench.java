package org.innovationportfolio.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.logic.packs.ExportRequest;
import org.innovationportfolio.logic.packs.ImportPlan;
import org.innovationportfolio.logic.packs.PackExporter;
import org.innovationportfolio.logic.packs.PackImporter;
import org.innovationportfolio.logic.packs.PackReader;
import org.innovationportfolio.logic.tracker.SpreadsheetFile;
import org.innovationportfolio.logic.tracker.TrackerExport;
import org.innovationportfolio.logic.tracker.TrackerImport;
import org.innovationportfolio.logic.tracker.TrackerPreview;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.sheets.WorkbookSheetReader;
import org.innovationportfolio.sheets.XlsxTrackerWriter;
import org.innovationportfolio.store.Database;

/**
 * Tracker figures: export of a portfolio (all six sheets) warm, with peak heap, and a tracker of the same
 * size read, previewed and imported. Leaves a data folder and a tracker file for timing
 * {@code tracker import FILE} as a whole process. Run with
 * {@code java -Xmx256m -cp target/classes:target/test-classes:<deps> org.innovationportfolio.bench.TrackerBench [projects] [runs]}.
 */
public final class TrackerBench {

    private TrackerBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path work = Files.createTempDirectory("tracker-bench");
        Clock clock = Clock.systemUTC();
        System.out.printf(Locale.UK, "Tracker benchmark: %d projects, %d timed runs after one warm-up, Java %s, %d "
                + "processors, max heap %d MB%n", count, runs, Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        Path folder = Files.createDirectories(work.resolve("portfolio"));
        Path tracker = work.resolve("tracker.xlsx");
        try (Database database = Database.open(folder)) {
            List<Project> projects = BenchPortfolio.projects(count);
            database.store().writing(r -> r.projects().saveAll(projects));
            TrackerExport export = new TrackerExport(database.store(), clock, new XlsxTrackerWriter());
            Path out = work.resolve("export.xlsx");
            time("export (read the portfolio + write six sheets)", runs, () -> export.export(out, Marking.OFFICIAL));
            System.out.printf(Locale.UK, "  workbook %.1f MB%n", Files.size(out) / 1e6);
            List<Project> all = database.store().read(r -> r.projects().findAll());
            time("write only (six sheets, SXSSF)", runs, () -> {
                try (OutputStream stream = Files.newOutputStream(work.resolve("only.xlsx"))) {
                    new XlsxTrackerWriter().write(TrackerExport.workbook(all, null, Marking.OFFICIAL,
                            java.time.LocalDate.now()), stream);
                }
                return null;
            });
            officersTracker(projects, tracker);
            TrackerImport trackers = new TrackerImport(database.store(), database, folder, clock);
            TrackerPreview preview = time("read + preview a " + count + "-row officer's tracker (every row an update)",
                    runs, () -> trackers.preview(new WorkbookSheetReader().read(tracker), (String) null));
            System.out.printf(Locale.UK, "  %s%n", preview.lines().get(3));
            preview.rows().stream().filter(row -> !row.problems().isEmpty()).limit(2)
                    .forEach(row -> System.out.println("  refused: " + row.problems()));
            try {
                TrackerPreview own = time("read + preview our own export of the portfolio (six sheets, every row "
                        + "unchanged)", runs, () -> trackers.preview(new WorkbookSheetReader().read(out), (String) null));
                System.out.printf(Locale.UK, "  %s %s%n", own.lines().get(3), String.join(" ", own.recordSheets()
                        .stream().map(own::recordSummary).toList()));
            } catch (OutOfMemoryError tooBig) {
                // Measured at 256 MB: the whole workbook read by XSSF plus every project twice does not fit.
                System.out.printf(Locale.UK, "read + preview our own export of the portfolio: did not fit in a %d MB "
                        + "heap%n", Runtime.getRuntime().maxMemory() >> 20);
            }
        }
        // Import of the 1,000-row tracker against pack import of the same 1,000 projects, each into an empty
        // portfolio (read + preview or plan + backup + apply), one warm-up then the timed runs.
        Path pack = work.resolve("same.ippack");
        try (Database source = Database.open(Files.createDirectories(work.resolve("pack-source")))) {
            List<Project> projects = BenchPortfolio.projects(count);
            source.store().writing(r -> r.projects().saveAll(projects));
            new PackExporter(source.store(), clock, "bench", work.resolve("pack-source"))
                    .export(ExportRequest.all("Bench"), pack);
        }
        List<Double> trackerSeconds = new ArrayList<>();
        List<Double> packSeconds = new ArrayList<>();
        String trackerResult = "";
        for (int run = 0; run <= runs; run++) {
            Path empty = Files.createDirectories(work.resolve("empty-tracker-" + run));
            try (Database database = Database.open(empty)) {
                TrackerImport trackers = new TrackerImport(database.store(), database, empty, clock);
                long start = System.nanoTime();
                SpreadsheetFile read = new WorkbookSheetReader().read(tracker);
                TrackerImport.Result result = trackers.apply(read, trackers.preview(read, (String) null));
                if (run > 0) {
                    trackerSeconds.add((System.nanoTime() - start) / 1e9);
                }
                trackerResult = result.toString();
            }
            Path packTarget = Files.createDirectories(work.resolve("empty-pack-" + run));
            try (Database database = Database.open(packTarget)) {
                PackImporter importer = new PackImporter(database.store(), database, packTarget,
                        work.resolve("pack-backups"), clock);
                long start = System.nanoTime();
                ImportPlan plan = importer.plan(new PackReader().read(pack));
                importer.apply(plan);
                if (run > 0) {
                    packSeconds.add((System.nanoTime() - start) / 1e9);
                }
            }
        }
        Collections.sort(trackerSeconds);
        Collections.sort(packSeconds);
        double trackerMedian = trackerSeconds.get(trackerSeconds.size() / 2);
        double packMedian = packSeconds.get(packSeconds.size() / 2);
        System.out.printf(Locale.UK, "import a %d-row tracker into an empty portfolio (read + preview + backup + apply): "
                + "median %.3f s, best %.3f s (%s)%n", count, trackerMedian, trackerSeconds.get(0), trackerResult);
        System.out.printf(Locale.UK, "pack import of the same %d projects into an empty portfolio (read + plan + backup "
                + "+ apply; each with 10 milestones, 6 funding lines, 4 outcomes, 5 risks, 5 notes, 8 RAG updates): "
                + "median %.3f s, best %.3f s%n", count, packMedian, packSeconds.get(0));
        System.out.printf(Locale.UK, "tracker import / pack import: %.2f (target at most 2)%n", trackerMedian / packMedian);
        System.out.println("Left for a whole-process run: --data-dir " + folder + " tracker import " + tracker);
    }

    /** The shape officers keep: a title block, then Project, Lead, Stage, RAG, Commentary, End date, two years. */
    static void officersTracker(List<Project> projects, Path file) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("Tracker");
            sheet.createRow(0).createCell(0).setCellValue("Innovation tracker");
            sheet.createRow(1).createCell(0).setCellValue("As at 31/03/2026");
            String[] headers = {"Scheme", "SRO", "Phase", "Overall RAG", "Commentary", "End date", "2030/31", "FY31/32"};
            XSSFRow header = sheet.createRow(3);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            int r = 4;
            for (Project p : projects) {
                XSSFRow row = sheet.createRow(r++);
                row.createCell(0).setCellValue(p.title());
                row.createCell(1).setCellValue("Officer " + (r % 17));
                row.createCell(2).setCellValue(r % 3 == 0 ? "Delivery" : "Embedding");
                row.createCell(3).setCellValue(r % 4 == 0 ? "Amber/Green" : "R");
                row.createCell(4).setCellValue("Monthly update for row " + r + ": recruitment on plan, spend behind.");
                row.createCell(5).setCellValue("31.3.27");
                row.createCell(6).setCellValue("£" + (100 + r) + "k");
                row.createCell(7).setCellValue(250_000 + r);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
    }

    private static <T> T time(String what, int runs, java.util.concurrent.Callable<T> work) throws Exception {
        T result = work.call();
        List<Double> seconds = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        var threads = ManagementFactory.getThreadMXBean();
        long peak = 0;
        for (int i = 0; i < runs; i++) {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            result = work.call();
            seconds.add((System.nanoTime() - start) / 1e9);
            cpu.add((threads.getCurrentThreadCpuTime() - startCpu) / 1e9);
            peak = Math.max(peak, ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum());
        }
        List<Double> sorted = new ArrayList<>(seconds);
        Collections.sort(sorted);
        Collections.sort(cpu);
        System.out.printf(Locale.UK, "%s: median %.3f s, best %.3f s, worst %.3f s (this thread's CPU: median %.3f s, "
                + "best %.3f s); peak heap %d MB%n", what, sorted.get(sorted.size() / 2), sorted.get(0),
                sorted.get(sorted.size() - 1), cpu.get(cpu.size() / 2), cpu.get(0), peak >> 20);
        return result;
    }
}
