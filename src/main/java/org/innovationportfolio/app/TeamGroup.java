package org.innovationportfolio.app;

import picocli.CommandLine.Command;

/** {@code team}: a team portfolio on a PostgreSQL server, and moving a laptop's portfolio onto one. */
@Command(name = "team", description = "A team portfolio on a PostgreSQL server run by your IT team: copy this "
        + "laptop's portfolio onto it.")
final class TeamGroup {
}
