package org.innovationportfolio.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.briefing.BriefingExport;
import org.innovationportfolio.logic.briefing.BriefingFormat;
import org.innovationportfolio.logic.briefing.BriefingRequest;
import org.innovationportfolio.logic.briefing.BriefingSection;
import org.innovationportfolio.logic.briefing.ExportCancelledException;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.logic.briefing.PreparedBriefing;
import org.innovationportfolio.logic.briefing.RenderProgress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports write whole files or none: cancelled and failed exports leave nothing behind and say why. */
class BriefingExportTest {

    @TempDir
    static Path data;

    static SamplePortfolioFixture portfolio;
    static BriefingExport export;

    @TempDir
    Path out;

    @BeforeAll
    static void open() {
        portfolio = new SamplePortfolioFixture(data);
        export = portfolio.export();
    }

    @AfterAll
    static void close() {
        portfolio.close();
    }

    private static PreparedBriefing prepared() {
        return export.prepare(new BriefingRequest("Export test board", SamplePortfolioFixture.MEETING, null, Marking.OFFICIAL,
                List.of(), java.util.Set.of(BriefingSection.EXECUTIVE_SUMMARY, BriefingSection.RAG_TABLE)));
    }

    private static int packsRecorded() {
        return portfolio.store().read(r -> r.briefingHistory().findAll().size());
    }

    private List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void writesBothFormatsAndRecordsThePack() throws Exception {
        int before = packsRecorded();
        Map<BriefingFormat, Path> targets = new LinkedHashMap<>();
        targets.put(BriefingFormat.DOCX, out.resolve("pack.docx"));
        targets.put(BriefingFormat.PDF, out.resolve("pack.pdf"));

        List<Path> written = export.export(prepared(), targets, RenderProgress.NONE);

        assertThat(written).containsExactly(out.resolve("pack.docx"), out.resolve("pack.pdf"));
        assertThat(filesIn(out)).containsExactlyInAnyOrder(out.resolve("pack.docx"), out.resolve("pack.pdf"));
        assertThat(Files.readAllBytes(out.resolve("pack.pdf"))).startsWith("%PDF".getBytes());
        assertThat(packsRecorded()).isEqualTo(before + 1);
    }

    @Test
    void cancelledExportLeavesNoFileAndRecordsNothing() throws Exception {
        int before = packsRecorded();
        RenderProgress cancelHalfWay = new RenderProgress() {
            private boolean cancelled;

            @Override
            public void worked(int done, int total) {
                cancelled = done * 2 >= total;
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };

        assertThatThrownBy(() -> export.export(prepared(), Map.of(BriefingFormat.PDF, out.resolve("pack.pdf")), cancelHalfWay))
                .isInstanceOf(ExportCancelledException.class).hasMessageContaining("No file was written");

        assertThat(filesIn(out)).isEmpty();
        assertThat(packsRecorded()).isEqualTo(before);
    }

    @Test
    void exportIntoAMissingFolderFailsSayingWhyAndLeavesNothing() throws Exception {
        Path missing = out.resolve("no-such-folder").resolve("pack.docx");

        assertThatThrownBy(() -> export.export(prepared(), Map.of(BriefingFormat.DOCX, missing), RenderProgress.NONE))
                .isInstanceOf(RefusedException.class).hasMessageContaining("does not exist");

        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void failedSecondFileRemovesTheFirstAndKeepsNoTemporaryFile() throws Exception {
        Files.createDirectory(out.resolve("pack.pdf"));
        Map<BriefingFormat, Path> targets = new LinkedHashMap<>();
        targets.put(BriefingFormat.DOCX, out.resolve("pack.docx"));
        targets.put(BriefingFormat.PDF, out.resolve("pack.pdf"));

        assertThatThrownBy(() -> export.export(prepared(), targets, RenderProgress.NONE))
                .isInstanceOf(RefusedException.class).hasMessageContaining("is a folder");

        assertThat(filesIn(out)).containsExactly(out.resolve("pack.pdf"));
    }

    @Test
    void anExistingPackIsKeptWhenTheExportIsCancelled() throws Exception {
        Path target = out.resolve("pack.docx");
        Files.writeString(target, "the last good pack");
        RenderProgress cancelled = new RenderProgress() {
            @Override
            public void worked(int done, int total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> export.export(prepared(), Map.of(BriefingFormat.DOCX, target), cancelled))
                .isInstanceOf(ExportCancelledException.class);

        assertThat(Files.readString(target)).isEqualTo("the last good pack");
        assertThat(filesIn(out)).containsExactly(target);
    }

    @Test
    void unknownProjectIsRefusedByName() {
        UUID unknown = UUID.fromString("00000000-0000-0000-0000-000000000001");
        BriefingRequest request = new BriefingRequest(null, SamplePortfolioFixture.MEETING, null, null, List.of(unknown), null);

        assertThatThrownBy(() -> export.prepare(request)).isInstanceOf(RefusedException.class)
                .hasMessageContaining(unknown.toString());
    }
}
