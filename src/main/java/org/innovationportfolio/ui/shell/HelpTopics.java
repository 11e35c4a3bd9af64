package org.innovationportfolio.ui.shell;

import java.util.List;

/**
 * What F1 explains: what each screen is for, and the keys that work on one screen only. The keys of the
 * menus are read from the menu bar itself, so they cannot drift from what the menus do.
 */
final class HelpTopics {

    /** A heading and a paragraph. */
    record Topic(String title, String text) {
    }

    /** A key and what it does. */
    record Key(String keys, String action) {
    }

    /** A screen's keys, under its name. */
    record KeyGroup(String title, List<Key> keys) {
    }

    private HelpTopics() {
    }

    static String about(Screen screen) {
        return switch (screen) {
            case DASHBOARD -> "The portfolio at a glance: projects by stage (the pipeline) and, for projects under way, by "
                    + "RAG status, in numbers and words, with the Red ones by name (Closed and Stopped are counted apart; a "
                    + "RAG older than six weeks is flagged); milestones overdue (days past the date still planned, with "
                    + "slippage from the baseline shown apart) and due in the next 90 days; funding this financial "
                    + "year and next, awarded, spent and forecast, by source; the latest RAG and stage changes. Every figure "
                    + "opens the portfolio filtered to it, or the project.";
            case PORTFOLIO -> "Every project in a table: title, innovation, stage, RAG, lead officer, next "
                    + "milestone, slippage and funding this year. Sort by any column; filter by stage, RAG, CII "
                    + "theme, DfE strand and tag, or search titles, leads, partners and commentary. The count says "
                    + "how many of how many are showing. Add, duplicate and delete projects; a deletion can be undone.";
            case TIMELINE -> "The milestones of every project on a month or quarter axis: the baseline date (◇) "
                    + "and the forecast (◆) with the slippage between them, a line for today, and overdue milestones "
                    + "marked in words as well as red. Tab to a milestone to hear its dates; Enter opens its project. "
                    + "From the portfolio, View › Show on timeline (Ctrl+T) shows only the projects it is filtered to, and says so.";
            case CATALOGUE -> "Innovations from the DfE Children's Social Care Innovation Programme, the CII "
                    + "Innovation Collective 2022 and the programme newsletters, with the source of every fact. "
                    + "Search, and filter by CII theme, DfE strand and source. Adopt makes a project in Exploring "
                    + "linked to the entry and opens it; entries your portfolio already adopts are marked.";
            case BRIEFINGS -> "File › Briefing pack… writes a board briefing on the portfolio as a Word document "
                    + "or a PDF.";
            case PACKS -> "File › Export project pack… and Import project pack… share projects with another "
                    + "council as one checked file; the last import can be undone.";
            case PROJECT -> "One project, in tabs: Overview, Status (RAG updates with commentary, and the history), "
                    + "Milestones, Funding by financial year, Outcomes, Risks with a heat map, Notes and decisions, "
                    + "and Documents. Changes are kept until you save; leaving with unsaved changes asks first.";
        };
    }

    /**
     * Keys that work on one screen, beyond those in the menus: the timeline's zoom, Home and Page Up or Down and the
     * catalogue's Ctrl+Enter are menu items (View and Edit), so the help lists them with the menus'.
     */
    static List<KeyGroup> screenKeys() {
        return List.of(
                new KeyGroup("Anywhere", List.of(
                        new Key("Tab, Shift+Tab", "Move to the next or previous control, in reading order"),
                        new Key("Alt+letter", "Use the menu, button or field whose letter is underlined"),
                        new Key("F10", "Go to the menu bar"),
                        new Key("Ctrl+Shift+Z", "Redo, as Ctrl+Y does"))),
                new KeyGroup("Portfolio", List.of(
                        new Key("Enter, or double-click", "Open the selected project"),
                        new Key("Delete", "Delete the selected project (Ctrl+Z brings it back)"))),
                new KeyGroup("Project record", List.of(
                        new Key("Ctrl+Tab, Ctrl+Shift+Tab", "Next or previous tab, from anywhere in the record"),
                        new Key("Enter", "Change the selected milestone, funding line, risk or note"),
                        new Key("Delete", "Remove the selected row"))),
                new KeyGroup("Timeline", List.of(
                        new Key("Tab, or Up and Down", "Move from milestone to milestone, project by project"),
                        new Key("Enter", "Open the project of the selected milestone"),
                        new Key("Left, Right", "Scroll sideways"),
                        new Key("Ctrl+scroll wheel", "Zoom in and out"))),
                new KeyGroup("Catalogue", List.of(
                        new Key("Down", "From the search box to the list of entries"),
                        new Key("Esc", "Clear the search"))));
    }

    static Topic yourData(String dataFolder) {
        return new Topic("Your data", "Everything stays on this computer, in " + dataFolder + ". The application "
                + "works offline; it never sends your portfolio anywhere.");
    }

    /** How the portfolio is backed up, and how a backup comes back. */
    static String backups(String dataFolder) {
        return "The application backs up the whole portfolio, with its attached documents, on the first start of each "
                + "day and when you close it after changes, into " + java.nio.file.Path.of(dataFolder, "backups")
                + ". It keeps a week of daily backups, a month of weekly ones and a year of monthly ones. File › "
                + "Backup settings… adds a second folder, such as your council's network drive, so a copy is kept "
                + "off this computer too; File › Back up… writes one whenever you like. File › Restore… lists the "
                + "backups, shows what a restore would change, and a restore can be undone.";
    }
}
