package org.innovationportfolio.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An exact amount of pounds sterling, held as whole pence. Never floating point. */
public record Money(long pence) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    private static final Pattern TEXT = Pattern.compile(
            "^(-)?\\s*£?\\s*(-)?\\s*((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)\\s*(m|k|bn)?$",
            Pattern.CASE_INSENSITIVE);

    public static Money ofPence(long pence) {
        return new Money(pence);
    }

    public static Money ofPounds(long pounds) {
        return new Money(Math.multiplyExact(pounds, 100L));
    }

    /**
     * Reads money as officers write it: "£1,234.56", "1234.5", "£2.1m", "£250k", "-£40".
     *
     * @throws InvalidValueException saying what was wrong, for text that is not an amount or that
     *     would need fractions of a penny
     */
    public static Money parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("Enter an amount of money, for example £1,234.56 or £2.1m.");
        }
        String trimmed = text.strip().replace('\u00a0', ' ');
        Matcher m = TEXT.matcher(trimmed);
        if (!m.matches() || (m.group(1) != null && m.group(2) != null)) {
            throw new InvalidValueException("\"" + text.strip()
                    + "\" is not an amount of money. Write it like £1,234.56, 1234.5 or £2.1m.");
        }
        boolean negative = m.group(1) != null || m.group(2) != null;
        BigDecimal pounds = new BigDecimal(m.group(3).replace(",", ""));
        String suffix = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
        pounds = switch (suffix) {
            case "k" -> pounds.movePointRight(3);
            case "m" -> pounds.movePointRight(6);
            case "bn" -> pounds.movePointRight(9);
            default -> pounds;
        };
        BigDecimal pence = pounds.movePointRight(2);
        if (pence.stripTrailingZeros().scale() > 0) {
            throw new InvalidValueException("\"" + text.strip()
                    + "\" has fractions of a penny. Use at most two decimal places of pounds.");
        }
        try {
            long value = pence.longValueExact();
            return new Money(negative ? -value : value);
        } catch (ArithmeticException tooBig) {
            throw new InvalidValueException("\"" + text.strip() + "\" is too large an amount.");
        }
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(pence, other.pence));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(pence, other.pence));
    }

    public boolean isNegative() {
        return pence < 0;
    }

    public boolean isZero() {
        return pence == 0;
    }

    /** "£1,234.56", or "-£1,234.56". */
    public String format() {
        return sign() + "£" + grouped(BigDecimal.valueOf(Math.abs(pence), 2), "#,##0.00");
    }

    /** Whole pounds, rounded half up: "£1,234,567". */
    public String formatPounds() {
        BigDecimal pounds = BigDecimal.valueOf(Math.abs(pence), 2).setScale(0, RoundingMode.HALF_UP);
        return sign() + "£" + grouped(pounds, "#,##0");
    }

    /**
     * The short form boards read: "£2.1m" from a million up, "£250k" from a thousand up, else whole
     * pounds. One decimal place for millions, dropped when it is zero ("£3m"); rounded half up.
     */
    public String formatShort() {
        long abs = Math.abs(pence);
        BigDecimal pounds = BigDecimal.valueOf(abs, 2);
        if (abs >= 100_000_000L) {
            BigDecimal millions = pounds.movePointLeft(6).setScale(abs >= 100_000_000_000L ? 0 : 2, RoundingMode.HALF_UP);
            return sign() + "£" + grouped(millions, "#,##0.##") + "m";
        }
        if (abs >= 100_000L) {
            BigDecimal thousands = pounds.movePointLeft(3).setScale(0, RoundingMode.HALF_UP);
            if (thousands.compareTo(BigDecimal.valueOf(1000)) >= 0) {
                return sign() + "£1m";
            }
            return sign() + "£" + thousands.toPlainString() + "k";
        }
        return formatPounds();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(pence, other.pence);
    }

    @Override
    public String toString() {
        return format();
    }

    private String sign() {
        return pence < 0 ? "-" : "";
    }

    private static String grouped(BigDecimal value, String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
