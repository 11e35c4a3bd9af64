package org.innovationportfolio.ui.packs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the pack screens write a moment: "23 Nov 2026 at 10:00", in the portfolio's time zone. */
final class PackTimes {

    // Locale.ENGLISH, as Formats does: "Sep", not JDK 17's en-GB "Sept".
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.ENGLISH);

    private PackTimes() {
    }

    static String when(Instant instant, ZoneId zone) {
        return instant == null ? "an unknown time" : WHEN.withZone(zone).format(instant);
    }
}
