package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.innovationportfolio.model.Money;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void datesAreWrittenDayShortMonthYear() {
        assertThat(Formats.date(LocalDate.of(2025, 3, 3))).isEqualTo("3 Mar 2025");
        assertThat(Formats.date(LocalDate.of(2025, 9, 30))).isEqualTo("30 Sep 2025");
        assertThat(Formats.date(null)).isEmpty();
    }

    @Test
    void moneyIsWholePoundsWithThousandsSeparators() {
        assertThat(Formats.pounds(Money.ofPence(123_456_749))).isEqualTo("£1,234,567");
        assertThat(Formats.pounds(Money.ZERO)).isEqualTo("£0");
    }

    @Test
    void projectCountsReadNaturally() {
        assertThat(Formats.projectCount(0)).isEqualTo("No projects");
        assertThat(Formats.projectCount(1)).isEqualTo("1 project");
        assertThat(Formats.projectCount(12)).isEqualTo("12 projects");
    }
}
