package org.innovationportfolio.ui.catalogue;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.innovationportfolio.logic.catalogue.CatalogueQuery.AdoptionState;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Programme;
import org.innovationportfolio.model.Strand;
import org.innovationportfolio.model.Theme;
import org.innovationportfolio.ui.Css;
import org.innovationportfolio.ui.DesktopContext;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.TaskRunner;
import org.innovationportfolio.ui.shell.Navigator;
import org.innovationportfolio.ui.shell.Page;
import org.innovationportfolio.ui.shell.PageAction;
import org.innovationportfolio.ui.shell.PageCommands;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** The catalogue browser: search and filters over the innovations, a detail pane with sources, and Adopt. */
public final class CataloguePage implements Page, PageCommands {

    static final String SEARCH_ID = "catalogueSearch";
    static final String LIST_ID = "catalogueList";
    static final String COUNT_ID = "catalogueCount";
    static final String THEME_FILTER_ID = "themeFilter";
    static final String STRAND_FILTER_ID = "strandFilter";
    static final String SOURCE_FILTER_ID = "sourceFilter";

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final CatalogueViewModel viewModel;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Catalogue");
    private final CustomTextField search = new CustomTextField();
    private final ListView<Innovation> list = new ListView<>();
    private final CatalogueDetail detail;
    private final BorderPane root = new BorderPane();

    public CataloguePage(DesktopContext ctx, Navigator nav, DialogService dialogs, TaskRunner tasks) {
        this.viewModel = new CatalogueViewModel(ctx, nav, dialogs, tasks);
        this.detail = new CatalogueDetail(viewModel::adoptOrOpen, viewModel::adoptAgain);
        root.getStyleClass().add(CatalogueStyles.PAGE);
        root.getStylesheets().add(getClass().getResource(CatalogueStyles.STYLESHEET).toExternalForm());
        root.setTop(header());
        root.setCenter(body());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        viewModel.selectedProperty().addListener((o, was, now) -> showSelected());
        viewModel.contentsProperty().addListener((o, was, now) -> {
            showSelected();
            list.refresh();
        });
        viewModel.busyProperty().addListener((o, was, now) -> showSelected());
    }

    /** Selects the entry (clearing filters that hide it) and scrolls it into view. */
    public void select(UUID innovationId) {
        viewModel.select(innovationId);
    }

    public CatalogueViewModel viewModel() {
        return viewModel;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }

    @Override
    public void refresh() {
        viewModel.load();
    }

    @Override
    public Node initialFocus() {
        return search;
    }

    /** Edit › Adopt into portfolio (Ctrl+Enter), while an entry is selected and no adoption is being saved. */
    @Override
    public ObservableBooleanValue canDo(PageAction action) {
        return action == PageAction.ADOPT
                ? viewModel.selectedProperty().isNotNull().and(viewModel.busyProperty().not()) : null;
    }

    /** Ctrl+Enter and Edit › Adopt into portfolio: adopts the entry, or opens the project that adopts it. */
    @Override
    public void perform(PageAction action) {
        if (action == PageAction.ADOPT) {
            viewModel.adoptOrOpen();
        }
    }

    /** "Open adopted project" for an entry the portfolio already adopts, as Ctrl+Enter then opens it. */
    @Override
    public ObservableStringValue label(PageAction action) {
        return action != PageAction.ADOPT ? null : Bindings.createStringBinding(
                () -> viewModel.isAdopted(viewModel.selectedProperty().get()) ? "Open _adopted project" : action.label(),
                viewModel.selectedProperty(), viewModel.contentsProperty());
    }

    /** Edit › Find (Ctrl+F) puts the keyboard in the catalogue's own search, not the portfolio's. */
    @Override
    public boolean find() {
        search.requestFocus();
        search.selectAll();
        return true;
    }

    private Node header() {
        Label heading = new Label("Catalogue of innovations");
        heading.getStyleClass().add(Styles.TITLE_2);
        Label subtitle = new Label("Practice models and projects from the DfE Innovation Programme, the CII Innovation "
                + "Collective 2022 and the programme newsletters, with the source of every fact.");
        subtitle.getStyleClass().add(Css.APP_SUBTITLE);
        subtitle.setWrapText(true);
        VBox header = new VBox(heading, subtitle, filters());
        header.getStyleClass().add(Css.APP_HEADER);
        return header;
    }

