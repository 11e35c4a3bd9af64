package org.innovationportfolio.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.slf4j.LoggerFactory;

/**
 * Sends the application's log to a rolling file in the data folder once that folder is known.
 * Until then (and for --version, --help) {@link QuietLogConfigurator} keeps everything off the console.
 */
final class LogSetup {

    static final String LOG_FILE = "innovation-portfolio.log";
    private static final String APPENDER = "data-folder-file";
    private static final SimpleFormatter FORMATTER = new SimpleFormatter();
    private static boolean julRouted;

    private LogSetup() {
    }

    /** The log file for a data folder. */
    static Path logFile(Path dataFolder) {
        return dataFolder.resolve("logs").resolve(LOG_FILE);
    }

    /** Logs to {@code <dataFolder>/logs/innovation-portfolio.log}, replacing any earlier file appender. */
    static synchronized void toDataFolder(Path dataFolder) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        String file = logFile(dataFolder).toString();
        if (root.getAppender(APPENDER) instanceof RollingFileAppender<ILoggingEvent> current
                && file.equals(current.getFile())) {
            return;
        }
        Appender<ILoggingEvent> earlier = root.getAppender(APPENDER);
        if (earlier != null) {
            // Another data folder in the same process (tests): close the old file rather than leak it.
            root.detachAppender(earlier);
            earlier.stop();
        }
        root.addAppender(fileAppender(context, file, dataFolder));
        routeJavaUtilLogging();
    }

    private static RollingFileAppender<ILoggingEvent> fileAppender(LoggerContext context, String file, Path dataFolder) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(file);
        appender.setEncoder(encoder);

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(dataFolder.resolve("logs").resolve("innovation-portfolio.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.start();
        return appender;
    }

    /** JavaFX and Derby's tools log through java.util.logging, whose default handler prints to stderr. */
    static synchronized void routeJavaUtilLogging() {
        if (julRouted) {
            return;
        }
        julRouted = true;
        LogManager.getLogManager().reset();
        java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
        julRoot.setLevel(Level.INFO);
        julRoot.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                org.slf4j.Logger target = LoggerFactory.getLogger(record.getLoggerName() == null ? "jul" : record.getLoggerName());
                String message = FORMATTER.formatMessage(record);
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    target.error(message, record.getThrown());
                } else if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    target.warn(message, record.getThrown());
                } else {
                    target.info(message, record.getThrown());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }
}
