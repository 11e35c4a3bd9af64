package org.innovationportfolio.ui.portfolio;

import atlantafx.base.theme.Styles;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.CheckComboBox;
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

    private final PortfolioViewModel viewModel;
    private final TextField search = new TextField();
    private final CheckComboBox<Stage> stages = new CheckComboBox<>();
    private final CheckComboBox<Rag> rags = new CheckComboBox<>();
    private final CheckComboBox<Theme> themes = new CheckComboBox<>();
    private final CheckComboBox<Strand> strands = new CheckComboBox<>();
    private final CheckComboBox<String> tags = new CheckComboBox<>();
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

        setUp(stages, "Stage", List.of(Stage.values()), 10);
        setUp(rags, "RAG", List.of(Rag.values()), 9.5);
        setUp(themes, "Theme", List.of(Theme.values()), 10.5);
        setUp(strands, "Strand", List.of(Strand.values()), 10.5);
        // Entries carry one or the other, so the two read as one choice: a project passes on either.
        themes.setTooltip(new Tooltip("CII Innovation Collective priority area of the adopted innovation; "
                + "a project with any theme or strand checked is shown"));
        strands.setTooltip(new Tooltip("DfE Innovation Programme strand of the adopted innovation; "
                + "a project with any theme or strand checked is shown"));
        setUp(tags, "Tag", viewModel.tags(), 10);
        viewModel.tags().addListener((ListChangeListener<String>) change -> pullFilter());

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

    private <T> void setUp(CheckComboBox<T> box, String name, List<T> items, double ems) {
        if (items instanceof javafx.collections.ObservableList<T> observable) {
            box.getItems().setAll(observable);
            observable.addListener((ListChangeListener<T>) change -> {
                syncing = true;
                try {
                    box.getCheckModel().clearChecks();
                    box.getItems().setAll(observable);
                } finally {
                    syncing = false;
                }
            });
        } else {
            box.getItems().setAll(items);
        }
        box.setTitle(name);
        // Wide enough for its title and count ("Strand (0/3)"), so the row of filters fits one line at 1280 pixels.
        box.setPrefWidth(javafx.scene.text.Font.getDefault().getSize() * ems);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setShowCheckedCount(true);
        box.setAccessibleText("Filter by " + name);
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) change -> pushFilter());
    }

    /** The controls, turned into a filter for the view model; keeps "overdue" and "due within" from the dashboard. */
    private void pushFilter() {
        if (syncing) {
            return;
        }
        PortfolioFilter current = viewModel.filterProperty().get();
        viewModel.filterProperty().set(new PortfolioFilter(
                checked(stages, Stage.class), checked(rags, Rag.class), checked(themes, Theme.class),
                new HashSet<>(tags.getCheckModel().getCheckedItems()), search.getText(),
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
            check(stages, filter.stages());
            check(rags, filter.rags());
            check(themes, filter.themes());
            check(strands, filter.strands());
            check(tags, filter.tags());
            due.setVisible(filter.overdueOnly() || filter.dueWithinDays() != null);
            due.setText(filter.overdueOnly() ? "Overdue milestones only"
                    : filter.dueWithinDays() == null ? "" : "Milestones due in " + filter.dueWithinDays() + " days");
        } finally {
            syncing = false;
        }
    }

    private static <T> void check(CheckComboBox<T> box, Set<T> wanted) {
        for (T item : box.getItems()) {
            boolean on = wanted.contains(item);
            if (on != box.getCheckModel().isChecked(item)) {
                if (on) {
                    box.getCheckModel().check(item);
                } else {
                    box.getCheckModel().clearCheck(item);
                }
            }
        }
    }

    private static <E extends Enum<E>> Set<E> checked(CheckComboBox<E> box, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        set.addAll(box.getCheckModel().getCheckedItems());
        return set;
    }
}
