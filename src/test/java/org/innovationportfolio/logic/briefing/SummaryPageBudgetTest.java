package org.innovationportfolio.logic.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a one-page summary keeps long text short: whole sentences only, never a sentence cut with "…". */
class SummaryPageBudgetTest {

    @Test
    void commentaryKeepsTheWholeSentencesThatFit() {
        String text = "Red. Recovery plan agreed today. Supplier calls weekly until go-live in January.";

        assertThat(SummaryPageBudget.sentences(text, 40)).isEqualTo("Red. Recovery plan agreed today.");
        assertThat(SummaryPageBudget.sentences(text, 200)).isEqualTo(text);
    }

    @Test
    void aFirstSentenceTooLongIsKeptWholeNeverCut() {
        String text = "Agree the data-sharing protocol with health, police and education partners. Publish it.";
        String unstopped = "Agree the data-sharing protocol with health, police and education partners and publish it";

        assertThat(SummaryPageBudget.sentences(text, 46))
                .isEqualTo("Agree the data-sharing protocol with health, police and education partners.");
        assertThat(SummaryPageBudget.sentences(unstopped, 46)).isEqualTo(unstopped);
        assertThat(SummaryPageBudget.sentenceCount(text)).isEqualTo(2);
        assertThat(SummaryPageBudget.sentenceCount(unstopped)).isEqualTo(1);
    }

    @Test
    void sourcesThatDoNotFitOneLineAreCounted() {
        assertThat(ProjectPages.sources(List.of("Department for Education", "Northbrook Borough Council", "Northbrook Police"), 40))
                .isEqualTo("Department for Education and 2 more");
        assertThat(ProjectPages.sources(List.of("Department for Education"), 40)).isEqualTo("Department for Education");
    }

    @Test
    void wrappedTextTakesMoreLines() {
        assertThat(SummaryPageBudget.lines("a".repeat(10), SummaryPageBudget.TEXT_WIDTH, SummaryPageBudget.BODY_SIZE)).isEqualTo(1);
        assertThat(SummaryPageBudget.lines("a".repeat(400), SummaryPageBudget.TEXT_WIDTH, SummaryPageBudget.BODY_SIZE))
                .isGreaterThan(4);
    }

    @Test
    void textWrapsBetweenWordsAsTheRenderersWrapIt() {
        float tenCharacters = 10 * SummaryPageBudget.BODY_SIZE * SummaryPageBudget.CHAR_EM / SummaryPageBudget.WRAP_FILL + 1;
        assertThat(SummaryPageBudget.lines("abcd efgh", tenCharacters, SummaryPageBudget.BODY_SIZE)).isEqualTo(1);
        assertThat(SummaryPageBudget.lines("abcdef ghijkl", tenCharacters, SummaryPageBudget.BODY_SIZE))
                .as("a word that does not fit the line starts the next").isEqualTo(2);
        assertThat(SummaryPageBudget.lines("abcdefghijklmnopqrstuvwxy", tenCharacters, SummaryPageBudget.BODY_SIZE)).isEqualTo(3);
    }
}
