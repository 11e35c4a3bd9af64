package org.innovationportfolio.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.innovationportfolio.logic.project.ProjectDocuments;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.ProjectDocument;
import org.innovationportfolio.store.Database;

/**
 * For developers: what locking attached documents costs. Attaches a 10 MB document and opens it (reads it
 * whole, as the viewer's decrypted copy is made) in an unprotected and a protected portfolio, after an untimed
 * warm-up each; prints the median of RUNS. Not a test; run it with the test class path, e.g.
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.innovationportfolio.bench.DocumentEncryptionBench FOLDER [RUNS]} with FOLDER empty.
 */
public final class DocumentEncryptionBench {

    private DocumentEncryptionBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("Usage: DocumentEncryptionBench FOLDER [RUNS]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        byte[] content = new byte[10 * 1024 * 1024];
        new Random(42).nextBytes(content); // like a PDF's compressed streams: nothing to gain by compressing
        Path source = Files.write(Files.createDirectories(folder.resolve("source")).resolve("report.pdf"), content);
        for (boolean protect : new boolean[] {false, true}) {
            Path data = Files.createDirectories(folder.resolve(protect ? "protected" : "plain"));
            try (Database database = Database.open(data)) {
                if (protect) {
                    database.protect("bench password 1".toCharArray());
                }
                Project project = SyntheticPortfolio.projects(1).get(0);
                database.store().writing(r -> r.projects().save(project));
                ProjectDocuments documents = new ProjectDocuments(database.store(), data, Clock.systemUTC());
                long[] attach = new long[runs];
                long[] open = new long[runs];
                for (int i = -1; i < runs; i++) {
                    long start = System.nanoTime();
                    ProjectDocument document = documents.attach(project.id(), source);
                    long attached = System.nanoTime();
                    Path viewable = documents.viewable(document);
                    try (InputStream in = Files.newInputStream(viewable)) {
                        in.transferTo(java.io.OutputStream.nullOutputStream());
                    }
                    long opened = System.nanoTime();
                    if (i >= 0) {
                        attach[i] = (attached - start) / 1_000_000;
                        open[i] = (opened - attached) / 1_000_000;
                    }
                }
                Arrays.sort(attach);
                Arrays.sort(open);
                System.out.printf(Locale.ROOT, "%s: attach 10 MB median %d ms, open median %d ms (%d runs)%n",
                        protect ? "protected" : "unprotected", attach[runs / 2], open[runs / 2], runs);
            }
        }
    }
}
