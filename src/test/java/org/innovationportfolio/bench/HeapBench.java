package org.innovationportfolio.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.innovationportfolio.logic.portfolio.PortfolioListing;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.logic.sample.SampleLoader;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.store.Database;

/**
 * For developers: heap in use after GC with 1,000 projects loaded as the window loads them (through
 * {@link PortfolioListing}). Not a test; run it after {@code ./mvnw -q -B test-compile
 * dependency:build-classpath -Dmdep.outputFile=target/cp.txt} with
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.innovationportfolio.bench.HeapBench}.
 * Goal: at most 128 MB.
 */
public final class HeapBench {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/London"));
    private static final int PROJECTS = 1000;

    private HeapBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("heap-bench");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (Database database = Database.open(folder)) {
            SampleLoader.load(database.store(), CLOCK);
            List<Project> sample = database.store().read(r -> r.projects().findAll());
            List<Project> copies = new ArrayList<>();
            for (int i = sample.size(); i < PROJECTS; i++) {
                copies.add(withNewIds(sample.get(i % sample.size())));
            }
            database.store().writing(r -> copies.forEach(r.projects()::save));
            copies.clear();
            long baseline = heapAfterGc(memory);
            List<Project> loaded = database.store().read(r -> r.projects().findAll());
            List<PortfolioRow> rows = new PortfolioListing(database.store(), CLOCK).rows();
            long used = heapAfterGc(memory);
            System.out.printf(Locale.UK, "projects loaded: %d whole, %d listing rows%n", loaded.size(), rows.size());
            System.out.printf(Locale.UK, "heap in use after GC, before loading: %.1f MB%n", baseline / 1e6);
            System.out.printf(Locale.UK, "heap in use after GC, 1,000 projects and their rows held: %.1f MB (goal <= 128 MB)%n",
                    used / 1e6);
            System.out.printf(Locale.UK, "of which the projects and rows: %.1f MB%n", (used - baseline) / 1e6);
            // Keeps both reachable until measured.
            if (loaded.isEmpty() || rows.isEmpty()) {
                throw new IllegalStateException("nothing loaded");
            }
        }
    }

    private static long heapAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** A deep copy in which every record component named "id" gets a fresh UUID, so the copy saves beside the original. */
    @SuppressWarnings("unchecked")
    static <T> T withNewIds(T value) throws ReflectiveOperationException {
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            for (Object item : list) {
                copy.add(withNewIds(item));
            }
            return (T) copy;
        }
        if (value == null || !value.getClass().isRecord()) {
            return value;
        }
        RecordComponent[] components = value.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            Object component = components[i].getAccessor().invoke(value);
            args[i] = components[i].getName().equals("id") && component instanceof UUID ? UUID.randomUUID()
                    : withNewIds(component);
        }
        Constructor<?> constructor = value.getClass().getDeclaredConstructor(types);
        return (T) constructor.newInstance(args);
    }
}
