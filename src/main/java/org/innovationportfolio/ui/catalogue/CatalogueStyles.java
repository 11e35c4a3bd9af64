package org.innovationportfolio.ui.catalogue;

/** The catalogue page's style classes, defined in {@code catalogue.css}; code names a class, never a colour. */
final class CatalogueStyles {

    static final String STYLESHEET = "/org/innovationportfolio/ui/catalogue/catalogue.css";

    static final String PAGE = "catalogue-page";
    static final String FILTER_BAR = "catalogue-filters";
    static final String COUNT = "catalogue-count";
    static final String LIST = "catalogue-list";
    static final String ENTRY_CELL = "catalogue-entry";
    static final String ENTRY_TEXT = "catalogue-entry-text";
    static final String ENTRY_RIGHT = "catalogue-entry-right";
    static final String ENTRY_TITLE = "catalogue-entry-title";
    static final String ENTRY_DETAIL = "catalogue-entry-detail";
    static final String ENTRY_REASON = "catalogue-entry-reason";
    static final String ENTRY_AWARD = "catalogue-entry-award";
    static final String ADOPTED_BADGE = "adopted-badge";
    static final String DETAIL = "catalogue-detail";
    static final String DETAIL_HEADING = "catalogue-detail-heading";
    static final String SECTION_HEADING = "catalogue-section-heading";
    static final String FIELD_NAME = "catalogue-field-name";
    static final String FACT = "catalogue-fact";
    static final String SOURCE = "catalogue-source";
    /** Each source the entry itself cites, one a label under its Source (or Sources) heading. */
    static final String CITATION = "catalogue-citation";
    static final String ADOPTED_NOTE = "catalogue-adopted-note";
    static final String EMPTY = "catalogue-empty";

    private CatalogueStyles() {
    }
}
