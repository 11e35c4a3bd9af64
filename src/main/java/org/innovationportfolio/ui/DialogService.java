package org.innovationportfolio.ui;

/**
 * The questions and messages the application puts to the user. View models talk to this interface so
 * they never open windows themselves, and tests can answer for the user.
 */
public interface DialogService {

    /** Tells the user something went wrong; {@code message} is plain English and says what to do. */
    void showError(String title, String message);

    /** Shows information the user asked for (e.g. About). */
    void showInformation(String title, String heading, String message);

    /**
     * Asks the user to choose between two courses of action.
     *
     * @param acceptText the label of the button that goes ahead, e.g. "Load sample portfolio"
     * @param declineText the label of the button that does not, e.g. "Start with an empty portfolio"
     * @return true when the user chose {@code acceptText}; false when they declined or closed the dialog
     */
    boolean confirm(String title, String heading, String message, String acceptText, String declineText);

    /**
     * Asks the user to type a short piece of text, e.g. a new project's title.
     *
     * @return the text typed, stripped, or empty when the user cancelled or typed nothing
     */
    default java.util.Optional<String> askText(String title, String heading, String label, String initial) {
        return java.util.Optional.empty();
    }

    /**
     * Asks the user to choose one of several courses of action, e.g. Save / Discard / Cancel.
     * Implementations that can only ask yes or no offer the first and the last choice.
     *
     * @param choices the button labels, the usual choice first and the one that changes nothing last
     * @return the index of the choice; the last one when the user closed the dialog
     */
    default int choose(String title, String heading, String message, java.util.List<String> choices) {
        return confirm(title, heading, message, choices.get(0), choices.get(choices.size() - 1)) ? 0 : choices.size() - 1;
    }

    /**
     * Asks where to write a file, offering {@code suggestedName} in the user's home folder.
     *
     * @param typeName what the files are, for the chooser's filter: "CSV files"
     * @param extension the files' extension without the dot: "csv"
     * @return the file chosen, or empty when the user cancelled
     */
    default java.util.Optional<java.nio.file.Path> chooseFileToSave(String title, String suggestedName, String typeName,
            String extension) {
        return java.util.Optional.empty();
    }

    /** Asks for a file to read, of the type {@code typeName} with {@code extension}; empty when the user cancelled. */
    default java.util.Optional<java.nio.file.Path> chooseFileToOpen(String title, String typeName, String extension) {
        return java.util.Optional.empty();
    }

    /** Asks for a folder, for example where to copy backups as well; empty when the user cancelled. */
    default java.util.Optional<java.nio.file.Path> chooseFolder(String title) {
        return java.util.Optional.empty();
    }
}
