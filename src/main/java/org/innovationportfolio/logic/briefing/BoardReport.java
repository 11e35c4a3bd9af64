package org.innovationportfolio.logic.briefing;

import org.innovationportfolio.model.Checks;

/**
 * What the officer writes for the report part of a pack, as a council committee report has it: its purpose,
 * the decision sought from the board at this meeting, the implications and the contact officer. Every part is
 * optional; blank text is held as null.
 *
 * @param purpose why the report comes to the board; null for the default sentence
 * @param decisionSought the decision sought from the board for the pack as a whole, or null
 */
public record BoardReport(String purpose, String decisionSought, Implications implications, ContactOfficer contact) {

    /** Nothing written: the default purpose, no decision, no implications, no contact. */
    public static final BoardReport NONE = new BoardReport(null, null, Implications.NONE, ContactOfficer.NONE);

    /** Kept well under a page: a report's parts are short by convention. */
    static final int MAX_TEXT = 4000;

    public BoardReport {
        purpose = Checks.optionalText(purpose, "The purpose", MAX_TEXT);
        decisionSought = Checks.optionalText(decisionSought, "The decision sought", MAX_TEXT);
        implications = implications == null ? Implications.NONE : implications;
        contact = contact == null ? ContactOfficer.NONE : contact;
    }

    /** The usual purpose, when the officer writes none: what the report does for {@code board}. */
    public static String defaultPurpose(String board) {
        return "To update the " + board + " on the progress, funding and risks of the projects in the innovation "
                + "portfolio, and to seek the decisions set out in section 2.";
    }

    public BoardReport withImplications(Implications next) {
        return new BoardReport(purpose, decisionSought, next, contact);
    }

    public BoardReport withContact(ContactOfficer next) {
        return new BoardReport(purpose, decisionSought, implications, next);
    }

    /** The financial, legal, equalities and risk implications; each may be null when there is nothing to say. */
    public record Implications(String financial, String legal, String equalities, String risk) {

        public static final Implications NONE = new Implications(null, null, null, null);

        public Implications {
            financial = Checks.optionalText(financial, "The financial implications", MAX_TEXT);
            legal = Checks.optionalText(legal, "The legal implications", MAX_TEXT);
            equalities = Checks.optionalText(equalities, "The equalities implications", MAX_TEXT);
            risk = Checks.optionalText(risk, "The risk implications", MAX_TEXT);
        }

        public boolean isEmpty() {
            return financial == null && legal == null && equalities == null && risk == null;
        }
    }

    /** Who to ask about the report; each part may be null. */
    public record ContactOfficer(String name, String role, String email, String phone) {

        public static final ContactOfficer NONE = new ContactOfficer(null, null, null, null);

        public ContactOfficer {
            name = Checks.optionalShort(name, "The contact officer's name");
            role = Checks.optionalShort(role, "The contact officer's role");
            email = Checks.optionalShort(email, "The contact officer's email");
            phone = Checks.optionalShort(phone, "The contact officer's phone");
        }

        public boolean isEmpty() {
            return name == null && role == null && email == null && phone == null;
        }
    }
}
