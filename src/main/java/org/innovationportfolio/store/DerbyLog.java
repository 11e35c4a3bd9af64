package org.innovationportfolio.store;

import java.io.Writer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Derby's own log, routed through SLF4J so that no derby.log ever lands in the working directory.
 * Derby finds {@link #writer()} through the {@code derby.stream.error.method} system property.
 */
public final class DerbyLog {

    private static final Logger LOG = LoggerFactory.getLogger("org.apache.derby");
    static final String METHOD = DerbyLog.class.getName() + ".writer";

    private DerbyLog() {
    }

    /**
     * Points Derby's log here unless the JVM already chose a destination. Must run before Derby
     * boots: the property is read once per JVM. {@link Database} calls it when first loaded; code
     * that might boot Derby some other way first (a tool, a test) can call it itself.
     */
    public static void install() {
        if (System.getProperty("derby.stream.error.method") == null
                && System.getProperty("derby.stream.error.file") == null
                && System.getProperty("derby.stream.error.field") == null) {
            System.setProperty("derby.stream.error.method", METHOD);
        }
    }

    /** Called by Derby (by name) to get the stream its log is written to. */
    public static Writer writer() {
        return new LineWriter();
    }

    /** Collects characters into lines and logs each complete line. */
    private static final class LineWriter extends Writer {
        private final StringBuilder line = new StringBuilder();

        @Override
        public synchronized void write(char[] chars, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                char c = chars[i];
                if (c == '\n') {
                    emit();
                } else if (c != '\r') {
                    line.append(c);
                }
            }
        }

        @Override
        public synchronized void flush() {
            emit();
        }

        @Override
        public void close() {
            flush();
        }

        private void emit() {
            if (!line.isEmpty()) {
                String text = line.toString();
                line.setLength(0);
                if (text.contains("ERROR") || text.contains("Exception")) {
                    LOG.warn("{}", text);
                } else {
                    LOG.info("{}", text);
                }
            }
        }
    }
}
