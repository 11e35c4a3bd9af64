package org.innovationportfolio.ui.portfolio;

import atlantafx.base.theme.Styles;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.innovationportfolio.logic.portfolio.PortfolioFilter;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.Strand;
import org.innovationportfolio.model.Theme;
import org.innovationportfolio.ui.Css;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The row of filters over the portfolio table: search, stage, RAG, theme, strand and tag (each multi-select),
 * Clear filters and the count. It keeps the view model's filter and its own controls in step both ways.
 */
final class FilterBar extends FlowPane {

    static final String SEARCH_ID = "portfolioSearch";
    static final String COUNT_ID = "portfolioCount";
    static final String CLEAR_ID = "clearFilters";
    static final String STAGE_ID = "filterStage";
    static final String RAG_ID = "filterRag";
    static final String THEME_ID = "filterTheme";
    static final String STRAND_ID = "filterStrand";
    static final String TAG_ID = "filterTag";

    private final PortfolioViewModel viewModel;
    private final TextField search = new TextField();
    // Widths in ems, wide enough for the title and its count ("Strand (3)"), so the row fits one line at 1280 px.
    private final FilterMenu<Stage> stages = filter(STAGE_ID, "Stage", Stage::label, 10);
    private final FilterMenu<Rag> rags = filter(RAG_ID, "RAG", Rag::label, 9.5);
    private final FilterMenu<Theme> themes = filter(THEME_ID, "Theme", Theme::label, 10.5);
    private final FilterMenu<Strand> strands = filter(STRAND_ID, "Strand", Strand::label, 10.5);
    private final FilterMenu<String> tags = filter(TAG_ID, "Tag", Function.identity(), 10);
    private final Label due = new Label();
    private final Label count;
    private boolean syncing;

    FilterBar(PortfolioViewModel viewModel) {
        this.viewModel = viewModel;
        search.setId(SEARCH_ID);
        search.setPromptText("Search titles, leads, partners, commentary");
        search.setAccessibleText("Search the portfolio (Ctrl+F)");
        search.setPrefColumnCount(12);
        HBox.setHgrow(search, Priority.ALWAYS);
        search.textProperty().addListener((observable, was, is) -> pushFilter());

        stages.setValues(List.of(Stage.values()));
        rags.setValues(List.of(Rag.values()));
        themes.setValues(List.of(Theme.values()));
        strands.setValues(List.of(Strand.values()));
        // Entries carry one or the other, so the two read as one choice: a project passes on either.
        themes.setTooltip(new Tooltip("CII Innovation Collective priority area of the adopted innovation; "
                + "a project with any theme or strand ticked is shown"));
        strands.setTooltip(new Tooltip("DfE Innovation Programme strand of the adopted innovation; "
                + "a project with any theme or strand ticked is shown"));
        tags.setValues(viewModel.tags());
        // The tags offered follow the portfolio's; the filter's ticks of tags still offered are shown again.
        viewModel.tags().addListener((ListChangeListener<String>) change -> {
            syncing = true;
            try {
                tags.setValues(viewModel.tags());
            } finally {
                syncing = false;
            }
            pullFilter();
        });

        due.getStyleClass().addAll(Styles.TEXT_SMALL, Css.SAMPLE_NOTICE);
        due.managedProperty().bind(due.visibleProperty());

        Button clear = new Button("C_lear filters", new FontIcon(MaterialDesignF.FILTER_REMOVE_OUTLINE));
        clear.setId(CLEAR_ID);
        clear.setAccessibleText("Clear filters");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(event -> viewModel.clearFilters());
        clear.disableProperty().bind(viewModel.filterProperty().isEqualTo(PortfolioFilter.NONE));

        count = new Label();
        count.setId(COUNT_ID);
        count.textProperty().bind(viewModel.countTextProperty());
        count.accessibleTextProperty().bind(viewModel.countTextProperty());
        count.getStyleClass().add(Styles.TEXT_BOLD);

        FontIcon magnifier = new FontIcon(MaterialDesignM.MAGNIFY);
        HBox searchBox = new HBox(magnifier, search);
        searchBox.setAlignment(Pos.CENTER_LEFT);
        searchBox.getStyleClass().add("search-box");
        getChildren().setAll(searchBox, stages, rags, themes, strands, tags, due, clear);
        getStyleClass().add(Css.TOOL_ROW);
        setAlignment(Pos.CENTER_LEFT);
        viewModel.filterProperty().addListener((observable, was, is) -> pullFilter());
        pullFilter();
    }

    /** "Showing 5 of 14 projects", for the view to place. */
    Label count() {
        return count;
    }

    TextField search() {
        return search;
    }

    private <T> FilterMenu<T> filter(String id, String name, Function<? super T, String> label, double ems) {
        FilterMenu<T> menu = new FilterMenu<>(name, label, ems);
        menu.setId(id);
        menu.setOnChange(this::pushFilter);
        return menu;
    }

    /** The controls, turned into a filter for the view model; keeps "overdue" and "due within" from the dashboard. */
    private void pushFilter() {
        if (syncing) {
            return;
        }
        PortfolioFilter current = viewModel.filterProperty().get();
        viewModel.filterProperty().set(new PortfolioFilter(
                checked(stages, Stage.class), checked(rags, Rag.class), checked(themes, Theme.class),
                new HashSet<>(tags.ticked()), search.getText(),
                current.overdueOnly(), current.dueWithinDays(), checked(strands, Strand.class)));
    }

    /** The view model's filter, shown in the controls. */
    private void pullFilter() {
        PortfolioFilter filter = viewModel.filterProperty().get();
        syncing = true;
        try {
            if (!search.getText().strip().equals(filter.text())) {
                search.setText(filter.text());
            }
            stages.setTicked(filter.stages());
            rags.setTicked(filter.rags());
            themes.setTicked(filter.themes());
            strands.setTicked(filter.strands());
            tags.setTicked(filter.tags());
            due.setVisible(filter.overdueOnly() || filter.dueWithinDays() != null);
            due.setText(filter.overdueOnly() ? "Overdue milestones only"
                    : filter.dueWithinDays() == null ? "" : "Milestones due in " + filter.dueWithinDays() + " days");
        } finally {
            syncing = false;
        }
    }

    private static <E extends Enum<E>> Set<E> checked(FilterMenu<E> menu, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        set.addAll(menu.ticked());
        return set;
    }
}
