package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The direct reading of stored instants gives exactly what Instant.parse gives, and refuses what it refuses. */
class SqlValuesInstantTest {

    @Test
    void readsEveryStoredFormAsInstantParseDoes() {
        Random random = new Random(7);
        long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(first + (long) (random.nextDouble() * (last - first)),
                    random.nextInt(1_000_000_000));
            String stored = SqlValues.instant(instant);
            assertThat(SqlValues.parseInstant(stored)).isEqualTo(Instant.parse(stored)).isEqualTo(instant);
        }
        for (String text : new String[] {"2024-02-29T23:59:59.999999999Z", "2025-12-31T00:00:00.000000000Z",
                "0000-01-01T00:00:00.000000000Z", "2025-03-03T10:15:30Z", "+10000-01-01T00:00:00Z",
                "-0001-06-01T12:00:00.5Z", "2025-06-30T23:59:60.000000000Z"}) {
            assertThat(SqlValues.parseInstant(text)).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void agreesWithInstantParseOnOddText() {
        // Instant.parse reads 24:00 as the next midnight; the direct reading leaves such text to it.
        assertThat(SqlValues.parseInstant("2025-01-01T24:00:00.000000000Z"))
                .isEqualTo(Instant.parse("2025-01-01T24:00:00.000000000Z"));
        for (String text : new String[] {"2025-13-01T00:00:00.000000000Z", "2025-04-31T00:00:00.000000000Z",
                "2025-02-29T00:00:00.000000000Z",
                "2025-01-01T00:00:00.00000000xZ", "2025-01-01 00:00:00.000000000Z", "2025-01-32T00:00:00.000000000Z"}) {
            assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeException.class);
            assertThatThrownBy(() -> SqlValues.parseInstant(text)).isInstanceOf(DateTimeException.class);
        }
    }
}
