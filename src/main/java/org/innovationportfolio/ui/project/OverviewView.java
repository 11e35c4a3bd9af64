package org.innovationportfolio.ui.project;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.innovationportfolio.model.Partner;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.ui.TwoColumns;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The Overview tab's layout: the project's fields on the left, the innovation, cohort and partners on the right. */
final class OverviewView {

    static final String TITLE_FIELD = "projectTitle";
    private static final double ONE_COLUMN_BELOW_EMS = 52;

    private final OverviewViewModel vm;
    private final ScrollPane root;
    private Node firstField;

    OverviewView(OverviewViewModel vm) {
        this.vm = vm;
        ProjectDraft d = vm.draft();
        VBox titleField = Fields.text("_Title", d.title, TITLE_FIELD, "");
        firstField = titleField.getChildren().get(1);
        HBox dates = new HBox(12, grow(Fields.date("_Start date", d.startDate, "startDate", "e.g. 3 Mar 2025")),
                grow(Fields.date("_End date", d.endDate, "endDate", "e.g. 31 Mar 2027")));
        VBox left = new VBox(10, titleField,
                Fields.choice("Sta_ge", d.stage, Stage.values(), "stage", Stage::label), dates,
                Fields.text("_Lead officer", d.leadOfficer, "leadOfficer", ""),
                Fields.text("S_ponsor", d.sponsor, "sponsor", ""),
                Fields.text("_Governance board", d.governanceBoard, "governanceBoard", ""),
                wrapLabel(Fields.area("_Decision sought from the board (leads its briefing page)", d.decisionSought,
                        "decisionSought", 3)));
        VBox right = new VBox(10, innovation(),
                Fields.area("Target _cohort", d.targetCohort, "targetCohort", 2),
                Fields.area("_Objectives", d.objectives, "objectives", 6),
                Fields.text("T_ags (separated by commas)", d.tags, "tags", "e.g. edge of care, DfE funded"),
                partners());
        GridPane grid = new GridPane();
        grid.setHgap(28);
        grid.setVgap(10);
        grid.setPadding(new Insets(16, 20, 20, 20));
        root = FocusScroll.follow(new ScrollPane(grid));
        root.setFitToWidth(true);
        // Only for its width, which the two columns follow: the record's tab scrolls the page, so this never
        // scrolls up and down itself and is always as tall as the fields.
        root.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        javafx.beans.binding.DoubleBinding fieldsHeight = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> grid.prefHeight(root.getViewportBounds().getWidth()), grid.layoutBoundsProperty(),
                root.viewportBoundsProperty());
        root.minViewportHeightProperty().bind(fieldsHeight);
        root.prefViewportHeightProperty().bind(fieldsHeight);
        // The two columns of fields stack when the window is narrow or the text large.
        TwoColumns columns = new TwoColumns(grid, ONE_COLUMN_BELOW_EMS);
        columns.follow(root.viewportBoundsProperty());
        columns.setAll(List.of(left, right), Set.of(), (Labeled) titleField.getChildren().get(0));
    }

    Node root() {
        return root;
    }

    Node firstField() {
        return firstField;
    }

    private VBox innovation() {
        Hyperlink link = new Hyperlink();
        link.setId("innovationLink");
        link.textProperty().bind(vm.innovationTitleProperty());
        link.disableProperty().bind(vm.innovationIdProperty().isNull());
        link.setGraphic(new FontIcon(MaterialDesignD.DOMAIN));
        link.setOnAction(e -> vm.openInnovation());
        link.setWrapText(true);
        link.setAccessibleHelp("Shows the innovation in the catalogue");
        return Fields.wrap("Adopts the innovation", link);
    }

    private VBox partners() {
        ListView<Partner> list = SizedToRows.list(new ListView<>(vm.partners()));
        list.setId("partners");
        list.setAccessibleText("Partners");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Partner p, boolean empty) {
                super.updateItem(p, empty);
                setText(null);
                if (empty || p == null) {
                    setGraphic(null);
                    setAccessibleText(null);
                    return;
                }
                Label name = new Label(p.organisation());
                name.getStyleClass().add(Styles.TEXT_BOLD);
                Label role = new Label(p.role() == null ? "Role not given" : p.role());
                role.getStyleClass().add(Styles.TEXT_MUTED);
                for (Label l : new Label[] {name, role}) {
                    l.setWrapText(true);
                    l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                    l.maxWidthProperty().bind(list.widthProperty().subtract(40));
                }
                setGraphic(new VBox(2, name, role));
                setAccessibleText(p.organisation() + (p.role() == null ? "" : ", " + p.role()));
            }
        });
        list.setPlaceholder(new Label("No partners yet"));
        Button remove = new Button("_Remove partner", new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removePartner(list.getSelectionModel().getSelectedItem()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && list.getSelectionModel().getSelectedItem() != null) {
                vm.removePartner(list.getSelectionModel().getSelectedItem());
            }
        });
        Button add = new Button("Add _partner", new FontIcon(MaterialDesignP.PLUS));
        add.setId("addPartner");
        HBox form = new HBox(8, grow(Fields.text("Organisation", vm.partnerName, "partnerName", "")),
                grow(Fields.text("Role", vm.partnerRole, "partnerRole", "e.g. Evaluation partner")));
        HBox buttons = new HBox(8, add, remove);
        remove.getStyleClass().add(Styles.FLAT);
        VBox entry = EntryForm.card("partnerForm", vm.partnerForm(), add, vm::addPartner,
                new javafx.beans.property.SimpleBooleanProperty(false),
                "This partner has not been added yet: press Add partner, or it will be left out when you save.", "",
                form, buttons);
        entry.getStyleClass().remove("record-card");
        return new VBox(6, Fields.wrap("Partners", list), entry);
    }

    /** A field whose label wraps rather than being cut short in a narrow column or with large text. */
    private static VBox wrapLabel(VBox field) {
        if (field.getChildren().get(0) instanceof Label label) {
            label.setWrapText(true);
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        return field;
    }

    static <T extends Node> T grow(T node) {
        HBox.setHgrow(node, Priority.ALWAYS);
        return node;
    }
}
