package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

    @Test
    void percentagesHaveOneDecimalPlaceAtMostAndNoSpaceBeforeTheSign() {
        assertThat(Formats.percent(24.5)).isEqualTo("24.5%");
        assertThat(Formats.percent(24.45)).isEqualTo("24.5%");
        assertThat(Formats.percent(25.0)).isEqualTo("25%");
        assertThat(Formats.percent(0.04)).isEqualTo("0%");
        assertThat(Formats.percent(-0.04)).isEqualTo("0%");
        assertThat(Formats.percent(-3.14)).isEqualTo("-3.1%");
        assertThat(Formats.percent(1234.5)).isEqualTo("1,234.5%");
        assertThat(Formats.percent(null)).isEmpty();
        assertThat(Formats.percent(Double.NaN)).isEmpty();
    }

    /** In a string literal, a percent sign after a space: " %", "\\u00a0%)", "24.5 % of", or " %%" in a format string. */
    private static final Pattern SPACED_PERCENT = Pattern.compile("([\\s\u00a0\u202f\u2009]|\\\\u00a0|\\\\u202f|\\\\u2009)%%?([\\s),;]|$)");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void noTextInTheApplicationPutsASpaceBeforeAPercentSign() throws IOException {
        assertThat(spacedPercent("label + \" %\"")).as("the check finds \" %\"").isTrue();
        assertThat(spacedPercent("String.format(\"%.1f %%\", x)")).isTrue();
        assertThat(spacedPercent("\"24.5 % of projects\"")).isTrue();
        assertThat(spacedPercent("\"24.5\\u00a0%\"")).isTrue();
        assertThat(spacedPercent("\"-fx-font-size: %.1fpx;\"")).isFalse();
        assertThat(spacedPercent("String.format(\"%-32s %6.2f\", a, b)")).isFalse();
        assertThat(spacedPercent("return year % 100 == 0;")).isFalse();
        List<String> spaced;
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            spaced = files.filter(f -> f.toString().endsWith(".java")).flatMap(FormatsTest::lines)
                    .filter(FormatsTest::spacedPercent).toList();
        }
        assertThat(spaced).as("write percentages with Formats.percent").isEmpty();
    }

    private static boolean spacedPercent(String line) {
        return STRING_LITERAL.matcher(line).results().anyMatch(literal -> SPACED_PERCENT.matcher(literal.group(1)).find());
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(line -> file.getFileName() + ": " + line.strip());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
