package org.innovationportfolio.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.innovationportfolio.logic.briefing.BriefingDocument;
import org.innovationportfolio.logic.briefing.DocumentRenderer;
import org.innovationportfolio.logic.briefing.RenderProgress;

/** Renders a briefing to bytes for tests to read back. */
final class RenderedPacks {

    private RenderedPacks() {
    }

    static byte[] render(DocumentRenderer renderer, BriefingDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(document, out, RenderProgress.NONE);
        return out.toByteArray();
    }
}
