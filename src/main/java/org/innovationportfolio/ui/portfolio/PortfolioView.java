package org.innovationportfolio.ui.portfolio;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.model.MilestoneTiming;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.ui.Css;
import org.innovationportfolio.ui.TableLayout;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The portfolio page's layout: filters, commands, the undo bar and the sortable table. Layout only. */
public final class PortfolioView {

    public static final String TABLE_ID = "portfolioTable";
    public static final String LOAD_SAMPLE_BUTTON_ID = "loadSampleButton";
    public static final String UNDO_LINK_ID = "undoDelete";
    public static final String TIMELINE_LINK_ID = "showOnTimeline";

    private final PortfolioViewModel viewModel;
    private final Runnable loadSample;
    private final TableView<PortfolioRow> table = new TableView<>();
    private final FilterBar filters;
    private final BorderPane root = new BorderPane();

    /** @param loadSample what the empty table's "Load sample portfolio" button does */
    public PortfolioView(PortfolioViewModel viewModel, LocalDate today, Runnable loadSample) {
        this.viewModel = viewModel;
        this.loadSample = loadSample;
        this.filters = new FilterBar(viewModel);
        root.setTop(new VBox(filters, commands(), undoBar()));
        root.setCenter(table(today));
        viewModel.highlightedProperty().addListener((observable, was, id) -> select(id));
        table.getItems().addListener((javafx.collections.ListChangeListener<PortfolioRow>) change ->
                select(viewModel.highlightedProperty().get()));
    }

    public Parent root() {
        return root;
    }

    public TableView<PortfolioRow> table() {
        return table;
    }

    /** The search box, for Ctrl+F. */
    public javafx.scene.control.TextField search() {
        return filters.search();
    }

    /** The project selected in the table, or null. */
    public UUID selectedId() {
        PortfolioRow row = table.getSelectionModel().getSelectedItem();
        return row == null ? null : row.id();
    }

