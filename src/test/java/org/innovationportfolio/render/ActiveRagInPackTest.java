package org.innovationportfolio.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.innovationportfolio.logic.SettingKeys;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.logic.briefing.PreparedBriefing;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pack's RAG figures and Red list count only projects under way: the sample's Stopped pilot, Red when it stopped,
 * is listed apart with the Closed project; RAGs older than the officer's threshold (a stored setting) are flagged.
 */
class ActiveRagInPackTest {

    @TempDir
    Path data;

    @Test
    void stoppedAndClosedProjectsAreNotCountedAndStaleRagsAreFlaggedAfterTheStoredThreshold() throws Exception {
        try (SamplePortfolioFixture portfolio = new SamplePortfolioFixture(data)) {
            portfolio.store().writing(r -> r.settings().put(SettingKeys.RAG_STALE_AFTER_WEEKS, "2"));
            List<Project> projects = portfolio.projects();
            Project stopped = projects.stream().filter(p -> p.stage() == Stage.STOPPED).findFirst().orElseThrow();
            assertThat(stopped.rag()).contains(Rag.RED);
            List<Project> active = projects.stream().filter(p -> p.stage().isOpen()).toList();
            List<String> activeRed = active.stream().filter(p -> p.rag().orElse(null) == Rag.RED).map(Project::title).toList();
            List<String> stale = active.stream().filter(p -> p.currentStatus().isPresent() && ChronoUnit.DAYS.between(
                    p.currentStatus().get().date(), SamplePortfolioFixture.TODAY) > 14).map(Project::title).toList();
            assertThat(stale).isNotEmpty();

            PreparedBriefing pack = portfolio.export().prepare(SamplePortfolioFixture.request(Marking.OFFICIAL));
            try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(RenderedPacks.render(new DocxRenderer(),
                    pack.document())))) {
                List<String> paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();

                assertThat(paragraphs).contains("RAG status of the " + active.size() + " projects under way: " + activeRed.size()
                        + " Red, " + count(active, Rag.AMBER) + " Amber, " + count(active, Rag.GREEN)
                        + " Green; not counted: 1 Closed, 1 Stopped.");
                assertThat(paragraphs).anyMatch(p -> p.startsWith("RAG status over 2 weeks old: " + stale.size() + " projects ("));
                stale.forEach(title -> assertThat(paragraphs).anyMatch(p -> p.startsWith("RAG status over 2 weeks old")
                        && p.contains(title)));
                String red = paragraphs.stream().filter(p -> p.startsWith("At Red and needing the board's attention: "))
                        .findFirst().orElseThrow();
                activeRed.forEach(title -> assertThat(red).contains(title));
                assertThat(red).doesNotContain(stopped.title());

                XWPFTable ended = docx.getTables().stream().filter(t -> t.getRow(0).getCell(2).getText().equals("Since"))
                        .findFirst().orElseThrow();
                assertThat(ended.getText()).contains(stopped.title()).contains("Stopped").contains("Closed");
                XWPFTable ragTable = docx.getTables().stream()
                        .filter(t -> t.getRow(0).getCell(3).getText().equals("Status date")).findFirst().orElseThrow();
                assertThat(ragTable.getText()).doesNotContain(stopped.title()).contains("(stale)");
            }
        }
    }

    private static long count(List<Project> projects, Rag rag) {
        return projects.stream().filter(p -> p.rag().orElse(null) == rag).count();
    }
}
