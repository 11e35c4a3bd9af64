package org.innovationportfolio.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A child row and the id of the parent it belongs to, so a whole table can be loaded at once and grouped. */
record Child<T>(UUID parentId, T value) {

    /** Groups rows by parent, keeping the order they came in. */
    static <T> Map<UUID, List<T>> byParent(List<Child<T>> rows) {
        Map<UUID, List<T>> grouped = new HashMap<>();
        for (Child<T> row : rows) {
            grouped.computeIfAbsent(row.parentId(), id -> new ArrayList<>()).add(row.value());
        }
        return grouped;
    }
}
