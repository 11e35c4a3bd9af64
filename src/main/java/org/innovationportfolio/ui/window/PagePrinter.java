package org.innovationportfolio.ui.window;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.transform.Scale;
import javafx.stage.Window;
import org.innovationportfolio.ui.DialogService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File › Print…: the page showing, on the system's printer, scaled to fit one sheet; or, where briefing packs can
 * be made, the briefing pack wizard for a document made to be printed. Without a printer it says so plainly.
 */
public final class PagePrinter {

    public static final List<String> CHOICES = List.of("Print this page…", "Make a briefing pack to print…", "Cancel");
    public static final String NO_PRINTER = "No printer is set up on this computer";
    private static final Logger LOG = LoggerFactory.getLogger(PagePrinter.class);

    private final DialogService dialogs;
    private final Supplier<Printer> printers;
    private final Runnable briefing;

    /**
     * @param printers the printer to use, or null when there is none (the system's default printer)
     * @param briefing opens the briefing pack wizard; null where briefing packs cannot be made
     */
    public PagePrinter(DialogService dialogs, Supplier<Printer> printers, Runnable briefing) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.printers = Objects.requireNonNull(printers, "printers");
        this.briefing = briefing;
    }

    /** Asks what to print, then prints {@code page} or opens the briefing wizard. */
    public void print(Node page, Window owner) {
        if (briefing != null) {
            int choice = dialogs.choose("Print", "What would you like to print?",
                    "This page prints the screen showing, fitted to a sheet. A briefing pack is a document for the "
                            + "board, made as a PDF or Word file, to print from there.", CHOICES);
            if (choice == 1) {
                briefing.run();
                return;
            }
            if (choice != 0) {
                return;
            }
        }
        if (page == null) {
            return;
        }
        Printer printer = printer();
        PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        if (job == null) {
            dialogs.showInformation("Print", NO_PRINTER, "Set up a printer in your computer's settings and try again."
                    + (briefing == null ? "" : " To print a board briefing elsewhere, make it as a PDF with File › "
                    + "Briefing pack…"));
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        double width = page.getBoundsInParent().getWidth();
        double height = page.getBoundsInParent().getHeight();
        double scale = Math.min(1, Math.min(layout.getPrintableWidth() / width, layout.getPrintableHeight() / height));
        Scale fit = new Scale(scale, scale);
        page.getTransforms().add(fit);
        boolean printed;
        try {
            printed = job.printPage(layout, page) && job.endJob();
        } finally {
            page.getTransforms().remove(fit);
        }
        if (!printed) {
            dialogs.showError("The page was not printed", "The printer did not take the page (" + job.getJobStatus()
                    .toString().toLowerCase(java.util.Locale.ROOT) + "). Check the printer is on and try again.");
        }
    }

    private Printer printer() {
        try {
            return printers.get();
        } catch (RuntimeException e) {
            // No print service at all (a bare desktop, or no CUPS): the same as no printer to the user.
            LOG.info("No printer could be found", e);
            return null;
        }
    }
}
