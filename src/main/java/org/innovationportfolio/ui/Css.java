package org.innovationportfolio.ui;

import org.innovationportfolio.model.Rag;

/** Our own style classes, defined in {@code app.css}; code names a class here and never a colour. */
public final class Css {

    /** Our stylesheet, added to every scene and dialog after the AtlantaFX theme. */
    public static final String STYLESHEET = "/org/innovationportfolio/ui/app.css";

    public static final String APP_HEADER = "app-header";
    public static final String APP_SUBTITLE = "app-subtitle";
    public static final String SAMPLE_NOTICE = "sample-notice";
    public static final String STATUS_BAR = "status-bar";
    public static final String SIDE_BAR = "side-bar";
    public static final String SIDE_BAR_HEADING = "side-bar-heading";
    public static final String SIDE_BAR_BUTTON = "side-bar-button";
    public static final String PAGE_CONTENT = "page-content";
    public static final String PAGE_TITLE = "page-title";
    /** A row of filters or commands over a table. */
    public static final String TOOL_ROW = "tool-row";
    public static final String UNDO_BAR = "undo-bar";
    /** A figure on the dashboard that clicks through. */
    public static final String FIGURE = "figure";
    public static final String FIGURE_NUMBER = "figure-number";
    public static final String FIGURE_LABEL = "figure-label";
    public static final String CARD = "card-panel";
    public static final String CARD_TITLE = "card-title";
    public static final String PIPELINE = "pipeline";
    public static final String PORTFOLIO_TABLE = "portfolio-table";
    public static final String EMPTY_PORTFOLIO = "empty-portfolio";
    /** Numbers and money: right-aligned so digits line up. */
    public static final String NUMERIC = "numeric";
    /** The second, quieter line of a two-line cell. */
    public static final String CELL_DETAIL = "cell-detail";
    public static final String OVERDUE = "overdue";
    /** Text standing for "nothing here", quieter than data. */
    public static final String NONE = "none";

    /** The pill that carries the RAG word, its icon and its colour. */
    public static final String RAG_BADGE = "rag-badge";
    public static final String RAG_RED = "rag-red";
    public static final String RAG_AMBER = "rag-amber";
    public static final String RAG_GREEN = "rag-green";

    private Css() {
    }

    /** The colour class for a RAG status. */
    public static String ragClass(Rag rag) {
        return switch (rag) {
            case RED -> RAG_RED;
            case AMBER -> RAG_AMBER;
            case GREEN -> RAG_GREEN;
        };
    }
}
