package org.innovationportfolio.ui.project;

import java.time.Clock;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.innovationportfolio.model.Partner;
import org.innovationportfolio.ui.shell.Navigator;

/** The Overview tab: the project's own fields (held by the draft), its partners and the innovation it adopts. */
public final class OverviewViewModel {

    private final ProjectDraft draft;
    private final Clock clock;
    private final Navigator nav;
    final TextInput<String> partnerName = Inputs.requiredText("The partner organisation");
    final TextInput<String> partnerRole = Inputs.text("The partner's role");
    private final FormState partnerForm = new FormState(partnerName, partnerRole);
    private final ReadOnlyObjectWrapper<UUID> innovationId = new ReadOnlyObjectWrapper<>(this, "innovationId");
    private final ReadOnlyStringWrapper innovationTitle = new ReadOnlyStringWrapper(this, "innovationTitle", "");

    OverviewViewModel(ProjectDraft draft, Clock clock, Navigator nav) {
        this.draft = draft;
        this.clock = clock;
        this.nav = nav;
    }

    ProjectDraft draft() {
        return draft;
    }

    public ObservableList<Partner> partners() {
        return draft.partners;
    }

    FormState partnerForm() {
        return partnerForm;
    }

    public ReadOnlyObjectProperty<UUID> innovationIdProperty() {
        return innovationId.getReadOnlyProperty();
    }

    /** The adopted innovation's title; "Not linked to a catalogue innovation" when there is none. */
    public ReadOnlyStringProperty innovationTitleProperty() {
        return innovationTitle.getReadOnlyProperty();
    }

    void showInnovation(UUID id, String title) {
        innovationId.set(id);
        innovationTitle.set(id == null ? "Not linked to a catalogue innovation"
                : title == null ? "An innovation not in this catalogue" : title);
    }

    /** Shows the adopted innovation in the catalogue. */
    public void openInnovation() {
        if (innovationId.get() != null) {
            nav.showCatalogue(innovationId.get());
        }
    }

    public boolean addPartner() {
        return partnerForm.submit(this::add);
    }

    private void add() {
        Partner partner = new Partner(ProjectDraft.newId(), partnerName.value(), partnerRole.value(), clock.instant());
        draft.edit(draft.partners, list -> {
            list.add(partner);
            return list;
        }, (a, b) -> 0);
        partnerForm.clear();
    }

    public void removePartner(Partner partner) {
        draft.edit(draft.partners, list -> {
            list.removeIf(p -> p.id().equals(partner.id()));
            return list;
        }, (a, b) -> 0);
    }
}
