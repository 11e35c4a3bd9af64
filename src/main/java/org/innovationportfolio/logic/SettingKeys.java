package org.innovationportfolio.logic;

/** The names of the settings kept in {@link SettingsRepository}. */
public final class SettingKeys {

    /** The council the portfolio belongs to, shown on briefings and packs. */
    public static final String COUNCIL_NAME = "council.name";
    /** The officer's own name, offered as the sender of a project pack. */
    public static final String OFFICER_NAME = "officer.name";
    /** The shipped catalogue version last loaded. */
    public static final String CATALOGUE_VERSION = "catalogue.version";
    /** "true" once the window has offered sample data, so it asks only once. */
    public static final String SAMPLE_OFFERED = "sample.offered";
    /** "true" when the portfolio holds the fictional sample data. */
    public static final String SAMPLE_LOADED = "sample.loaded";

    /** Weeks after which an active project's RAG is flagged as stale (a whole number; six when not set). */
    public static final String RAG_STALE_AFTER_WEEKS = "rag.staleAfterWeeks";

    private SettingKeys() {
    }
}
