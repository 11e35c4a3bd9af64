package org.innovationportfolio.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.logic.sample.SampleLoader;
import org.innovationportfolio.logic.tracker.SpreadsheetFile;
import org.innovationportfolio.logic.tracker.TrackerExport;
import org.innovationportfolio.logic.tracker.TrackerImport;
import org.innovationportfolio.logic.tracker.TrackerPreview;
import org.innovationportfolio.logic.tracker.TrackerPreview.Kind;
import org.innovationportfolio.logic.tracker.TrackerPreview.RecordRow;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.MilestoneStatus;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Risk;
import org.innovationportfolio.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's round trip on real files: the sample portfolio exported, cells of the Milestones, Funding and
 * Risks sheets edited with POI (a forecast date, an amount awarded, a likelihood, a score on its own, a new
 * milestone row without an id), imported, and the whole portfolio compared with what it was: only those
 * values changed. Undo puts every project back exactly.
 */
class TrackerRoundTripTest {

    static final Clock EXPORTED = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);
    static final Clock IMPORTED = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    static final Instant NOW = IMPORTED.instant();

    @TempDir
    Path dataFolder;
    @TempDir
    Path files;
    Database database;
    TrackerImport trackers;

    @BeforeEach
    void samplePortfolio() {
        database = Database.open(dataFolder);
        SampleLoader.load(database.store(), EXPORTED);
        trackers = new TrackerImport(database.store(), database, dataFolder, IMPORTED);
    }

    @AfterEach
    void close() {
        database.close();
    }

    List<Project> portfolio() {
        return database.store().read(r -> r.projects().findAll());
    }

    /** As Excel saves an edit: a fresh cell with the column's style. */
    static XSSFCell replace(XSSFRow row, int column) {
        XSSFCell old = row.getCell(column);
        CellStyle style = old == null ? null : old.getCellStyle();
        if (old != null) {
            row.removeCell(old);
        }
        XSSFCell cell = row.createCell(column);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    static String text(XSSFRow row, int column) {
        return row.getCell(column).getStringCellValue();
    }

    @Test
    void onlyTheEditedCellsOfTheOtherSheetsChangeAndUndoPutsItAllBack() throws Exception {
        List<Project> before = portfolio();
        Path exported = files.resolve("tracker.xlsx");
        new TrackerExport(database.store(), EXPORTED, new XlsxTrackerWriter()).export(exported, Marking.OFFICIAL);

        Path edited = files.resolve("tracker edited.xlsx");
        UUID milestoneId;
        LocalDate newForecast;
        UUID fundingId;
        Money newAward = Money.ofPence(123_456_00L);
        UUID riskId;
        int newLikelihood;
        UUID staleRiskId;
        int scoreRow;
        UUID newMilestoneProject;
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet milestones = book.getSheet("Milestones");
            XSSFRow m = milestones.getRow(1);
            milestoneId = UUID.fromString(text(m, 2));
            Milestone was = find(before, Project::milestones, Milestone::id, milestoneId);
            newForecast = was.forecast() == null ? LocalDate.of(2027, 1, 29) : was.forecast().plusDays(30);
            replace(m, 5).setCellValue(newForecast);
            // A new milestone typed at the bottom: the project's id copied, no milestone id.
            XSSFRow added = milestones.createRow(milestones.getLastRowNum() + 1);
            newMilestoneProject = UUID.fromString(text(m, 0));
            added.createCell(0).setCellValue(newMilestoneProject.toString());
            added.createCell(1).setCellValue(text(m, 1));
            added.createCell(3).setCellValue("Go-live review with the board");
            XSSFCell baseline = added.createCell(4);
            baseline.setCellValue(LocalDate.of(2027, 6, 30));
            baseline.setCellStyle(m.getCell(4).getCellStyle());
            added.createCell(7).setCellValue("Not started");

            XSSFRow f = book.getSheet("Funding").getRow(2);
            fundingId = UUID.fromString(text(f, 2));
            assertThat(find(before, Project::funding, FundingLine::id, fundingId).awarded()).isNotEqualTo(newAward);
            replace(f, 7).setCellValue(123_456.00);

            XSSFSheet risks = book.getSheet("Risks");
            XSSFRow r = risks.getRow(1);
            riskId = UUID.fromString(text(r, 2));
            int likelihood = (int) r.getCell(4).getNumericCellValue();
            newLikelihood = likelihood == 5 ? 4 : likelihood + 1;
            // The score beside it is left as it was (stale), as a person editing the likelihood leaves it.
            replace(r, 4).setCellValue(newLikelihood);
            XSSFRow s = risks.getRow(2);
            scoreRow = 3;
            staleRiskId = UUID.fromString(text(s, 2));
            int score = (int) s.getCell(6).getNumericCellValue();
            replace(s, 6).setCellValue(score == 25 ? 24 : score + 1);
            try (OutputStream out = Files.newOutputStream(edited)) {
                book.write(out);
            }
        }

        SpreadsheetFile read = new WorkbookSheetReader().read(edited);
        TrackerPreview preview = trackers.preview(read, (String) null);
        assertThat(preview.mapping().sheet()).isEqualTo("Projects");
        assertThat(preview.rows()).allMatch(row -> row.kind() == Kind.UNCHANGED);
        assertThat(preview.recordSheets()).containsExactly("Milestones", "Funding", "RAG history", "Risks", "Outcomes");
        assertThat(preview.recordSummary("Milestones")).matches("Milestones: 1 new, 1 to update, \\d+ unchanged, 0 refused.");
        assertThat(preview.recordSummary("Funding")).matches("Funding: 0 new, 1 to update, \\d+ unchanged, 0 refused.");
        assertThat(preview.recordSummary("Risks")).matches("Risks: 0 new, 1 to update, \\d+ unchanged, 1 refused.");
        assertThat(preview.recordSummary("Outcomes")).matches("Outcomes: 0 new, 0 to update, \\d+ unchanged, 0 refused.");
        assertThat(preview.recordSummary("RAG history")).matches("RAG history: 0 new, 0 to update, \\d+ unchanged, 0 refused.");
        RecordRow refused = preview.records().stream().filter(row -> row.kind() == Kind.REFUSED).findFirst().orElseThrow();
        assertThat(refused.number()).isEqualTo(scoreRow);
        assertThat(refused.problems()).singleElement().asString().startsWith("Risks G" + scoreRow + ": the score ")
                .contains("Change the Likelihood or Impact instead.");
        assertThat(String.join("\n", preview.lines())).contains("Milestones row 2: update")
                .contains("Forecast: ").contains("→ " + org.innovationportfolio.logic.project.DateText.format(newForecast))
                .contains("New milestone \"Go-live review with the board\", due 30 Jun 2027")
                .contains("Awarded: ").contains("→ £123,456.00")
                .contains("Likelihood: ").contains("Score: ");
        assertThat(portfolio()).as("a preview changes nothing").isEqualTo(before);

        TrackerImport.Result result = trackers.apply(read, preview);
        assertThat(result.backup()).exists();
        assertThat(result.records()).isEqualTo(new TrackerImport.Records(1, 3, result.records().unchanged(), 1));
        assertThat(result.toString()).startsWith("0 new, 0 updated, 14 unchanged, 0 refused; on the other sheets 1 new, "
                + "3 updated, ");

        List<Project> after = portfolio();
        assertThat(after).hasSameSizeAs(before);
        Map<UUID, Project> afterById = after.stream().collect(Collectors.toMap(Project::id, p -> p));
        for (Project was : before) {
            Project now = afterById.get(was.id());
            List<Milestone> milestones = new ArrayList<>();
            for (Milestone m : was.milestones()) {
                milestones.add(m.id().equals(milestoneId) ? new Milestone(m.id(), m.title(), m.baseline(), newForecast,
                        m.completed(), m.status(), m.owner(), NOW) : m);
            }
            if (was.id().equals(newMilestoneProject)) {
                Milestone made = now.milestones().stream().filter(m -> m.title().equals("Go-live review with the board"))
                        .findFirst().orElseThrow();
                assertThat(made.baseline()).isEqualTo(LocalDate.of(2027, 6, 30));
                assertThat(made.forecast()).isNull();
                assertThat(made.status()).isEqualTo(MilestoneStatus.NOT_STARTED);
                assertThat(made.owner()).isNull();
                milestones.add(made);
            }
            List<FundingLine> funding = was.funding().stream().map(f -> f.id().equals(fundingId)
                    ? new FundingLine(f.id(), f.source(), f.type(), f.year(), newAward, f.spent(), f.forecast(),
                            f.status(), f.reference(), f.conditions(), NOW) : f).toList();
            List<Risk> risks = was.risks().stream().map(r -> r.id().equals(riskId) ? new Risk(r.id(), r.description(),
                    newLikelihood, r.impact(), r.owner(), r.mitigation(), r.status(), NOW) : r).toList();
            boolean touched = !milestones.equals(was.milestones()) || !funding.equals(was.funding())
                    || !risks.equals(was.risks());
            Project expected = new Project(was.id(), was.title(), was.innovationId(), was.stage(), was.leadOfficer(),
                    was.sponsor(), was.governanceBoard(), was.startDate(), was.endDate(), was.targetCohort(),
                    was.objectives(), was.tags(), was.partners(), was.statusHistory(), was.stageHistory(), milestones,
                    funding, was.outcomes(), risks, was.notes(), was.provenance(), was.created(),
                    touched ? NOW : was.lastModified(), was.decisionSought());
            assertThat(now).as(was.title()).isEqualTo(expected);
        }
        Risk staleAfter = find(after, Project::risks, Risk::id, staleRiskId);
        Risk staleBefore = find(before, Project::risks, Risk::id, staleRiskId);
        assertThat(staleAfter).isEqualTo(staleBefore);

        TrackerPreview again = trackers.preview(new WorkbookSheetReader().read(edited), (String) null);
        assertThat(again.recordSummary("Milestones")).as("the new row has no id, so it would be added again")
                .startsWith("Milestones: 1 new, 0 to update");
        assertThat(again.recordSummary("Funding")).startsWith("Funding: 0 new, 0 to update");

        trackers.undoLast();
        assertThat(portfolio()).isEqualTo(before);
    }

    @Test
    void aRowThatNamesNoRecordOfItsProjectIsRefusedWithItsCell() throws Exception {
        Path exported = files.resolve("tracker.xlsx");
        new TrackerExport(database.store(), EXPORTED, new XlsxTrackerWriter()).export(exported, Marking.OFFICIAL);
        Path edited = files.resolve("edited.xlsx");
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet milestones = book.getSheet("Milestones");
            replace(milestones.getRow(1), 2).setCellValue(UUID.randomUUID().toString());
            replace(milestones.getRow(2), 5).setCellValue("31/02/2027");
            XSSFRow rag = book.getSheet("RAG history").getRow(1);
            replace(rag, 4).setCellValue("Rewritten after the event");
            try (OutputStream out = Files.newOutputStream(edited)) {
                book.write(out);
            }
        }
        List<Project> before = portfolio();
        TrackerPreview preview = trackers.preview(new WorkbookSheetReader().read(edited), (String) null);
        List<RecordRow> refused = preview.records().stream().filter(r -> r.kind() == Kind.REFUSED).toList();
        assertThat(refused).hasSize(3);
        assertThat(refused.get(0).problems()).singleElement().asString().startsWith("Milestones C2: no milestone of ")
                .endsWith("Clear the id to add the row as a new milestone.");
        assertThat(refused.get(1).problems()).singleElement().asString().startsWith("Milestones F3: 31/02/2027");
        assertThat(refused.get(2).sheet()).isEqualTo("RAG history");
        assertThat(refused.get(2).problems()).singleElement().asString().startsWith("RAG history C2: ")
                .contains("change the RAG and Commentary on the Projects sheet");
        assertThat(preview.changesPortfolio()).isFalse();
        TrackerImport.Result result = trackers.apply(new WorkbookSheetReader().read(edited), preview);
        assertThat(result.backup()).isNull();
        assertThat(portfolio()).isEqualTo(before);
    }

    static <T> T find(List<Project> projects, Function<Project, List<T>> records, Function<T, UUID> id, UUID wanted) {
        return projects.stream().flatMap(p -> records.apply(p).stream()).filter(r -> id.apply(r).equals(wanted))
                .findFirst().orElseThrow();
    }
}
