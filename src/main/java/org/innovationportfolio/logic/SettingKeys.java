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

    /** The last briefing pack's implications, offered for the next (blank or absent when none was written). */
    public static final String IMPLICATIONS_FINANCIAL = "briefing.implications.financial";
    public static final String IMPLICATIONS_LEGAL = "briefing.implications.legal";
    public static final String IMPLICATIONS_EQUALITIES = "briefing.implications.equalities";
    public static final String IMPLICATIONS_RISK = "briefing.implications.risk";
    /** The last briefing pack's contact officer, offered for the next. */
    public static final String CONTACT_NAME = "briefing.contact.name";
    public static final String CONTACT_ROLE = "briefing.contact.role";
    public static final String CONTACT_EMAIL = "briefing.contact.email";
    public static final String CONTACT_PHONE = "briefing.contact.phone";

    private SettingKeys() {
    }
}
