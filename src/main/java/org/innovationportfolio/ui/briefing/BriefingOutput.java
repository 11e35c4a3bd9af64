package org.innovationportfolio.ui.briefing;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.innovationportfolio.logic.export.FileNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.innovationportfolio.logic.briefing.BriefingFormat;
import org.innovationportfolio.logic.briefing.PrintSize;

/** Where the pack goes: Word and/or PDF, the folder and the file name, and what is already there. Holds no controls. */
public final class BriefingOutput {


    private final BooleanProperty word = new SimpleBooleanProperty(this, "word", true);
    private final BooleanProperty pdf = new SimpleBooleanProperty(this, "pdf", true);
    private final BooleanProperty largePrint = new SimpleBooleanProperty(this, "largePrint", false);
    private final StringProperty folder = new SimpleStringProperty(this, "folder", "");
    private final StringProperty fileName = new SimpleStringProperty(this, "fileName", "");
    private final StringBinding formatError;
    private final StringBinding folderError;
    private final StringBinding fileNameError;
    private final StringBinding savedAs;
    private final StringBinding overwriteWarning;

    BriefingOutput() {
        formatError = Bindings.createStringBinding(() -> word.get() || pdf.get() ? "" : "Tick Word, PDF or both.", word, pdf);
        folderError = Bindings.createStringBinding(() -> folderProblem(folder.get()), folder);
        fileNameError = Bindings.createStringBinding(() -> fileNameProblem(fileName.get()), fileName);
        savedAs = Bindings.createStringBinding(this::savedAsText, word, pdf, folder, fileName, fileNameError,
                formatError);
        overwriteWarning = Bindings.createStringBinding(this::overwriteText, word, pdf, folder, fileName);
    }

    /** Checks the folder again, e.g. when the step is shown after files were made elsewhere. */
    void recheck() {
        folderError.invalidate();
        overwriteWarning.invalidate();
    }

    /**
     * The full path of each file the pack will be saved as; before a folder is chosen, the names and where
     * they will go, so the line is never left saying "Saved as" and nothing.
     */
    private String savedAsText() {
        if (!fileNameError.get().isEmpty() || !formatError.get().isEmpty()) {
            return "";
        }
        Map<BriefingFormat, Path> targets = targets();
        if (targets.isEmpty() || !folderProblem(folder.get()).isEmpty()) {
            String name = baseName();
            List<String> names = new ArrayList<>();
            if (word.get()) {
                names.add(name + ".docx");
            }
            if (pdf.get()) {
                names.add(name + ".pdf");
            }
            return "Saved as " + String.join(" and ", names) + ", in the folder you choose";
        }
        return "Saved as " + String.join(" and ", targets.values().stream().map(Path::toString).toList());
    }

    /** The first thing stopping the pack being written, or null. */
    String problem() {
        for (StringBinding error : List.of(formatError, folderError, fileNameError)) {
            if (!error.get().isEmpty()) {
                return error.get();
            }
        }
        return null;
    }

    /** The file for each chosen format; empty when the folder or name cannot be read. */
    Map<BriefingFormat, Path> targets() {
        Map<BriefingFormat, Path> targets = new LinkedHashMap<>();
        Path base = folderPath();
        if (base == null || !fileNameProblem(fileName.get()).isEmpty()) {
            return targets;
        }
        String name = baseName();
        if (word.get()) {
            targets.put(BriefingFormat.DOCX, base.resolve(name + ".docx"));
        }
        if (pdf.get()) {
            targets.put(BriefingFormat.PDF, base.resolve(name + ".pdf"));
        }
        return targets;
    }

    /** The file name without a .docx or .pdf the officer may have typed. */
    private String baseName() {
        return fileName.get().strip().replaceAll("(?i)\\.(docx|pdf)$", "");
    }

    /** "Word and PDF", "Word", "PDF" or "No format". */
    String formats() {
        return word.get() && pdf.get() ? "Word and PDF" : word.get() ? "Word" : pdf.get() ? "PDF" : "No format";
    }

    Path folderPath() {
        String text = folder.get();
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Path.of(text.strip());
        } catch (InvalidPathException unreadable) {
            return null;
        }
    }

    private String overwriteText() {
        if (!folderProblem(folder.get()).isEmpty()) {
            return "";
        }
        List<String> there = new ArrayList<>();
        for (Path target : targets().values()) {
            if (Files.exists(target)) {
                there.add(target.getFileName().toString());
            }
        }
        if (there.isEmpty()) {
            return "";
        }
        return String.join(" and ", there) + (there.size() == 1 ? " is" : " are")
                + " already in this folder and will be replaced. Change the file name to keep "
                + (there.size() == 1 ? "it." : "them.");
    }

    private static String folderProblem(String text) {
        if (text == null || text.isBlank()) {
            return "Choose the folder to save the pack in.";
        }
        Path path;
        try {
            path = Path.of(text.strip());
        } catch (InvalidPathException unreadable) {
            return "\"" + text.strip() + "\" is not a folder name this computer can read. Choose the folder with Choose….";
        }
        if (!path.isAbsolute()) {
            return "Give the whole folder path, such as " + Path.of(System.getProperty("user.home")) + ", or use Choose….";
        }
        if (!Files.isDirectory(path)) {
            return "There is no folder " + path + ". Choose a folder that exists.";
        }
        if (!Files.isWritable(path)) {
            return "You cannot save in " + path + ". Choose another folder, such as your Documents.";
        }
        return "";
    }

    private static String fileNameProblem(String text) {
        if (text == null || text.isBlank()) {
            return "Enter a name for the file, such as Board pack March.";
        }
        String windows = FileNames.problem(text.strip().replaceAll("(?i)\\.(docx|pdf)$", ""));
        if (!windows.isEmpty()) {
            return windows;
        }
        if (text.strip().length() > 150) {
            return "The file name is too long: keep it under 150 characters.";
        }
        if (text.strip().startsWith(".")) {
            return "Start the file name with a letter or number: a name starting with a dot is hidden.";
        }
        return "";
    }

    public BooleanProperty wordProperty() {
        return word;
    }

    public BooleanProperty pdfProperty() {
        return pdf;
    }

    /** Large print: body text 14 pt rather than 11 pt, in both files. */
    public BooleanProperty largePrintProperty() {
        return largePrint;
    }

    /** The print size the files are made in. */
    public PrintSize printSize() {
        return largePrint.get() ? PrintSize.LARGE : PrintSize.STANDARD;
    }

    /** The folder as typed or chosen. */
    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty fileNameProperty() {
        return fileName;
    }

    public StringBinding formatErrorBinding() {
        return formatError;
    }

    public StringBinding folderErrorBinding() {
        return folderError;
    }

    public StringBinding fileNameErrorBinding() {
        return fileNameError;
    }

    /** "Saved as /home/ffion/Packs/Board pack.docx and /home/ffion/Packs/Board pack.pdf". */
    public StringBinding savedAsBinding() {
        return savedAs;
    }

    /** Which chosen files already exist and will be replaced; empty when none. */
    public StringBinding overwriteWarningBinding() {
        return overwriteWarning;
    }
}
