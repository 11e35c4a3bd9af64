package org.innovationportfolio.app;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.innovationportfolio.logic.catalogue.Adoption;
import org.innovationportfolio.logic.catalogue.CatalogueQuery;
import org.innovationportfolio.logic.catalogue.CatalogueSearch;
import org.innovationportfolio.logic.catalogue.CatalogueTerms;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Strand;
import org.innovationportfolio.model.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code catalogue list}: the catalogue as a readable table, narrowed by theme, strand and search text. */
@Command(name = "list", description = "Lists the catalogue as a table: title, lead organisation, strand or theme, "
        + "award. Entries your portfolio already adopts are marked *.")
final class CatalogueListCommand implements Callable<Integer> {

    private final CliContext context;
    private final RootCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--theme", paramLabel = "THEME", description = "Only this CII priority area (repeat for any of "
            + "several): ${COMPLETION-CANDIDATES}.", completionCandidates = ThemeNames.class)
    private List<String> themes = new ArrayList<>();

    @Option(names = "--strand", paramLabel = "STRAND", description = "Only this DfE Innovation Programme strand "
            + "(repeat for any of several): ${COMPLETION-CANDIDATES}.", completionCandidates = StrandNames.class)
    private List<String> strands = new ArrayList<>();

    @Option(names = "--search", paramLabel = "TEXT", description = "Only entries containing every word of TEXT in "
            + "their title, organisations, summary, target group or facts.")
    private String search;

    CatalogueListCommand(CliContext context, RootCommand root) {
        this.context = context;
        this.root = root;
    }

    @Override
    public Integer call() {
        CatalogueQuery query = new CatalogueQuery(parseThemes(), parseStrands(), Set.of(), search,
                CatalogueQuery.AdoptionState.ANY);
        List<Innovation> all;
        Set<UUID> adopted;
        try (Workspace workspace = root.openWorkspace()) {
            all = workspace.store().read(repositories -> repositories.catalogue().findAll());
            adopted = new Adoption(workspace.store(), context.clock()).adopted().keySet();
        }
        List<Innovation> found = CatalogueSearch.filter(all, query, adopted);
        context.out().print(CatalogueTable.render(found, adopted, all.size()));
        return 0;
    }

    private Set<Theme> parseThemes() {
        Set<Theme> parsed = EnumSet.noneOf(Theme.class);
        for (String text : themes) {
            parsed.add(CatalogueTerms.theme(text).orElseThrow(() -> unknown("theme", text, CatalogueTerms.themeNames())));
        }
        return parsed;
    }

    private Set<Strand> parseStrands() {
        Set<Strand> parsed = new HashSet<>();
        for (String text : strands) {
            parsed.add(CatalogueTerms.strand(text).orElseThrow(() -> unknown("strand", text, CatalogueTerms.strandNames())));
        }
        return parsed;
    }

    private ParameterException unknown(String what, String text, List<String> valid) {
        return new ParameterException(spec.commandLine(), "\"" + text + "\" is not a " + what + ". Use one of:"
                + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", valid));
    }

    /** The themes, as --help and shell completion show them. */
    static final class ThemeNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        ThemeNames() {
            super(CatalogueTerms.themeNames());
        }
    }

    /** The strands, as --help and shell completion show them. */
    static final class StrandNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        StrandNames() {
            super(CatalogueTerms.strandNames());
        }
    }
}
