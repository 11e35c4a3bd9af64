package org.innovationportfolio.ui.project;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The GOV.UK error summary for one form: after a refused attempt to add, "There is a problem" at the
 * top of the form with each message as a link that takes the keyboard to its field.
 */
final class ErrorSummary {

    static final String STYLE = "error-summary";

    private final FormState form;
    private final VBox box = new VBox(4);
    private final VBox links = new VBox(2);
    private Parent scope;

    ErrorSummary(FormState form, String id) {
        this.form = form;
        Label heading = new Label("There is a problem");
        heading.getStyleClass().add(Styles.TITLE_4);
        box.getChildren().addAll(heading, links);
        box.getStyleClass().add(STYLE);
        box.setId(id);
        box.visibleProperty().bind(form.attemptedProperty().and(javafx.beans.binding.Bindings.isNotEmpty(form.problems())));
        box.managedProperty().bind(box.visibleProperty());
        box.setAccessibleText("There is a problem");
        form.problems().addListener((ListChangeListener<FormState.Problem>) c -> showProblems());
        showProblems();
    }

    Node node() {
        return box;
    }

    /** Where to find the fields the links go to: the form the summary tops. */
    void linkTo(Parent form) {
        this.scope = form;
    }

    /** Takes the keyboard to the first problem's link, as a refused attempt should. */
    void focus() {
        if (box.isVisible() && !links.getChildren().isEmpty()) {
            links.getChildren().get(0).requestFocus();
        }
    }

    private void showProblems() {
        links.getChildren().clear();
        for (FormState.Problem problem : form.problems()) {
            if (problem.input() == null) {
                Label whole = new Label(problem.message());
                whole.setWrapText(true);
                whole.getStyleClass().add(Fields.FIELD_ERROR);
                links.getChildren().add(whole);
                continue;
            }
            Hyperlink link = new Hyperlink(problem.message());
            link.setWrapText(true);
            link.getStyleClass().add(Styles.DANGER);
            link.setAccessibleHelp("Goes to the field");
            link.setOnAction(e -> focusField(problem.input()));
            links.getChildren().add(link);
        }
    }

    private void focusField(TextInput<?> input) {
        Node field = scope == null ? null : find(scope, input);
        if (field != null) {
            field.requestFocus();
        }
    }

    private static Node find(Node node, TextInput<?> input) {
        if (Fields.inputOf(node) == input) {
            return node;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = find(child, input);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
