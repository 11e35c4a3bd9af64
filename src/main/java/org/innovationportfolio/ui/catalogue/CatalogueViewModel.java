package org.innovationportfolio.ui.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.innovationportfolio.logic.catalogue.Adoption;
import org.innovationportfolio.logic.catalogue.CatalogueContents;
import org.innovationportfolio.logic.catalogue.CatalogueQuery;
import org.innovationportfolio.logic.catalogue.CatalogueQuery.AdoptionState;
import org.innovationportfolio.logic.catalogue.CatalogueSearch;
import org.innovationportfolio.logic.catalogue.MatchReason;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Programme;
import org.innovationportfolio.model.Strand;
import org.innovationportfolio.model.Theme;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.DesktopContext;
import org.innovationportfolio.ui.TaskRunner;
import org.innovationportfolio.ui.shell.Navigator;

/** The catalogue browser's state and commands: the query, the matching entries, the selection and Adopt. */
public final class CatalogueViewModel {

    private final Supplier<CatalogueContents> reader;
    private final Adoption adoption;
    private final Navigator nav;
    private final DialogService dialogs;
    private final TaskRunner tasks;

    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObservableList<Theme> themes = FXCollections.observableArrayList();
    private final ObservableList<Strand> strands = FXCollections.observableArrayList();
    private final ObservableList<Programme> programmes = FXCollections.observableArrayList();
    private final ObjectProperty<AdoptionState> adoptionState = new SimpleObjectProperty<>(this, "adoption", AdoptionState.ANY);
    private final ObservableList<Innovation> results = FXCollections.observableArrayList();
    private final ObjectProperty<Innovation> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<CatalogueContents> contents =
            new ReadOnlyObjectWrapper<>(this, "contents", CatalogueContents.EMPTY);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private UUID pendingSelection;

    public CatalogueViewModel(DesktopContext context, Navigator nav, DialogService dialogs, TaskRunner tasks) {
        this.reader = Objects.requireNonNull(context.useCases().catalogue(), "catalogue");
        this.adoption = context.useCases().adoption();
        this.nav = Objects.requireNonNull(nav, "nav");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        searchText.addListener((o, was, now) -> applyQuery());
        themes.addListener((javafx.collections.ListChangeListener<Theme>) c -> applyQuery());
        strands.addListener((javafx.collections.ListChangeListener<Strand>) c -> applyQuery());
        programmes.addListener((javafx.collections.ListChangeListener<Programme>) c -> applyQuery());
        adoptionState.addListener((o, was, now) -> applyQuery());
    }

    /** Re-reads the catalogue and what is adopted, keeping the query and the selection. */
    public void load() {
        tasks.run("Reading the catalogue", progress -> reader.get(), this::show,
                message -> dialogs.showError("The catalogue could not be read", message));
    }

    /** Selects the entry, clearing the filters if they hide it; remembered until the catalogue has loaded. */
    public void select(UUID innovationId) {
        pendingSelection = innovationId;
        if (loaded.get()) {
            selectPending();
        }
    }

    /** Adopts the selected entry into the portfolio and opens the new project; an adopted entry opens its project. */
    public void adoptOrOpen() {
        Innovation entry = selected.get();
        if (entry == null || busy.get()) {
            return;
        }
        List<Adoption.AdoptedBy> existing = contents.get().adoptedBy(entry.id());
        if (!existing.isEmpty()) {
            nav.showProject(existing.get(0).projectId());
            return;
        }
        adopt(entry);
    }

    /** Adopts the selected entry even if a project already adopts it (a second project for the same model). */
    public void adoptAgain() {
        if (selected.get() != null && !busy.get()) {
            adopt(selected.get());
        }
    }

    private void adopt(Innovation entry) {
        busy.set(true);
        tasks.run("Adopting " + entry.title(), progress -> {
            var project = adoption.adopt(entry.id());
            return new Adopted(project.id(), reader.get());
        }, done -> {
            busy.set(false);
            show(done.contents());
            nav.showProject(done.projectId());
        }, message -> {
            busy.set(false);
            dialogs.showError("The innovation could not be adopted", message);
        });
    }

    public void clearFilters() {
        searchText.set("");
        themes.clear();
        strands.clear();
        programmes.clear();
        adoptionState.set(AdoptionState.ANY);
    }

    private void show(CatalogueContents read) {
        UUID keep = selected.get() == null ? null : selected.get().id();
        contents.set(read);
        loaded.set(true);
        applyQuery();
        if (pendingSelection != null) {
            selectPending();
        } else if (keep != null) {
            results.stream().filter(e -> e.id().equals(keep)).findFirst().ifPresent(selected::set);
        }
    }

    private void selectPending() {
        UUID id = pendingSelection;
        pendingSelection = null;
        Innovation entry = contents.get().entries().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
        if (entry == null) {
            return;
        }
        if (!results.contains(entry)) {
            clearFilters();
        }
        selected.set(entry);
    }

    private void applyQuery() {
        CatalogueContents all = contents.get();
        CatalogueQuery query = new CatalogueQuery(Set.copyOf(themes), Set.copyOf(strands), Set.copyOf(programmes),
                searchText.get(), adoptionState.get());
        List<Innovation> found = CatalogueSearch.filter(all.entries(), query, all.adopted().keySet());
        results.setAll(found);
        int total = all.entries().size();
        countText.set(found.size() == total ? total + " entries" : found.size() + " of " + total + " entries");
    }

    /** "Matched in: summary — ‘…restorative practice…’" while words are searched for; otherwise empty. */
    public String matchReason(Innovation entry) {
        return entry == null ? "" : MatchReason.of(entry, searchText.get()).map(MatchReason::text).orElse("");
    }

    public boolean isAdopted(Innovation entry) {
        return entry != null && contents.get().adopted().containsKey(entry.id());
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<Theme> themes() {
        return themes;
    }

    public ObservableList<Strand> strands() {
        return strands;
    }

    public ObservableList<Programme> programmes() {
        return programmes;
    }

    public ObjectProperty<AdoptionState> adoptionStateProperty() {
        return adoptionState;
    }

    /** The entries that match, in title order. */
    public ObservableList<Innovation> results() {
        return results;
    }

    public ObjectProperty<Innovation> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<CatalogueContents> contentsProperty() {
        return contents.getReadOnlyProperty();
    }

    /** "12 of 160 entries". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True while an adoption is being saved. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private record Adopted(UUID projectId, CatalogueContents contents) {
    }
}
