package org.innovationportfolio.ui;

import java.util.ArrayList;
import java.util.List;

/** A {@link DialogService} for tests: records what the user would have been shown and answers questions as told. */
public final class RecordingDialogService implements DialogService {

    /** One message or question as the user would have seen it. */
    public record Shown(String kind, String title, String message) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private boolean answer;

    private String text;
    private java.nio.file.Path file;

    /** Sets the file the user picks when asked for one; null to cancel. */
    public RecordingDialogService answeringFile(java.nio.file.Path picked) {
        this.file = picked;
        return this;
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFileToSave(String title, String suggestedName, String typeName,
            String extension) {
        shown.add(new Shown("file", title, suggestedName + " (" + typeName + ", *." + extension + ")"));
        return java.util.Optional.ofNullable(file);
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFileToOpen(String title, String typeName, String extension) {
        shown.add(new Shown("file", title, typeName + ", *." + extension));
        return java.util.Optional.ofNullable(file);
    }

    public java.util.List<Shown> informations() {
        return shown.stream().filter(s -> s.kind().equals("information")).toList();
    }

    /** Sets what the user types when asked for text; null to cancel. */
    public RecordingDialogService answeringText(String typed) {
        this.text = typed;
        return this;
    }

    @Override
    public java.util.Optional<String> askText(String title, String heading, String label, String initial) {
        shown.add(new Shown("text", title, heading + "\n" + label));
        return java.util.Optional.ofNullable(text);
    }

    /** Sets the answer to every later question: true for the "go ahead" button. */
    public RecordingDialogService answering(boolean accept) {
        this.answer = accept;
        return this;
    }

    public List<Shown> shown() {
        return List.copyOf(shown);
    }

    public List<Shown> errors() {
        return shown.stream().filter(s -> s.kind().equals("error")).toList();
    }

    public List<Shown> questions() {
        return shown.stream().filter(s -> s.kind().equals("question")).toList();
    }

    @Override
    public void showError(String title, String message) {
        shown.add(new Shown("error", title, message));
    }

    @Override
    public void showInformation(String title, String heading, String message) {
        shown.add(new Shown("information", title, heading + "\n" + message));
    }

    @Override
    public boolean confirm(String title, String heading, String message, String acceptText, String declineText) {
        shown.add(new Shown("question", title, heading + "\n" + message + "\n[" + acceptText + "] [" + declineText + "]"));
        return answer;
    }
}
