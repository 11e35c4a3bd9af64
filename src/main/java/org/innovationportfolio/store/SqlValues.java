package org.innovationportfolio.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** Converts model values to and from the column types the schema uses, one rule per type. */
final class SqlValues {

    // Nine fraction digits always, so stored instants are exact and sort as text.
    private static final DateTimeFormatter INSTANT = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Instant FIRST_FIXED_WIDTH = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LAST_FIXED_WIDTH = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private SqlValues() {
    }

    static String instant(Instant instant) {
        if (instant == null) {
            return null;
        }
        // Years outside 0..9999 need a sign the fixed pattern cannot write; Instant's own form is still exact.
        boolean fixedWidth = !instant.isBefore(FIRST_FIXED_WIDTH) && !instant.isAfter(LAST_FIXED_WIDTH);
        return fixedWidth ? INSTANT.format(instant) : instant.toString();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : parseInstant(text);
    }

    /**
     * The instant stored as text: the fixed-width form {@link #instant(Instant)} writes is read directly
     * (Instant.parse is a large share of loading a portfolio); anything else goes to Instant.parse.
     */
    static Instant parseInstant(String text) {
        if (text.length() == 30 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == '.'
                && text.charAt(29) == 'Z') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int nano = digits(text, 20, 29);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour <= 23
                    && minute >= 0 && minute <= 59 && second >= 0 && second <= 59 && nano >= 0) {
                try {
                    long epochDay = LocalDate.of(year, month, day).toEpochDay();
                    return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3_600L + minute * 60L + second, nano);
                } catch (DateTimeException notADate) {
                    // 31 April and the like: Instant.parse says what is wrong.
                }
            }
        }
        return Instant.parse(text);
    }

    /** The decimal number in text[from, to), or -1 when any of it is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static String uuid(UUID id) {
        return id == null ? null : id.toString();
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : UUID.fromString(text.strip());
    }

    static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    /** BigDecimal's own text keeps its scale, so 42.0 comes back as 42.0, not 42. */
    static String decimal(BigDecimal value) {
        return value == null ? null : value.toString();
    }

    static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : new BigDecimal(text);
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static <E extends Enum<E>> E enumValue(ResultSet rs, String column, Class<E> type) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : Enum.valueOf(type, text.strip());
    }

    static Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
