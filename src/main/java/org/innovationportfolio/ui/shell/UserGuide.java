package org.innovationportfolio.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** The user guide and its pictures as the build bundles them, under {@code /help} in the application's own jar. */
final class UserGuide {

    static final String GUIDE = "/help/user-guide.md";
    private static final String PICTURES = "/help/";

    private UserGuide() {
    }

    /** The guide's markdown; a short note in its place if the build left it out (a development run without resources). */
    static String read() {
        try (InputStream in = UserGuide.class.getResourceAsStream(GUIDE)) {
            if (in == null) {
                return "# User guide\n\nThe user guide is not part of this build. It is docs/user-guide.md in the "
                        + "source.\n";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The user guide could not be read from the application", e);
        }
    }

    /**
     * The bundled picture the guide names, as {@code screenshots/welcome.png}; null for anything else (a web address,
     * a path leaving the help folder) or a picture the build did not bundle.
     */
    static URL picture(String destination) {
        if (destination == null || destination.contains(":") || destination.contains("..")
                || destination.startsWith("/")) {
            return null;
        }
        return UserGuide.class.getResource(PICTURES + destination);
    }
}
