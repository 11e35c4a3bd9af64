package org.innovationportfolio.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The application's version, filled in by Maven at build time. */
public final class AppVersion {

    private static final String RESOURCE = "version.properties";

    private AppVersion() {
    }

    public static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version");
                if (version != null && !version.startsWith("${")) {
                    return version;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Run from an IDE without Maven's resource filtering: fall back to the jar manifest, if any.
        String fromManifest = AppVersion.class.getPackage().getImplementationVersion();
        return fromManifest == null ? "development" : fromManifest;
    }

    /** The line {@code --version} prints. */
    public static String banner() {
        return "Innovation Portfolio " + current();
    }

    /** Lets picocli print {@link #banner()} for {@code --version}. */
    public static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {banner()};
        }
    }
}
