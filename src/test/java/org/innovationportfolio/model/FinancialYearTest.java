package org.innovationportfolio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FinancialYearTest {

    @ParameterizedTest
    @CsvSource({
        "2025-03-31, 2024/25",
        "2025-04-01, 2025/26",
        "2024-04-01, 2024/25",
        "2025-01-01, 2024/25",
        "2024-12-31, 2024/25",
        "2099-06-30, 2099/00",
        "2000-02-29, 1999/00",
    })
    void financialYearOfADate(LocalDate date, String expected) {
        assertThat(FinancialYear.of(date)).hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource({"2024/25, 2024", "2024-25, 2024", "2024/2025, 2024", " 1999/00 , 1999"})
    void parsesTheWaysYearsAreWritten(String text, int start) {
        assertThat(FinancialYear.parse(text).startYear()).isEqualTo(start);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024/26", "2024", "24/25", "2024/2026", "FY24", "", "2025/24"})
    void refusesTextThatIsNotAFinancialYear(String text) {
        assertThatThrownBy(() -> FinancialYear.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("financial year");
    }

    @Test
    void boundsAreFirstOfAprilToThirtyFirstOfMarch() {
        FinancialYear year = FinancialYear.parse("2024/25");
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(year.contains(LocalDate.of(2025, 3, 31))).isTrue();
        assertThat(year.contains(LocalDate.of(2025, 4, 1))).isFalse();
        assertThat(year.next()).hasToString("2025/26");
        assertThat(year.previous()).hasToString("2023/24");
        assertThat(year.compareTo(year.next())).isNegative();
    }

    @Test
    void refusesYearsOutOfRange() {
        assertThatThrownBy(() -> new FinancialYear(1066)).isInstanceOf(InvalidValueException.class);
    }
}
