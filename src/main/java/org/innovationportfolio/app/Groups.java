package org.innovationportfolio.app;

import picocli.CommandLine.Command;

/** The command groups that only hold subcommands ({@code sample load}, {@code portfolio list}…). */
final class Groups {

    private Groups() {
    }

    @Command(name = "sample", description = "The fictional sample portfolio, for trying the application out.")
    static final class Sample {
    }

    @Command(name = "catalogue", description = "The catalogue of innovations.")
    static final class Catalogue {
    }

    @Command(name = "portfolio", description = "Your portfolio of projects.")
    static final class Portfolio {
    }

    @Command(name = "pack", description = "Project packs: share projects with colleagues in other councils, and import "
            + "theirs.")
    static final class Pack {
    }

    @Command(name = "team", description = "A team portfolio on a PostgreSQL server run by your IT team: "
            + "set up its roles, and copy this laptop's portfolio onto it.")
    static final class Team {
    }
}
