package org.innovationportfolio.model;

import java.time.Instant;
import java.util.UUID;

/** Money for a project from one source in one financial year: awarded, spent so far, and forecast spend. */
public record FundingLine(UUID id, String source, FundingType type, FinancialYear year, Money awarded, Money spent,
        Money forecast, FundingStatus status, String reference, String conditions, Instant lastModified) {

    public FundingLine {
        Checks.required(id, "A funding line's id");
        source = Checks.requiredText(source, "The funder");
        Checks.required(type, "The funding type");
        Checks.required(year, "The financial year");
        awarded = Checks.notNegative(awarded == null ? Money.ZERO : awarded, "The amount awarded");
        spent = Checks.notNegative(spent == null ? Money.ZERO : spent, "The amount spent");
        forecast = Checks.notNegative(forecast == null ? Money.ZERO : forecast, "The forecast spend");
        Checks.required(status, "The funding status");
        reference = Checks.optionalShort(reference, "The reference");
        conditions = Checks.optionalLong(conditions, "The conditions");
        Checks.required(lastModified, "The last-modified time");
    }

    /** Awarded minus forecast spend: positive is underspend, negative a pressure. */
    public Money variance() {
        return awarded.minus(forecast);
    }
}
