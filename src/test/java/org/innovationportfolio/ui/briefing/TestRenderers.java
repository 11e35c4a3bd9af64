package org.innovationportfolio.ui.briefing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.innovationportfolio.logic.briefing.Block;
import org.innovationportfolio.logic.briefing.BriefingDocument;
import org.innovationportfolio.logic.briefing.BriefingFormat;
import org.innovationportfolio.logic.briefing.DocumentRenderer;
import org.innovationportfolio.logic.briefing.PrintSize;
import org.innovationportfolio.logic.briefing.RenderProgress;

/** Renderers for the wizard's tests: one that keeps the document it was given, one that waits to be let go. */
final class TestRenderers {

    private TestRenderers() {
    }

    /** Passes the document to a real renderer and keeps it, so a test can see what the builder made. */
    static final class Recording implements DocumentRenderer {
        private final DocumentRenderer real;
        final List<BriefingDocument> documents = new ArrayList<>();
        final List<PrintSize> sizes = new ArrayList<>();

        Recording(DocumentRenderer real) {
            this.real = real;
        }

        @Override
        public BriefingFormat format() {
            return real.format();
        }

        @Override
        public void render(BriefingDocument document, PrintSize size, OutputStream out, RenderProgress progress)
                throws IOException {
            documents.add(document);
            sizes.add(size);
            real.render(document, size, out, progress);
        }
    }

    /**
     * Says it has started, then waits until the test lets it go before checking for cancellation: a cancel made
     * in between is certain to be seen, with no timing involved.
     */
    static final class Blocking implements DocumentRenderer {
        private final BriefingFormat format;
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        Blocking(BriefingFormat format) {
            this.format = format;
        }

        @Override
        public BriefingFormat format() {
            return format;
        }

        @Override
        public void render(BriefingDocument document, PrintSize size, OutputStream out, RenderProgress progress)
                throws IOException {
            progress.worked(1, 2);
            started.countDown();
            try {
                if (!release.await(60, TimeUnit.SECONDS)) {
                    throw new IOException("The test never let the renderer go");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            progress.checkCancelled();
            out.write("not cancelled".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            progress.worked(2, 2);
        }
    }

    /** Every piece of text in the document, blocks joined by new lines. */
    static String text(BriefingDocument document) {
        StringBuilder text = new StringBuilder();
        for (Block block : document.blocks()) {
            if (block instanceof Block.Heading heading) {
                text.append(heading.text());
            } else if (block instanceof Block.Paragraph paragraph) {
                text.append(paragraph.text());
            } else if (block instanceof Block.Bullets bullets) {
                text.append(String.join("\n", bullets.items()));
            } else if (block instanceof Block.Facts facts) {
                facts.facts().forEach(f -> text.append(f.label()).append(": ").append(f.value()).append('\n'));
            } else if (block instanceof Block.Cover cover) {
                text.append(cover.title()).append('\n').append(cover.subtitle()).append('\n');
                cover.facts().forEach(f -> text.append(f.label()).append(": ").append(f.value()).append('\n'));
            } else if (block instanceof Block.Table table) {
                text.append(table.caption()).append('\n');
                table.rows().forEach(row -> row.forEach(cell -> text.append(cell.text()).append('\t')));
            } else if (block instanceof Block.BarChart chart) {
                text.append(chart.title()).append('\n').append(String.join("\n", chart.categories()));
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** The document's top-level headings, one a section, in order. */
    /** The level 1 headings without their numbers: "Summary", "Project pages" (from "3. Summary", "Appendix D: Project pages"). */
    static List<String> sectionHeadings(BriefingDocument document) {
        return document.blocks().stream().filter(b -> b instanceof Block.Heading h && h.level() == 1)
                .map(b -> ((Block.Heading) b).text().replaceFirst("^(\\d+\\. |Appendix [A-Z]: )", "")).toList();
    }
}
