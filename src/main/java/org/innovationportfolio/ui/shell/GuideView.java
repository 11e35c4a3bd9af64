package org.innovationportfolio.ui.shell;

import atlantafx.base.theme.Styles;
import java.net.URL;
import java.util.function.Function;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown as JavaFX nodes, for the user guide: headings, paragraphs with bold and code, numbered and bulleted
 * lists, and pictures (the bundled file, or its description in words when the file is not there). Links show as
 * their text: the guide opens nothing outside the application.
 */
final class GuideView {

    /** How wide a picture is shown at most, in pixels; it keeps its proportions. */
    private static final double PICTURE_WIDTH = 760;

    private GuideView() {
    }

    /** @param pictures finds a picture the guide names; null when there is none to show */
    static VBox render(String markdown, Function<String, URL> pictures) {
        VBox page = new VBox();
        org.commonmark.node.Node document = Parser.builder().build().parse(markdown);
        addBlocks(page, document, pictures);
        return page;
    }

    private static void addBlocks(VBox into, org.commonmark.node.Node parent, Function<String, URL> pictures) {
        for (org.commonmark.node.Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            Node shown = block(block, pictures);
            if (shown != null) {
                into.getChildren().add(shown);
            }
        }
    }

    private static Node block(org.commonmark.node.Node block, Function<String, URL> pictures) {
        if (block instanceof Heading heading) {
            Label label = new Label(plain(heading));
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.getStyleClass().addAll(headingStyle(heading.getLevel()), "guide-heading");
            label.setAccessibleRole(AccessibleRole.TEXT);
            label.setAccessibleRoleDescription("heading level " + heading.getLevel());
            return label;
        }
        if (block instanceof Paragraph paragraph) {
            if (paragraph.getFirstChild() instanceof Image image && image.getNext() == null) {
                return picture(image, pictures);
            }
            return flow(paragraph);
        }
        if (block instanceof OrderedList list) {
            return list(list, list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber(), pictures);
        }
        if (block instanceof BulletList list) {
            return list(list, -1, pictures);
        }
        if (block instanceof FencedCodeBlock code) {
            return code(code.getLiteral());
        }
        if (block instanceof IndentedCodeBlock code) {
            return code(code.getLiteral());
        }
        if (block instanceof BlockQuote quote) {
            VBox box = new VBox();
            box.getStyleClass().add("guide-quote");
            addBlocks(box, quote, pictures);
            return box;
        }
        if (block instanceof ThematicBreak) {
            return new Separator();
        }
        return null;
    }

    private static Node list(org.commonmark.node.Node list, int start, Function<String, URL> pictures) {
        VBox items = new VBox();
        items.getStyleClass().add("guide-list");
        int number = start;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            Label marker = new Label(start < 0 ? "•" : number++ + ".");
            marker.getStyleClass().add("guide-list-marker");
            marker.setMinWidth(Region.USE_PREF_SIZE);
            VBox body = new VBox();
            body.getStyleClass().add("guide-list-body");
            addBlocks(body, item, pictures);
            HBox.setHgrow(body, Priority.ALWAYS);
            HBox row = new HBox(marker, body);
            row.getStyleClass().add("guide-list-item");
            items.getChildren().add(row);
        }
        return items;
    }

    /** The paragraph's words, bold and code kept, wrapping with the window; read out as one piece of text. */
    private static Node flow(org.commonmark.node.Node paragraph) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("guide-paragraph");
        addInline(flow, paragraph, false);
        flow.setAccessibleRole(AccessibleRole.TEXT);
        flow.setAccessibleText(plain(paragraph));
        return flow;
    }

    private static void addInline(TextFlow flow, org.commonmark.node.Node parent, boolean bold) {
        for (org.commonmark.node.Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof org.commonmark.node.Text text) {
                flow.getChildren().add(text(text.getLiteral(), bold, false));
            } else if (node instanceof Code code) {
                flow.getChildren().add(text(code.getLiteral(), bold, true));
            } else if (node instanceof SoftLineBreak) {
                flow.getChildren().add(text(" ", bold, false));
            } else if (node instanceof HardLineBreak) {
                flow.getChildren().add(text("\n", bold, false));
            } else if (node instanceof Image image) {
                flow.getChildren().add(text("[Picture: " + plain(image) + "]", bold, false));
            } else {
                addInline(flow, node, bold || node instanceof StrongEmphasis);
            }
        }
    }

    private static Text text(String words, boolean bold, boolean code) {
        Text text = new Text(words);
        text.getStyleClass().add("guide-text");
        if (code) {
            text.getStyleClass().add("guide-code");
        }
        if (bold) {
            text.setStyle("-fx-font-weight: bold;");
        }
        return text;
    }

    /** The bundled screenshot at its natural size up to the page's width, or its description when it is missing. */
    private static Node picture(Image image, Function<String, URL> pictures) {
        String description = plain(image);
        URL url = pictures.apply(image.getDestination());
        if (url != null) {
            javafx.scene.image.Image picture = new javafx.scene.image.Image(url.toExternalForm(), PICTURE_WIDTH, 0,
                    true, true, false);
            if (!picture.isError()) {
                ImageView view = new ImageView(picture);
                view.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
                view.setAccessibleText(description);
                view.getStyleClass().add("guide-picture");
                return view;
            }
        }
        Label words = new Label("[Picture: " + description + "]");
        words.setWrapText(true);
        words.getStyleClass().addAll(Styles.TEXT_MUTED, "guide-picture-missing");
        return words;
    }

    private static Node code(String literal) {
        Label label = new Label(literal.stripTrailing());
        label.setFont(Font.font("monospace", FontWeight.NORMAL, Font.getDefault().getSize()));
        label.getStyleClass().add("guide-code-block");
        return label;
    }

    private static String headingStyle(int level) {
        return switch (level) {
            case 1 -> Styles.TITLE_1;
            case 2 -> Styles.TITLE_2;
            case 3 -> Styles.TITLE_3;
            default -> Styles.TITLE_4;
        };
    }

    /** A node's words without their markup. */
    static String plain(org.commonmark.node.Node node) {
        StringBuilder out = new StringBuilder();
        appendPlain(out, node);
        return out.toString().strip();
    }

    private static void appendPlain(StringBuilder out, org.commonmark.node.Node node) {
        for (org.commonmark.node.Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.Text text) {
                out.append(text.getLiteral());
            } else if (child instanceof Code code) {
                out.append(code.getLiteral());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                out.append(' ');
            } else {
                appendPlain(out, child);
            }
        }
    }
}
