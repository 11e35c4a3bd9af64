package org.innovationportfolio.ui.project;

import java.util.ArrayList;
import java.util.List;
import org.innovationportfolio.ui.DialogService;

/** A {@link DialogService} for tests that answers every question with one fixed choice and remembers what it was asked. */
final class ChoosingDialogService implements DialogService {

    final List<String> asked = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    private final int choice;

    /** @param choice the index answered to {@link #choose}; confirm answers yes for 0 */
    ChoosingDialogService(int choice) {
        this.choice = choice;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String heading, String message) {
    }

    @Override
    public boolean confirm(String title, String heading, String message, String acceptText, String declineText) {
        asked.add(heading);
        return choice == 0;
    }

    @Override
    public int choose(String title, String heading, String message, List<String> choices) {
        asked.add(heading + " " + choices);
        return choice;
    }
}
