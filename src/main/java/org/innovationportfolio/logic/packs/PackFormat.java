package org.innovationportfolio.logic.packs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The names and version of the pack format this release writes, and which versions it reads. */
public final class PackFormat {

    /** The value of the manifest's {@code format} field. */
    public static final String FORMAT_ID = "innovation-portfolio-pack";
    /** The version this release writes: bump the minor for additions older readers may refuse, the major for changes. */
    public static final String CURRENT_VERSION = "1.0";
    /** What pack files are called. */
    public static final String EXTENSION = ".ippack";
    static final String MANIFEST = "manifest.json";
    static final String PROJECTS_FOLDER = "projects/";
    static final String DOCUMENTS_FOLDER = "documents/";
    static final String MANIFEST_SCHEMA = "/schema/pack-manifest-1.schema.json";
    static final String PROJECT_SCHEMA = "/schema/pack-project-1.schema.json";
    static final int MAX_MANIFEST_BYTES = 16 << 20;
    static final int MAX_PROJECT_BYTES = 32 << 20;

    private static final Pattern VERSION = Pattern.compile("^(\\d{1,4})\\.(\\d{1,4})$");

    private PackFormat() {
    }

    /** A format version as major.minor. */
    record Version(int major, int minor) implements Comparable<Version> {

        /** The version written as "x.y", or null when the text is not one. */
        static Version parse(String text) {
            Matcher m = text == null ? null : VERSION.matcher(text);
            return m != null && m.matches() ? new Version(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
        }

        @Override
        public int compareTo(Version other) {
            return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
        }

        @Override
        public String toString() {
            return major + "." + minor;
        }
    }

    static Version current() {
        return Version.parse(CURRENT_VERSION);
    }

    static String projectEntry(String id) {
        return PROJECTS_FOLDER + id + ".json";
    }

    static String documentEntry(String sha256) {
        return DOCUMENTS_FOLDER + sha256;
    }
}