    private Node filters() {
        search.setId(SEARCH_ID);
        search.setPromptText("Search titles, organisations, summaries, facts");
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        search.setAccessibleText("Search the catalogue");
        search.setPrefColumnCount(26);
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
        CheckComboBox<Theme> themes = checks(THEME_FILTER_ID, "Theme", "Filter by CII priority area",
                List.of(Theme.values()), viewModel.themes());
        CheckComboBox<Strand> strands = checks(STRAND_FILTER_ID, "Strand", "Filter by DfE programme strand",
                List.of(Strand.values()), viewModel.strands());
        // CII entries have themes and DfE entries a strand, never both: the two boxes are one either-or choice.
        themes.setTooltip(new javafx.scene.control.Tooltip("CII Innovation Collective priority areas. "
                + "Entries with any theme or strand checked are shown."));
        strands.setTooltip(new javafx.scene.control.Tooltip("DfE Innovation Programme strands. "
                + "Entries with any theme or strand checked are shown."));
        CheckComboBox<Programme> sources = checks(SOURCE_FILTER_ID, "Source", "Filter by source programme",
                List.of(Programme.values()), viewModel.programmes());
        ComboBox<AdoptionState> adoption = new ComboBox<>();
        adoption.getItems().setAll(AdoptionState.values());
        adoption.valueProperty().bindBidirectional(viewModel.adoptionStateProperty());
        adoption.setAccessibleText("Filter by whether your portfolio adopts the entry");
        Button clear = new Button("_Clear filters");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(e -> viewModel.clearFilters());
        Label count = new Label();
        count.setId(COUNT_ID);
        count.textProperty().bind(viewModel.countTextProperty());
        count.getStyleClass().add(CatalogueStyles.COUNT);
        FlowPane bar = new FlowPane(search, themes, strands, sources, adoption, clear, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(CatalogueStyles.FILTER_BAR);
        return bar;
    }

    /** A ControlsFX multi-select whose checked items drive {@code target}; showing e.g. "Theme (2/6)". */
    private static <T> CheckComboBox<T> checks(String id, String name, String accessible, List<T> items,
            ObservableList<T> target) {
        CheckComboBox<T> box = new CheckComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.setTitle(name);
        box.setShowCheckedCount(true);
        box.setAccessibleText(accessible);
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c ->
                target.setAll(List.copyOf(box.getCheckModel().getCheckedItems())));
        // The view model clears its filters itself (Clear filters, or select() of a hidden entry): follow it.
        target.addListener((ListChangeListener<T>) c -> {
            if (target.isEmpty() && !box.getCheckModel().getCheckedItems().isEmpty()) {
                box.getCheckModel().clearChecks();
            }
        });
        return box;
    }

    private Node body() {
        list.setId(LIST_ID);
        list.getStyleClass().add(CatalogueStyles.LIST);
        list.setItems(viewModel.results());
        list.setCellFactory(v -> new CatalogueCell(viewModel::isAdopted, viewModel::matchReason));
        list.setAccessibleText("Catalogue entries");
        list.setPlaceholder(new Label("No entries match. Try fewer words or clear the filters."));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((o, was, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
        });
        // Re-read entries are equal to the old ones, so the selection property does not fire: re-select in the list.
        viewModel.results().addListener((ListChangeListener<Innovation>) c -> {
            Innovation selected = viewModel.selectedProperty().get();
            if (selected != null && list.getSelectionModel().getSelectedItem() == null
                    && viewModel.results().contains(selected)) {
                list.getSelectionModel().select(selected);
            }
        });
        SplitPane split = new SplitPane(list, detail.view());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.46);
        return split;
    }

    private void showSelected() {
        detail.show(viewModel.selectedProperty().get(), viewModel.contentsProperty().get(), viewModel.busyProperty().get());
    }

    private void keys(KeyEvent event) {
        if (FIND.match(event)) {
            find();
            event.consume();
        } else if (PageAction.ADOPT.key().match(event) && viewModel.selectedProperty().get() != null) {
            perform(PageAction.ADOPT);
            event.consume();
        }
    }
}
