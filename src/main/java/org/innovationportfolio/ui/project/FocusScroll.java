package org.innovationportfolio.ui.project;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Keeps the field with the keyboard in view in a scrolling form: Tab, Enter and the error summary's links move there. */
final class FocusScroll {

    private FocusScroll() {
    }

    static ScrollPane follow(ScrollPane scroll) {
        scroll.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, before, focused) -> reveal(scroll, focused));
            }
        });
        return scroll;
    }

    static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (node == null || content == null || !inside(node, content)) {
            return;
        }
        double viewport = scroll.getViewportBounds().getHeight();
        double height = content.getBoundsInLocal().getHeight();
        if (height <= viewport) {
            return;
        }
        Bounds field = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double offset = scroll.getVvalue() * (height - viewport);
        if (field.getMinY() < offset) {
            offset = field.getMinY();
        } else if (field.getMaxY() > offset + viewport) {
            offset = Math.min(field.getMinY(), field.getMaxY() - viewport);
        } else {
            return;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, offset / (height - viewport))));
    }

    private static boolean inside(Node node, Node content) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == content) {
                return true;
            }
        }
        return false;
    }
}
