package org.innovationportfolio.ui.briefing;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.innovationportfolio.logic.briefing.BoardReport;
import org.innovationportfolio.model.InvalidValueException;

/**
 * The Report step's answers: purpose, the decision sought for the pack, the four implications and the contact
 * officer, as typed. The purpose starts as the usual sentence and follows the board's name until it is edited;
 * the implications and contact start from the last pack's. Holds no controls.
 */
public final class ReportDetails {

    private final StringProperty purpose = new SimpleStringProperty(this, "purpose", "");
    private final StringProperty decision = new SimpleStringProperty(this, "decision", "");
    private final StringProperty financial = new SimpleStringProperty(this, "financial", "");
    private final StringProperty legal = new SimpleStringProperty(this, "legal", "");
    private final StringProperty equalities = new SimpleStringProperty(this, "equalities", "");
    private final StringProperty risk = new SimpleStringProperty(this, "risk", "");
    private final StringProperty contactName = new SimpleStringProperty(this, "contactName", "");
    private final StringProperty contactRole = new SimpleStringProperty(this, "contactRole", "");
    private final StringProperty contactEmail = new SimpleStringProperty(this, "contactEmail", "");
    private final StringProperty contactPhone = new SimpleStringProperty(this, "contactPhone", "");
    private final StringBinding error;
    private String defaultPurpose = "";

    ReportDetails() {
        error = Bindings.createStringBinding(() -> {
            try {
                toReport();
                return "";
            } catch (InvalidValueException e) {
                return e.getMessage();
            }
        }, purpose, decision, financial, legal, equalities, risk, contactName, contactRole, contactEmail, contactPhone);
    }

    /** The usual purpose for {@code board}, put in the field unless the officer has written their own. */
    void followBoard(String board) {
        String next = BoardReport.defaultPurpose(board);
        if (purpose.get().isBlank() || purpose.get().equals(defaultPurpose)) {
            purpose.set(next);
        }
        defaultPurpose = next;
    }

    /** Fills the implications and contact officer remembered from the last pack. */
    void remember(BoardReport remembered) {
        BoardReport.Implications i = remembered.implications();
        financial.set(orEmpty(i.financial()));
        legal.set(orEmpty(i.legal()));
        equalities.set(orEmpty(i.equalities()));
        risk.set(orEmpty(i.risk()));
        BoardReport.ContactOfficer c = remembered.contact();
        contactName.set(orEmpty(c.name()));
        contactRole.set(orEmpty(c.role()));
        contactEmail.set(orEmpty(c.email()));
        contactPhone.set(orEmpty(c.phone()));
    }

    /** The report as typed; blank parts are left out of the pack. */
    BoardReport toReport() {
        return new BoardReport(purpose.get(), decision.get(),
                new BoardReport.Implications(financial.get(), legal.get(), equalities.get(), risk.get()),
                new BoardReport.ContactOfficer(contactName.get(), contactRole.get(), contactEmail.get(), contactPhone.get()));
    }

    /** What stops the officer going on from this step; null when nothing does. */
    String problem() {
        return error.get().isEmpty() ? null : error.get();
    }

    public StringBinding errorBinding() {
        return error;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    public StringProperty decisionProperty() {
        return decision;
    }

    public StringProperty financialProperty() {
        return financial;
    }

    public StringProperty legalProperty() {
        return legal;
    }

    public StringProperty equalitiesProperty() {
        return equalities;
    }

    public StringProperty riskProperty() {
        return risk;
    }

    public StringProperty contactNameProperty() {
        return contactName;
    }

    public StringProperty contactRoleProperty() {
        return contactRole;
    }

    public StringProperty contactEmailProperty() {
        return contactEmail;
    }

    public StringProperty contactPhoneProperty() {
        return contactPhone;
    }
}
