package org.innovationportfolio.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Something a project means to change, with where it started, where it aims to be, and what was measured. */
public record OutcomeMeasure(UUID id, String name, String unit, OutcomeDirection direction, BigDecimal baseline,
        LocalDate baselineDate, BigDecimal target, LocalDate targetDate, List<OutcomeActual> actuals,
        Instant lastModified) {

    public OutcomeMeasure {
        Checks.required(id, "An outcome's id");
        name = Checks.requiredText(name, "The outcome name");
        unit = Checks.optionalShort(unit, "The unit");
        direction = direction == null ? OutcomeDirection.HIGHER_IS_BETTER : direction;
        Checks.notBefore(baselineDate, targetDate, "The target date for \"" + name + "\" is before its baseline date.");
        actuals = Checks.list(actuals).stream().sorted(Comparator.comparing(OutcomeActual::date)).toList();
        Checks.required(lastModified, "The last-modified time");
    }

    public Optional<OutcomeActual> latest() {
        return actuals.isEmpty() ? Optional.empty() : Optional.of(actuals.get(actuals.size() - 1));
    }

    /** True when the latest actual has reached the target, in the measure's direction. */
    public boolean targetMet() {
        if (target == null) {
            return false;
        }
        return latest().map(a -> direction == OutcomeDirection.HIGHER_IS_BETTER
                ? a.value().compareTo(target) >= 0
                : a.value().compareTo(target) <= 0).orElse(false);
    }
}
