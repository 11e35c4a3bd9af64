package org.innovationportfolio.logic.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.innovationportfolio.model.InvalidValueException;
import org.junit.jupiter.api.Test;

class DateTextTest {

    @Test
    void readsDatesAsOfficersWriteThem() {
        LocalDate third = LocalDate.of(2025, 3, 3);
        assertThat(DateText.parseOptional("3 Mar 2025", "The date")).isEqualTo(third);
        assertThat(DateText.parseOptional("3 march 2025", "The date")).isEqualTo(third);
        assertThat(DateText.parseOptional("2025-03-03", "The date")).isEqualTo(third);
        assertThat(DateText.parseOptional("03/03/2025", "The date")).isEqualTo(third);
        assertThat(DateText.parseOptional("9 Sept 2025", "The date")).isEqualTo(LocalDate.of(2025, 9, 9));
        assertThat(DateText.parseOptional("  ", "The date")).isNull();
    }

    @Test
    void writesThreeMar2025() {
        assertThat(DateText.format(LocalDate.of(2025, 3, 3))).isEqualTo("3 Mar 2025");
        assertThat(DateText.format(LocalDate.of(2025, 9, 30))).isEqualTo("30 Sep 2025");
    }

    @Test
    void refusesImpossibleDatesWithAPlainMessage() {
        assertThatThrownBy(() -> DateText.parseOptional("31 Feb 2026", "The forecast date"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("The forecast date \"31 Feb 2026\" is not a date. Write it like 3 Mar 2025 or 2025-03-03.");
        assertThatThrownBy(() -> DateText.parseRequired("", "The status date")).hasMessageContaining("is required");
    }

    @Test
    void writesAFactsPeriodAsPeopleReadIt() {
        assertThat(DateText.formatPeriod("2018")).isEqualTo("2018");
        assertThat(DateText.formatPeriod("2020-07")).isEqualTo("Jul 2020");
        assertThat(DateText.formatPeriod("2020-03-05")).isEqualTo("5 Mar 2020");
        assertThat(DateText.formatPeriod(null)).isEmpty();
        assertThat(DateText.formatPeriod("2020-13")).isEqualTo("2020-13");
    }

    @Test
    void writesAProjectsDatesWithoutDashesForThoseNotSet() {
        LocalDate start = LocalDate.of(2025, 9, 1);
        LocalDate end = LocalDate.of(2027, 3, 31);
        assertThat(DateText.period(start, end)).isEqualTo("1 Sep 2025 to 31 Mar 2027");
        assertThat(DateText.period(null, end)).isEqualTo("Until 31 Mar 2027");
        assertThat(DateText.period(start, null)).isEqualTo("From 1 Sep 2025, end not set");
        assertThat(DateText.period(null, null)).isEqualTo("Dates not set");
    }
}
