package org.innovationportfolio.logic.tracker;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.innovationportfolio.model.InvalidValueException;
import org.innovationportfolio.model.Money;

/**
 * Money as officers write it: {@code £1.2m}, {@code 1,200,000}, {@code £350k}, {@code 350000.00}, and
 * negative amounts in brackets, {@code (5,000)}. A number cell is pounds, rounded to the penny (a
 * spreadsheet's sums carry binary fractions). A dash or "nil" is nothing.
 */
public final class TrackerMoney {

    private TrackerMoney() {
    }

    /** The amount in {@code cell}, null when blank. */
    public static Money parse(SheetCell cell) {
        if (cell.isBlank()) {
            return null;
        }
        if (cell.value() instanceof Double pounds) {
            if (pounds.isNaN() || pounds.isInfinite() || Math.abs(pounds) > 1e13) {
                throw new InvalidValueException(cell.text() + " is not an amount of money.");
            }
            return Money.ofPence(BigDecimal.valueOf(pounds).movePointRight(2).setScale(0, RoundingMode.HALF_UP)
                    .longValueExact());
        }
        if (cell.value() instanceof LocalDate) {
            throw new InvalidValueException(cell.text() + " is a date, not an amount of money.");
        }
        return parse(cell.text());
    }

    /** The amount {@code text} means, null when blank. */
    public static Money parse(String text) {
        String t = text == null ? "" : text.strip().replace('\u00a0', ' ').replace(" ", "");
        if (t.isEmpty() || t.equals("-") || t.equals("–") || t.equalsIgnoreCase("nil")) {
            return null;
        }
        boolean bracketed = t.startsWith("(") && t.endsWith(")");
        if (bracketed) {
            t = t.substring(1, t.length() - 1);
        }
        if (t.toUpperCase(java.util.Locale.ROOT).startsWith("GBP")) {
            t = t.substring(3);
        }
        try {
            Money money = Money.parse(t);
            return bracketed ? Money.ofPence(-Math.abs(money.pence())) : money;
        } catch (InvalidValueException e) {
            throw new InvalidValueException(text.strip() + " is not an amount of money. Write it like £1,234.56, "
                    + "£350k or £1.2m.");
        }
    }
}
