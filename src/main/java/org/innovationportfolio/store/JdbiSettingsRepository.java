package org.innovationportfolio.store;

import java.util.Objects;
import java.util.Optional;
import org.innovationportfolio.logic.ports.SettingsRepository;
import org.jdbi.v3.core.Handle;

/** Settings as key/value rows in the {@code setting} table. */
final class JdbiSettingsRepository implements SettingsRepository {

    private final Handle handle;

    JdbiSettingsRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public Optional<String> get(String key) {
        return handle.createQuery("SELECT setting_value FROM setting WHERE setting_key = :key")
                .bind("key", key)
                .mapTo(String.class)
                .findOne();
    }

    @Override
    public void put(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value: use remove() to clear a setting");
        int updated = handle.createUpdate("UPDATE setting SET setting_value = :value WHERE setting_key = :key")
                .bind("key", key)
                .bind("value", value)
                .execute();
        if (updated == 0) {
            handle.createUpdate("INSERT INTO setting (setting_key, setting_value) VALUES (:key, :value)")
                    .bind("key", key)
                    .bind("value", value)
                    .execute();
        }
    }

    @Override
    public void remove(String key) {
        handle.createUpdate("DELETE FROM setting WHERE setting_key = :key").bind("key", key).execute();
    }
}
