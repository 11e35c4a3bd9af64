package org.innovationportfolio.logic.ports;

import java.util.Optional;

/** Small named values kept with the portfolio: the council's name, the catalogue version, choices made once. */
public interface SettingsRepository {

    Optional<String> get(String key);

    void put(String key, String value);

    void remove(String key);
}