    private void select(UUID id) {
        if (id == null) {
            return;
        }
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id().equals(id)) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(i);
                return;
            }
        }
    }

    private javafx.scene.layout.FlowPane commands() {
        Button add = button("_New project", MaterialDesignP.PLUS, "New project (Ctrl+N)", viewModel::addProject);
        add.getStyleClass().add(Styles.ACCENT);
        Button open = button("_Open", MaterialDesignF.FOLDER_OPEN_OUTLINE, "Open the selected project (Enter)",
                () -> viewModel.open(selectedId()));
        Button duplicate = button("D_uplicate", MaterialDesignC.CONTENT_COPY, "Duplicate the selected project (Ctrl+D)",
                () -> viewModel.duplicate(selectedId()));
        Button delete = button("_Delete", MaterialDesignD.DELETE_OUTLINE, "Delete the selected project (Delete)",
                () -> viewModel.delete(selectedId()));
        delete.getStyleClass().add(Styles.DANGER);
        for (Button needsSelection : List.of(open, duplicate, delete)) {
            needsSelection.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                    .or(viewModel.busyProperty()));
        }
        Hyperlink timeline = new Hyperlink("Show on timeline", new FontIcon(MaterialDesignC.CHART_TIMELINE));
        timeline.setId(TIMELINE_LINK_ID);
        timeline.setAccessibleText("Show these projects on the timeline (Ctrl+T)");
        timeline.setTooltip(new javafx.scene.control.Tooltip("The milestones of the projects listed here (Ctrl+T)"));
        timeline.setOnAction(event -> viewModel.showOnTimeline());
        timeline.disableProperty().bind(viewModel.loadedProperty().not());
        // Two groups that wrap: with large text in a narrow window the count and the link go below the buttons
        // rather than any command's name being cut short.
        HBox buttons = new HBox(add, open, duplicate, delete);
        HBox count = new HBox(filters.count(), timeline);
        for (HBox group : List.of(buttons, count)) {
            group.getStyleClass().add(Css.TOOL_ROW);
            group.setStyle("-fx-padding: 0;"); // the row around them has the tool row's padding
            group.setAlignment(Pos.CENTER_LEFT);
            group.getChildren().forEach(command -> ((Region) command).setMinWidth(Region.USE_PREF_SIZE));
        }
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(24, 4, buttons, count);
        row.getStyleClass().add(Css.TOOL_ROW);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Button button(String text, org.kordamp.ikonli.Ikon icon, String accessible, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setAccessibleText(accessible);
        button.setTooltip(new javafx.scene.control.Tooltip(accessible));
        button.setOnAction(event -> action.run());
        return button;
    }

    private HBox undoBar() {
        Label message = new Label();
        message.textProperty().bind(viewModel.undoTextProperty());
        Hyperlink undo = new Hyperlink("Undo (Ctrl+Z)");
        undo.setId(UNDO_LINK_ID);
        undo.setAccessibleText("Undo the deletion");
        undo.setOnAction(event -> viewModel.undo());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button dismiss = new Button("", new FontIcon(MaterialDesignC.CLOSE));
        dismiss.setAccessibleText("Dismiss");
        dismiss.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        dismiss.setOnAction(event -> viewModel.dismissUndo());
        HBox bar = new HBox(new FontIcon(MaterialDesignD.DELETE_RESTORE), message, undo, spacer, dismiss);
        bar.getStyleClass().add(Css.UNDO_BAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(viewModel.undoTextProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private TableView<PortfolioRow> table(LocalDate today) {
        table.setId(TABLE_ID);
        table.getStyleClass().addAll(Css.PORTFOLIO_TABLE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setAccessibleText("Portfolio projects");
        table.accessibleHelpProperty().bind(viewModel.countTextProperty());

        TableColumn<PortfolioRow, String> title = column("Title", 0.16, 10.5);
        title.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().title()));
        title.setCellFactory(PortfolioCells.text(s -> s, ""));
        title.setComparator(String.CASE_INSENSITIVE_ORDER);

        TableColumn<PortfolioRow, String> innovation = column("Innovation", 0.13, 9);
        innovation.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().innovationTitle()));
        innovation.setCellFactory(PortfolioCells.text(s -> s, "Not linked"));
        innovation.setComparator(Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));

        TableColumn<PortfolioRow, Stage> stage = column("Stage", 0.08, 8);
        stage.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().stage()));
        stage.setCellFactory(PortfolioCells.text(Stage::label, ""));

        TableColumn<PortfolioRow, Rag> rag = column("RAG", 0.08, 7.5);
        rag.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rag()));
        rag.setCellFactory(PortfolioCells.rag());
        rag.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));

        // Room for a long word of a job title ("Transformation", "Commissioning") without breaking it mid-word.
        TableColumn<PortfolioRow, String> lead = column("Lead officer", 0.13, 9.5);
        lead.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().leadOfficer()));
        lead.setCellFactory(PortfolioCells.text(s -> s, "Not named"));
        lead.setComparator(Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));

        TableColumn<PortfolioRow, PortfolioRow> milestone = column("Next milestone", 0.19, 13.5); // "Overdue: 9 Oct 2026" on one line
        milestone.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        milestone.setCellFactory(PortfolioCells.milestone(today));
        milestone.setComparator(Comparator.comparing(PortfolioRow::nextMilestoneDue,
                Comparator.nullsLast(Comparator.naturalOrder())));

        TableColumn<PortfolioRow, Long> slippage = column("Slippage", 0.08, 7.5);
        slippage.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().nextMilestone() == null ? null : c.getValue().slippageDays()));
        slippage.setCellFactory(PortfolioCells.text(PortfolioView::slippageText, "None"));
        slippage.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        slippage.getStyleClass().add(Css.NUMERIC);

        TableColumn<PortfolioRow, Money> funding = column("", 0.11, 8);
        funding.textProperty().bind(viewModel.fundingHeaderProperty());
        funding.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().fundingThisYear()));
        funding.setCellFactory(PortfolioCells.pounds());
        funding.getStyleClass().add(Css.NUMERIC);

        table.getColumns().setAll(List.of(title, innovation, stage, rag, lead, milestone, slippage, funding));
        TableLayout.fitOrScroll(table, filters.count());
        SortedList<PortfolioRow> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(placeholder());
        table.setRowFactory(view -> {
            TableRow<PortfolioRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && selectedId() != null) {
                viewModel.open(selectedId());
                event.consume();
            }
        });
        return table;
    }

    /** The next milestone's slippage against its baseline, in the shared words: "+45 days", "3 days early", "None". */
    static String slippageText(Long days) {
        return days == null ? null : MilestoneTiming.slippageWords(days);
    }

    /** A column taking {@code share} of a wide table, never narrower than {@code minEms} (see {@link TableLayout}). */
    private static <T> TableColumn<PortfolioRow, T> column(String heading, double share, double minEms) {
        TableColumn<PortfolioRow, T> column = new TableColumn<>(heading);
        column.setPrefWidth(share * 1200);
        column.setReorderable(false);
        return TableLayout.minEms(column, minEms);
    }

    /** What an empty table shows: "still reading", no matches, or an empty portfolio with the sample on offer. */
    private VBox placeholder() {
        Label heading = new Label();
        heading.textProperty().bind(Bindings.when(viewModel.loadedProperty().not())
                .then("Reading the portfolio…")
                .otherwise(Bindings.when(viewModel.filterProperty().isEqualTo(
                        org.innovationportfolio.logic.portfolio.PortfolioFilter.NONE))
                        .then("There are no projects in this portfolio yet")
                        .otherwise("No project matches these filters")));
        heading.getStyleClass().add(Styles.TITLE_4);
        var emptyPortfolio = viewModel.loadedProperty().and(viewModel.filterProperty().isEqualTo(
                org.innovationportfolio.logic.portfolio.PortfolioFilter.NONE));
        Label explanation = new Label("To see what the application can do, you can load the sample portfolio "
                + "of Northbrook Borough Council, a fictional council.");
        explanation.setWrapText(true);
        explanation.setMaxWidth(Double.MAX_VALUE);
        Button load = new Button("_Load sample portfolio", new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        load.setId(LOAD_SAMPLE_BUTTON_ID);
        load.getStyleClass().add(Styles.ACCENT);
        load.setAccessibleHelp("Fills the empty portfolio with a fictional council's projects");
        load.setOnAction(event -> loadSample.run());
        load.disableProperty().bind(viewModel.busyProperty());
        explanation.visibleProperty().bind(emptyPortfolio);
        load.visibleProperty().bind(emptyPortfolio);
        VBox placeholder = new VBox(heading, explanation, load);
        placeholder.getStyleClass().add(Css.EMPTY_PORTFOLIO);
        placeholder.setAlignment(Pos.CENTER);
        return placeholder;
    }
}
