package org.innovationportfolio.logic.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Programme;
import org.junit.jupiter.api.Test;

/** Why an entry matched a search, in words. */
class MatchReasonTest {

    private static final String SUMMARY = "Leeds changed its whole social care system to make restorative practice the "
            + "norm across children's services, giving families a right to a family group conference.";

    private static Innovation entry(String title, String summary, List<String> leads) {
        return new Innovation(UUID.randomUUID(), "key-" + title.hashCode(), title, Programme.USER, null, Set.of(), leads,
                List.of(), summary, null, null, null, List.of(), null, false, false,
                Instant.parse("2026-11-23T09:00:00Z"));
    }

    @Test
    void aWordInTheSummaryIsQuotedWithTheWordsAroundIt() {
        Innovation leeds = entry("Family valued", SUMMARY, List.of("Leeds City Council"));

        MatchReason reason = MatchReason.of(leeds, "Restorative").orElseThrow();

        assertThat(reason.fields()).containsExactly("summary");
        assertThat(reason.text())
                .isEqualTo("Matched in: summary — ‘…system to make restorative practice the norm across…’");
    }

    @Test
    void everyFieldHoldingAWordIsNamedInReadingOrderAndATitleMatchNeedsNoQuote() {
        Innovation leeds = entry("Restorative practice (Leeds)", SUMMARY, List.of("Leeds City Council"));

        assertThat(MatchReason.of(leeds, "leeds conference").orElseThrow().text())
                .isEqualTo("Matched in: title, lead organisation, summary — ‘Leeds City Council’");
        assertThat(MatchReason.of(leeds, "restorative").orElseThrow().fields()).containsExactly("title", "summary");
        assertThat(MatchReason.of(entry("Restorative practice", null, List.of()), "restorative").orElseThrow().text())
                .isEqualTo("Matched in: title");
    }

    @Test
    void noSearchOrNoMatchGivesNoReason() {
        Innovation leeds = entry("Family valued", SUMMARY, List.of());

        assertThat(MatchReason.of(leeds, "   ")).isEmpty();
        assertThat(MatchReason.of(leeds, null)).isEmpty();
        assertThat(MatchReason.of(leeds, "mockingbird")).isEmpty();
    }
}
