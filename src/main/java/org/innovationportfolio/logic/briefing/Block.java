package org.innovationportfolio.logic.briefing;

import java.util.List;
import java.util.Objects;
import org.innovationportfolio.model.Rag;

/**
 * One piece of a briefing document, in reading order. Every figure is already worked out and written as
 * text, so a renderer only lays it out.
 */
public sealed interface Block {

    /** A heading, level 1 (a section) to 3. */
    record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("Heading level " + level);
            }
            Objects.requireNonNull(text, "text");
        }
    }

    /** A paragraph of running text; {@code lead} paragraphs are set a little larger. */
    record Paragraph(String text, boolean lead) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }

        public static Paragraph of(String text) {
            return new Paragraph(text, false);
        }
    }

    /** A bulleted list. */
    record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** Label and value pairs, such as the cover's board, date and author. */
    record Facts(List<Fact> facts) implements Block {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    /** One label and its value. */
    record Fact(String label, String value) {
    }

    /**
     * Key facts set two pairs to a row (label, value, label, value), as a compact table whose labels are row
     * headers; used at the top of a project's one-page summary.
     *
     * @param caption says what the facts are about, for screen readers
     */
    record KeyFacts(String caption, List<Fact> facts) implements Block {
        public KeyFacts {
            Objects.requireNonNull(caption, "caption");
            facts = List.copyOf(facts);
        }
    }

    /** A short note in small print, such as "And 3 more milestones in the full record." */
    record Note(String text) implements Block {
        public Note {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A table with a header row (repeated on each page) and an optional total row.
     *
     * @param caption says what the table shows, for screen readers and the reader skimming
     * @param compact set in smaller type with tight rows, its caption given to screen readers but not printed
     *     (a heading just above already names it); used on the one-page project summaries
     */
    record Table(String caption, List<Column> columns, List<List<Cell>> rows, List<Cell> total, boolean compact)
            implements Block {

        public Table(String caption, List<Column> columns, List<List<Cell>> rows, List<Cell> total) {
            this(caption, columns, rows, total, false);
        }

        public Table {
            Objects.requireNonNull(caption, "caption");
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<Cell> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("A row of " + row.size() + " cells in a table of " + columns.size());
                }
            }
            if (total != null) {
                total = List.copyOf(total);
            }
        }
    }

    /** A column: its header, whether it holds numbers (right-aligned), and its relative width. */
    record Column(String header, boolean numeric, int weight) {
        public static Column text(String header, int weight) {
            return new Column(header, false, weight);
        }

        public static Column number(String header, int weight) {
            return new Column(header, true, weight);
        }
    }

    /** A table cell's text, and the RAG it shows when it is a RAG cell (the word is always there too). */
    record Cell(String text, Rag rag) {
        public Cell {
            text = text == null ? "" : text;
        }

        public static Cell of(String text) {
            return new Cell(text, null);
        }
    }

    /**
     * A bar chart, stacked by series, with alt text that states its figures.
     *
     * @param money true when values are whole pounds, false when they are counts
     * @param categoryTotals each bar's total as text, printed above it
     */
    record BarChart(String title, String altText, String valueAxisTitle, boolean money, List<String> categories,
            List<Series> series, List<String> categoryTotals) implements Block {
        public BarChart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            categoryTotals = List.copyOf(categoryTotals);
            for (Series s : series) {
                if (s.values().size() != categories.size()) {
                    throw new IllegalArgumentException("Series " + s.name() + " does not match the categories");
                }
            }
        }
    }

    /** One series of a chart: its name, a value per category, and the RAG it stands for, if any (for its colour). */
    record Series(String name, List<Long> values, Rag rag) {
        public Series {
            values = List.copyOf(values);
        }
    }

    /** The cover: the marking, the title, a subtitle and the facts of the meeting. */
    record Cover(String marking, String title, String subtitle, List<Fact> facts) implements Block {
        public Cover {
            Objects.requireNonNull(marking, "marking");
            Objects.requireNonNull(title, "title");
            facts = List.copyOf(facts);
        }
    }

    /** Where the table of contents goes. */
    record Contents() implements Block {
    }

    /**
     * Starts a new page; a soft break only when the page has too little room left for what follows to start well
     * (under a third of it), so a short section runs on after the last instead of standing alone on a page. Word
     * cannot say "unless there is room": there a soft break is no break, and the heading's keep-with-next keeps
     * it off the foot of the page.
     */
    record PageBreak(boolean soft) implements Block {
        public PageBreak() {
            this(false);
        }

        /** A break only when under a third of the page is left. */
        public static PageBreak unlessRoom() {
            return new PageBreak(true);
        }
    }
}
