package org.innovationportfolio.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.innovationportfolio.model.OutcomeActual;
import org.innovationportfolio.model.OutcomeDirection;
import org.innovationportfolio.model.OutcomeMeasure;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.ui.ImmediateTaskRunner;
import org.innovationportfolio.ui.briefing.RecordingDesktop;
import org.innovationportfolio.ui.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Outcomes tab's view models on a real store: measures added, actuals changed and removed, with Undo. */
class OutcomesViewModelTest {

    @TempDir
    Path dataFolder;

    private RecordFixture fixture;
    private Project project;
    private ProjectRecordViewModel vm;

    @BeforeEach
    void open() {
        fixture = new RecordFixture(dataFolder);
        project = fixture.store().read(r -> r.projects().findAll()).stream()
                .filter(p -> p.outcomes().stream().anyMatch(m -> m.actuals().size() >= 2)).findFirst().orElseThrow();
        vm = new ProjectRecordViewModel(fixture.context(), fixture.nav, new RecordingDialogService(),
                new ImmediateTaskRunner(), new RecordingDesktop());
        vm.open(project.id());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aNewMeasureIsAddedShownAndSaved() {
        OutcomeMeasureViewModel form = vm.outcomes().measureForm();
        form.name.setText("Families re-referred within a year");
        form.unit.setText("families");
        form.directionProperty().set(OutcomeDirection.LOWER_IS_BETTER);
        form.baseline.setText("40");
        form.baselineDate.setText("1 Apr 2025");
        form.target.setText("25");
        form.targetDate.setText("31 Mar 2027");

        assertThat(form.add()).isTrue();

        OutcomeMeasure added = vm.outcomes().selectedProperty().get();
        assertThat(added.name()).isEqualTo("Families re-referred within a year");
        assertThat(added.direction()).isEqualTo(OutcomeDirection.LOWER_IS_BETTER);
        assertThat(added.target()).isEqualByComparingTo("25");
        assertThat(added.targetDate()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(vm.outcomes().measures()).hasSize(project.outcomes().size() + 1);
        assertThat(form.name.textProperty().get()).isEmpty();
        assertThat(vm.save()).isTrue();
        assertThat(fixture.project(project.id()).outcomes()).contains(added);
    }

    @Test
    void anActualIsChangedInPlace() {
        OutcomeMeasure measure = measureWithActuals();
        vm.outcomes().selectedProperty().set(measure);
        OutcomeActual first = measure.actuals().get(0);

        vm.outcomes().edit(first);
        assertThat(vm.outcomes().value.textProperty().get()).isEqualTo(first.value().toPlainString());
        vm.outcomes().value.setText("123.5");
        assertThat(vm.outcomes().addActual()).isTrue();

        OutcomeMeasure changed = vm.outcomes().selectedProperty().get();
        assertThat(changed.actuals()).hasSameSizeAs(measure.actuals());
        assertThat(changed.actuals()).filteredOn(a -> a.id().equals(first.id())).singleElement()
                .extracting(OutcomeActual::value).isEqualTo(new BigDecimal("123.5"));
        assertThat(vm.outcomes().editingProperty().get()).isNull();
        vm.save();
        assertThat(fixture.project(project.id()).outcomes()).contains(changed);
    }

    @Test
    void aRemovedActualComesBackWithUndo() {
        OutcomeMeasure measure = measureWithActuals();
        vm.outcomes().selectedProperty().set(measure);
        OutcomeActual last = measure.actuals().get(measure.actuals().size() - 1);

        vm.outcomes().removeActual(last);

        assertThat(vm.outcomes().selectedProperty().get().actuals()).hasSize(measure.actuals().size() - 1)
                .doesNotContain(last);
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.undo();
        assertThat(vm.outcomes().selectedProperty().get().actuals()).containsExactlyElementsOf(measure.actuals());
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    private OutcomeMeasure measureWithActuals() {
        return vm.outcomes().measures().stream().filter(m -> m.actuals().size() >= 2).findFirst().orElseThrow();
    }
}
