package org.innovationportfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void benchPrintsEachFigureAndSaysWhyWindowsWereSkippedWithoutADisplay() {
        // The test's environment has no DISPLAY, so only the headless figures are measured.
        Cli.Result result = Cli.bare("bench", "--runs", "1", "--warmup", "0");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("median of 1 run", "--version", "sample load", "portfolio list --format json",
                "Window figures skipped", "DISPLAY");
        assertThat(result.out()).containsPattern("--version\\s+\\d+\\.\\d\\d s");
    }

    @Test
    void benchRefusesZeroRunsAsAUsageError() {
        Cli.Result result = Cli.bare("bench", "--runs", "0");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--runs");
    }

    @Test
    void medianOfAnEvenNumberOfRunsIsTheMeanOfTheMiddleTwo() {
        assertThat(BenchCommand.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThat(BenchCommand.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
    }

    @Test
    void benchIsHiddenFromHelp() {
        assertThat(Cli.bare("--help").out()).doesNotContain("bench");
    }
}
