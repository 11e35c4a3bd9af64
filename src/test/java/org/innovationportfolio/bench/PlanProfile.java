package org.innovationportfolio.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.innovationportfolio.logic.packs.ExportRequest;
import org.innovationportfolio.logic.packs.Pack;
import org.innovationportfolio.logic.packs.PackExporter;
import org.innovationportfolio.logic.packs.PackImporter;
import org.innovationportfolio.logic.packs.PackReader;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.store.Database;

/** For developers: where a dry run's time goes (read, findAll, plan), printed per phase. */
public final class PlanProfile {

    private PlanProfile() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("plan-profile");
        List<Project> projects = BenchPortfolio.projects(1000);
        try (Database db = Database.open(Files.createDirectories(work.resolve("db")))) {
            db.store().writing(r -> r.projects().saveAll(projects));
            Path pack = work.resolve("p.ippack");
            new PackExporter(db.store(), Clock.systemUTC(), "x", work.resolve("db")).export(ExportRequest.all("x"), pack);
            PackImporter importer = new PackImporter(db.store(), db, work.resolve("db"), work.resolve("b"), Clock.systemUTC());
            for (int i = 0; i < 4; i++) {
                long t0 = System.nanoTime();
                Pack read = new PackReader().read(pack);
                long t1 = System.nanoTime();
                db.store().read(r -> r.projects().findAll());
                long t2 = System.nanoTime();
                List<java.util.UUID> ids = read.projects().stream().map(Project::id).toList();
                db.store().read(r -> r.projects().findByIds(ids));
                long t3 = System.nanoTime();
                java.util.Set<java.util.UUID> all = new java.util.HashSet<>();
                read.projects().forEach(p -> {
                    all.add(p.id());
                    p.milestones().forEach(x -> all.add(x.id()));
                    p.funding().forEach(x -> all.add(x.id()));
                    p.risks().forEach(x -> all.add(x.id()));
                    p.notes().forEach(x -> all.add(x.id()));
                    p.statusHistory().forEach(x -> all.add(x.id()));
                    p.outcomes().forEach(o -> {
                        all.add(o.id());
                        o.actuals().forEach(a -> all.add(a.id()));
                    });
                });
                db.store().read(r -> r.projects().owners(all));
                long t4 = System.nanoTime();
                importer.plan(read);
                long t5 = System.nanoTime();
                System.out.printf("read %.3f findAll %.3f findByIds %.3f owners(%d) %.3f plan %.3f%n", (t1 - t0) / 1e9,
                        (t2 - t1) / 1e9, (t3 - t2) / 1e9, all.size(), (t4 - t3) / 1e9, (t5 - t4) / 1e9);
            }
        }
    }
}
