/**
 * What the use cases need from a store, in one place: {@link org.innovationportfolio.logic.ports.Store} and
 * {@link org.innovationportfolio.logic.ports.Repositories}, the repositories, the pack and briefing histories,
 * backups and protection, with the records that cross them. The store package implements these for Derby and
 * PostgreSQL; logic and its sub-packages depend on them, never the other way round.
 */
package org.innovationportfolio.logic.ports;
