package org.innovationportfolio.logic.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A document's type is told from its first bytes; its name only chooses among the formats those allow. */
class DocumentTypeTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void theContentDecidesWhateverTheNameSays() {
        assertThat(DocumentType.of(bytes("%PDF-1.7 x"), "invoice\u202Efdp.exe").extension()).isEqualTo(".pdf");
        assertThat(DocumentType.of(bytes("\u0089PNG\r\n\u001a\n...."), "photo.bat").extension()).isEqualTo(".png");
        assertThat(DocumentType.of(bytes("MZ\u0090\0\3\0"), "report.pdf")).isEqualTo(DocumentType.UNKNOWN);
        assertThat(DocumentType.of(bytes("\u007fELF\2\1\1\0"), "notes.txt")).isEqualTo(DocumentType.UNKNOWN);
    }

    @Test
    void theNameChoosesOnlyAmongTheFormatsTheContentAllows() {
        byte[] zip = bytes("PK\3\4 rest");
        assertThat(DocumentType.of(zip, "Budget.XLSX").extension()).isEqualTo(".xlsx");
        assertThat(DocumentType.of(zip, "tool.jar").extension()).isEqualTo(".zip");
        byte[] ole = bytes("\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1 rest");
        assertThat(DocumentType.of(ole, "old minutes.doc").extension()).isEqualTo(".doc");
        assertThat(DocumentType.of(ole, "setup.msi")).isEqualTo(DocumentType.UNKNOWN);
        assertThat(DocumentType.of(bytes("a,b\r\n1,2\r\n"), "figures.csv").extension()).isEqualTo(".csv");
        assertThat(DocumentType.of(bytes("del *.*\r\n"), "run.bat").extension()).isEqualTo(".txt");
    }

    @Test
    void onlyStoredDocumentAndPictureTypesOpenSafely() {
        assertThat(DocumentType.ofStored("0b6f-1.pdf").opensSafely()).isTrue();
        assertThat(DocumentType.ofStored("board.docx").opensSafely()).isTrue();
        assertThat(DocumentType.ofStored("0b6f-1.exe").opensSafely()).isFalse();
        assertThat(DocumentType.ofStored("0b6f-1").opensSafely()).isFalse();
        assertThat(DocumentType.ofStored("script.js").opensSafely()).isFalse();
    }
}
