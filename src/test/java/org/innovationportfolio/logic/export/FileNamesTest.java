package org.innovationportfolio.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** File names Windows accepts, tested here on Linux, where every one of these names would have been written. */
class FileNamesTest {

    @Test
    void charactersWindowsRefusesBecomeSpacesAndATitlesColonADash() {
        assertThat(FileNames.suggested("Family Hubs: phase 2", ".ippack", "Projects")).isEqualTo("Family Hubs - phase 2.ippack");
        assertThat(FileNames.suggested("A/B\\C*D?E\"F<G>H|I", ".ippack", "Projects")).isEqualTo("A B C D E F G H I.ippack");
        assertThat(FileNames.suggested("Tab\there\r\nnew line\u0000", ".ippack", "Projects"))
                .isEqualTo("Tab here new line.ippack");
        assertThat(FileNames.suggested("Right-to-left \u202Egpj.exe", ".ippack", "Projects"))
                .isEqualTo("Right-to-left gpj.exe.ippack");
    }

    @Test
    void reservedDeviceNamesGetAMarkInAnyCaseAndWithAnyExtension() {
        for (String reserved : new String[] {"CON", "con", "PRN", "AUX", "NUL", "nul", "COM1", "com9", "LPT1", "Lpt9",
            "CON.txt", "NUL.tar.gz"}) {
            assertThat(FileNames.isReserved(reserved)).as(reserved).isTrue();
        }
        for (String ordinary : new String[] {"CONTACT", "Console", "COM10", "LPT0", "NULL", "AUX files", "icon"}) {
            assertThat(FileNames.isReserved(ordinary)).as(ordinary).isFalse();
        }
        assertThat(FileNames.suggested("CON", ".ippack", "Projects")).isEqualTo("CON_.ippack");
        assertThat(FileNames.suggested("nul", ".ippack", "Projects")).isEqualTo("nul_.ippack");
        assertThat(FileNames.suggested("Lpt1.", ".ippack", "Projects")).isEqualTo("Lpt1_.ippack");
        assertThat(FileNames.suggested("Connect", ".ippack", "Projects")).isEqualTo("Connect.ippack");
    }

    @Test
    void trailingDotsAndSpacesGoAndNothingLeftIsTheFallback() {
        assertThat(FileNames.suggested("Plan v2. . ", ".ippack", "Projects")).isEqualTo("Plan v2.ippack");
        assertThat(FileNames.suggested(" ...", ".ippack", "Projects")).isEqualTo("Projects.ippack");
        assertThat(FileNames.suggested("???", ".ippack", "Projects")).isEqualTo("Projects.ippack");
        assertThat(FileNames.suggested(null, ".ippack", "Projects")).isEqualTo("Projects.ippack");
        assertThat(FileNames.suggested("x".repeat(200) + " ", ".ippack", "Projects")).hasSize(80 + ".ippack".length());
    }

    @Test
    void lettersBeyondAsciiAndSpacesAreKept() {
        assertThat(FileNames.suggested("Zoë’s Überblick – Łódź", ".ippack", "Projects"))
                .isEqualTo("Zoë’s Überblick – Łódź.ippack");
    }

    @Test
    void aTypedNameIsRefusedForWhatWindowsRefuses() {
        assertThat(FileNames.problem("Board pack March")).isEmpty();
        assertThat(FileNames.problem("Board pack: March")).contains("cannot contain");
        assertThat(FileNames.problem("PRN")).isEqualTo("\u201cPRN\u201d is a name Windows keeps for a device, so no "
                + "file can have it. Add a word, such as \u201cPRN pack\u201d.");
        assertThat(FileNames.problem("aux.notes")).contains("Windows keeps for a device");
        assertThat(FileNames.problem("Zoë – März")).isEmpty();
    }
}
