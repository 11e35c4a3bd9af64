package org.innovationportfolio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Text that would break a Word file or a PDF, or disguise itself, is cleaned by every record's constructor. */
class PlainTextTest {

    /** NUL, BEL, ESC, NEL, CSI, RLO, LRI, a lone surrogate, BOM, U+FFFF, a tab and CR LF: everything at once. */
    static final String WORST = "Care\0 leavers\u0007\u001B hub\u0085\u009B\u202Efdp.exe\u2066\uD800\uFEFF\uFFFF\tphase\r\n2";
    static final String WORST_CLEANED = "Care leavers hub fdp.exe phase 2";

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");

    @Test
    void aOneLineFieldLosesControlsBidiAndBrokenCharactersAndItsLineBreaksBecomeSpaces() {
        Project project = Project.create(WORST, null, NOW);

        assertThat(project.title()).isEqualTo(WORST_CLEANED);
    }

    @Test
    void aMultiLineFieldKeepsItsNewlinesAndTabsAndLosesTheRest() {
        Note note = new Note(UUID.randomUUID(), LocalDate.of(2026, 11, 23), NoteKind.DECISION,
                "Agreed:\r\n\t1. go\u2028\t2. \u202Ewait\0\rend\u000B", "\u200FAmira\u061C", false, NOW);

        assertThat(note.text()).isEqualTo("Agreed:\n\t1. go\n\t2. wait\nend");
        assertThat(note.author()).isEqualTo("Amira");
    }

    @Test
    void wellFormedTextIsKeptExactlyIncludingOtherScriptsEmojiAndJoiners() {
        String text = "Ysgol Gymraeg \u0174 – \u0645\u062f\u0631\u0633\u0629 \uD83D\uDC69\u200D\uD83D\uDCBB \u00e9t\u00e9";

        assertThat(Project.create(text, null, NOW).title()).isEqualTo(text);
    }

    @Test
    void aTitleOfOnlyInvisibleCharactersIsRefusedAsMissing() {
        assertThatThrownBy(() -> Project.create("\u202E\0\uFEFF\u2066", null, NOW))
                .isInstanceOf(InvalidValueException.class).hasMessage("The project title is required.");
    }

    @Test
    void listsOfNamesAreCleanedToo() {
        Project tagged = new Project(UUID.randomUUID(), "Tags", null, Stage.EXPLORING, null, null, null, null, null,
                null, null, List.of("early\0help", "\u202E"), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), Provenance.createdHere(NOW), NOW, NOW);
        Innovation innovation = new Innovation(UUID.randomUUID(), "key", "Title", Programme.values()[0], null, Set.of(),
                List.of("Anyshire\u202E Council"), List.of("\u0007Partner\u0085Trust", "\uFEFF"), null, null, null,
                null, List.of(), null, false, false, NOW);

        assertThat(tagged.tags()).containsExactly("earlyhelp");
        assertThat(innovation.leadOrganisations()).containsExactly("Anyshire Council");
        assertThat(innovation.partners()).containsExactly("Partner Trust");
    }

    @Test
    void cleaningIsDoneBeforeTheLengthIsMeasured() {
        String padded = "\0".repeat(Checks.SHORT_TEXT) + "Short title";

        assertThat(Project.create(padded, null, NOW).title()).isEqualTo("Short title");
    }
}
