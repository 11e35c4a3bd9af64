package org.innovationportfolio.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.innovationportfolio.store.PostgresAddress;
import org.innovationportfolio.store.TeamDatabase;
import org.innovationportfolio.store.TeamRoles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code team init --database postgresql://…}: prints the SQL that sets up a team portfolio's editor and viewer
 * roles, their grants, the append-only change history and the private notes' row-level security; with
 * {@code --apply} connects as the database's owner, brings the schema up to date and runs it.
 */
@Command(name = "init", description = "Prints the SQL that sets up a team portfolio's roles: an editor role, a "
        + "read-only viewer role, their grants, the append-only change history and private notes kept to their "
        + "author. With --apply, runs it as the database's owner (creating the tables first if need be).")
final class TeamInitCommand implements Callable<Integer> {

    private final CliContext context;
    private final RootCommand root;

    @Option(names = "--apply", description = "Run the SQL (as the user in --database, who must own the database and "
            + "may create roles) instead of only printing it.")
    private boolean apply;

    @Option(names = "--editor", paramLabel = "LOGIN", description = "An officer's existing login role to make an "
            + "editor; may be given more than once.")
    private List<String> editors = new ArrayList<>();

    @Option(names = "--viewer", paramLabel = "LOGIN", description = "An existing login role to make a viewer "
            + "(reads everything, changes nothing); may be given more than once.")
    private List<String> viewers = new ArrayList<>();

    TeamInitCommand(CliContext context, RootCommand root) {
        this.context = context;
        this.root = root;
    }

    @Override
    public Integer call() {
        PostgresAddress address = root.teamAddress("team init");
        TeamRoles roles = new TeamRoles(address.database(), editors, viewers);
        if (!apply) {
            context.out().print(roles.script());
            context.out().println();
            context.out().println("-- Nothing was run. To run it: add --apply.");
            context.out().flush();
            return 0;
        }
        try (TeamDatabase team = root.openTeamPortfolio()) {
            team.setUpRoles(roles);
        }
        context.out().println("Set up the roles " + roles.editorRole() + " and " + roles.viewerRole() + " of the "
                + "team portfolio at " + address + ".");
        context.out().flush();
        return 0;
    }
}
