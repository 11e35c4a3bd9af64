package org.innovationportfolio.logic.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.Strand;
import org.innovationportfolio.model.Theme;
import org.junit.jupiter.api.Test;

class FilterWordsTest {

    @Test
    void noFilterIsNoWords() {
        assertThat(FilterWords.describe(PortfolioFilter.NONE)).isEmpty();
    }

    @Test
    void everyChoiceIsSaidInTheFilterRowsOrderWithListsInTheirOwnOrder() {
        PortfolioFilter filter = new PortfolioFilter(Set.of(Stage.DELIVERING, Stage.EXPLORING), Set.of(Rag.GREEN, Rag.RED),
                Set.of(), Set.of("youth", "Edge of care"), "  family  ", true, 90);

        assertThat(FilterWords.describe(filter)).isEqualTo("Stage: Exploring, Delivering; RAG: Red, Green; Tags: Edge of care, youth; Search: \u201cfamily\u201d; Overdue milestones only; "
                + "Milestones due in 90 days");
    }

    @Test
    void themesAndStrandsTogetherReadAsOneEitherOrChoice() {
        Theme theme = Theme.values()[0];
        Strand strand = Strand.values()[0];
        PortfolioFilter both = new PortfolioFilter(Set.of(), Set.of(), Set.of(theme), Set.of(), "", false, null,
                Set.of(strand));

        assertThat(FilterWords.describe(both)).isEqualTo("Theme or strand: " + theme.label() + ", " + strand.label());
        assertThat(FilterWords.describe(PortfolioFilter.strand(strand))).isEqualTo("Strand: " + strand.label());
    }
}
