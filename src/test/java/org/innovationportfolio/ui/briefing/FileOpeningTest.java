package org.innovationportfolio.ui.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.innovationportfolio.ui.ImmediateTaskRunner;
import org.innovationportfolio.ui.RecordingDialogService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a file: a program is never handed to the desktop, and a file no application opens is offered in its folder. */
class FileOpeningTest {

    @TempDir
    Path folder;

    private final RecordingDialogService dialogs = new RecordingDialogService();

    private Path file(String name) throws Exception {
        return Files.writeString(folder.resolve(name), "content");
    }

    @Test
    void aPdfWithNoViewerIsOfferedInItsFolderInPlainWords() throws Exception {
        RecordingDesktop desktop = RecordingDesktop.withNoViewer();
        Path pdf = file("December board.pdf");

        new FileOpening(desktop, new ImmediateTaskRunner(), dialogs.answering(true)).open(pdf, "December board.pdf");

        assertThat(dialogs.errors()).isEmpty();
        assertThat(dialogs.questions()).singleElement().satisfies(q -> assertThat(q.message())
                .startsWith("No application on this computer opened \"December board.pdf\"")
                .contains("it is at " + pdf).contains("[Show in folder]").doesNotContain("unexpected"));
        assertThat(desktop.shownInFolder).containsExactly(pdf);
    }

    @Test
    void decliningTheFolderLeavesItThere() throws Exception {
        RecordingDesktop desktop = RecordingDesktop.withNoViewer();

        new FileOpening(desktop, new ImmediateTaskRunner(), dialogs.answering(false)).open(file("a.pdf"), "a.pdf");

        assertThat(dialogs.errors()).isEmpty();
        assertThat(desktop.shownInFolder).isEmpty();
    }

    @Test
    void aProgramIsNeverHandedToTheDesktopButMayBeShownInItsFolder() throws Exception {
        RecordingDesktop desktop = new RecordingDesktop();
        Path program = file("4f1c2a8e-0d7b-4c55-9d8e-2f0a3b6c7d81-0123456789abcdef");
        Path exe = file("legacy.exe");

        FileOpening opening = new FileOpening(desktop, new ImmediateTaskRunner(), dialogs.answering(true));
        opening.open(program, "invoicefdp.exe");
        opening.open(exe, "legacy.exe");

        assertThat(desktop.opened).isEmpty();
        assertThat(dialogs.questions()).hasSize(2).allSatisfy(q -> assertThat(q.message())
                .contains("is not opened from the application").contains("could be a program"));
        assertThat(desktop.shownInFolder).containsExactly(program, exe);
    }

    @Test
    void aDocumentWithAViewerOpensWithoutAQuestion() throws Exception {
        RecordingDesktop desktop = new RecordingDesktop();
        Path docx = file("board.docx");

        new FileOpening(desktop, new ImmediateTaskRunner(), dialogs).open(docx, "board.docx");

        assertThat(desktop.opened).containsExactly(docx);
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void theSystemDesktopRefusesAProgramWhoeverAsks() throws Exception {
        Path exe = file("setup.exe");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DesktopFiles.system().open(exe))
                .hasMessageContaining("is not a document the application opens");
    }
}
