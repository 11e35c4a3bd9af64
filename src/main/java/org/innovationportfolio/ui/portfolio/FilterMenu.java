package org.innovationportfolio.ui.portfolio;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.stage.Screen;

/**
 * A multi-select filter that costs next to nothing until it is opened: a menu button reading "Stage", or
 * "Stage (2)" with two values ticked, whose menu holds one check box per value and a Clear item. Its menu items
 * are only made when the menu first opens, and the menu stays open while values are ticked.
 *
 * <p>By keyboard: Space, Enter or Down opens the menu (after Space or Enter, Down then reaches the first
 * value); Up and Down move; Space or Enter ticks or unticks; Escape closes. A screen reader hears "Filter by
 * Stage, 2 ticked" on the button and "Delivering, ticked" or "Delivering, not ticked" on each value.
 */
final class FilterMenu<T> extends MenuButton {

    static final String CLEAR_ITEM_ID = "filterMenuClear";

    private final String title;
    private final Function<? super T, String> label;
    private final List<T> values = new ArrayList<>();
    private final Set<T> ticked = new LinkedHashSet<>();
    private final Map<T, CheckBox> boxes = new HashMap<>();
    private MenuItem clear;
    private Runnable onChange = () -> { };

    /** A filter titled {@code title}, {@code ems} wide, showing each value as {@code label} gives it. */
    FilterMenu(String title, Function<? super T, String> label, double ems) {
        this.title = title;
        this.label = label;
        setMnemonicParsing(false);
        getStyleClass().add("filter-menu");
        // A fixed width, so the title growing to "Strand (3)" does not shuffle the row of filters.
        setPrefWidth(Font.getDefault().getSize() * ems);
        setMinWidth(Region.USE_PREF_SIZE);
        addEventHandler(ON_SHOWING, event -> build());
        addEventHandler(ON_SHOWN, event -> dropBelow());
        showTitle();
    }

    /** The values offered, in order; ticks of values still offered are kept, the others dropped. */
    void setValues(Collection<? extends T> offered) {
        values.clear();
        values.addAll(offered);
        ticked.retainAll(values);
        getItems().clear();
        boxes.clear();
        clear = null;
        if (isShowing()) {
            build();
        }
        showTitle();
    }

    List<T> values() {
        return List.copyOf(values);
    }

    /** The ticked values, in the order offered. */
    Set<T> ticked() {
        Set<T> inOrder = new LinkedHashSet<>();
        for (T value : values) {
            if (ticked.contains(value)) {
                inOrder.add(value);
            }
        }
        return inOrder;
    }

    /** Ticks exactly those of {@code wanted} that are offered, without telling the listener: for showing a filter. */
    void setTicked(Collection<? extends T> wanted) {
        ticked.clear();
        for (T value : values) {
            if (wanted.contains(value)) {
                ticked.add(value);
            }
        }
        showTicks();
    }

    /** Runs whenever the user ticks, unticks or clears. */
    void setOnChange(Runnable onChange) {
        this.onChange = Objects.requireNonNull(onChange);
    }

    private void toggle(T value) {
        if (!ticked.remove(value)) {
            ticked.add(value);
        }
        showTicks();
        onChange.run();
    }

    private void clearTicks() {
        if (!ticked.isEmpty()) {
            ticked.clear();
            showTicks();
            onChange.run();
        }
    }

    /** The menu's items, made the first time it opens after the values were set. */
    private void build() {
        if (!getItems().isEmpty()) {
            return;
        }
        List<MenuItem> items = new ArrayList<>();
        for (T value : values) {
            CheckBox box = new CheckBox(label.apply(value));
            box.setMnemonicParsing(false);
            box.setFocusTraversable(false);
            // The menu row takes the keyboard and the click: a click on the box fires its item once (which ticks),
            // so the box must not also tick itself on the press and release.
            box.addEventFilter(MouseEvent.MOUSE_PRESSED, Event::consume);
            box.addEventFilter(MouseEvent.MOUSE_RELEASED, Event::consume);
            CustomMenuItem item = new CustomMenuItem(box, false);
            item.getStyleClass().add("filter-menu-value");
            item.setOnAction(event -> toggle(value));
            // JavaFX's menu ticks with Space or Enter the row it last reached by arrow key, even after the mouse
            // has moved the focus to another row; so the row that holds the focus takes those keys itself.
            EventHandler<KeyEvent> keys = event -> {
                if ((event.getCode() == KeyCode.SPACE || event.getCode() == KeyCode.ENTER)
                        && box.getParent() != null && box.getParent().isFocused()) {
                    event.consume();
                    item.fire();
                }
            };
            box.parentProperty().addListener((observable, was, is) -> {
                if (was != null) {
                    was.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
                }
                if (is != null) {
                    is.addEventFilter(KeyEvent.KEY_PRESSED, keys);
                }
            });
            boxes.put(value, box);
            items.add(item);
        }
        if (values.isEmpty()) {
            MenuItem none = new MenuItem("None in the portfolio yet");
            none.setDisable(true);
            items.add(none);
        }
        clear = new MenuItem("Clear");
        clear.setId(CLEAR_ITEM_ID);
        clear.setMnemonicParsing(false);
        clear.setOnAction(event -> clearTicks());
        items.add(new SeparatorMenuItem());
        items.add(clear);
        getItems().setAll(items);
        showTicks();
    }

    /**
     * app.css caps a long menu (the tags) at about twelve rows, the rest scrolling; but JavaFX places the menu by
     * its full height before the cap applies, so a menu once taller than the screen opens at the top of the screen
     * over its own button. Once shown at its capped height, it goes back below the button, or above when there
     * is no room below.
     */
    private void dropBelow() {
        ContextMenu popup = getItems().isEmpty() ? null : getItems().get(0).getParentPopup();
        Bounds button = localToScreen(getBoundsInLocal());
        if (popup == null || !popup.isShowing() || button == null || popup.getSkin() == null) {
            return;
        }
        double height = popup.getSkin().getNode().getLayoutBounds().getHeight();
        Rectangle2D screen = Screen.getScreensForRectangle(button.getMinX(), button.getMinY(), button.getWidth(),
                button.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        if (popup.getAnchorY() >= button.getMaxY() || popup.getAnchorY() + height <= button.getMinY()) {
            return; // already clear of the button
        }
        if (button.getMaxY() + height <= screen.getMaxY()) {
            popup.setAnchorY(button.getMaxY());
        } else if (button.getMinY() - height >= screen.getMinY()) {
            popup.setAnchorY(button.getMinY() - height);
        }
    }

    private void showTicks() {
        boxes.forEach((value, box) -> {
            boolean on = ticked.contains(value);
            box.setSelected(on);
            box.setAccessibleText(box.getText() + (on ? ", ticked" : ", not ticked"));
        });
        if (clear != null) {
            clear.setDisable(ticked.isEmpty());
        }
        showTitle();
    }

    private void showTitle() {
        int count = ticked.size();
        setText(count == 0 ? title : title + " (" + count + ")");
        setAccessibleText("Filter by " + title + (count == 0 ? "" : ", " + count + " ticked"));
    }
}
