package org.innovationportfolio.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's configuration, in code rather than a logback.xml, because parsing XML costs about half a
 * second of every start: INFO and above, and no appender, so command-line output is only the
 * command's own. {@link LogSetup} adds the rolling log file once the data folder is known.
 *
 * <p>Found by logback through {@code META-INF/services}. A {@code logback-test.xml} on the classpath
 * (the tests') or a {@code -Dlogback.configurationFile} still wins: this then stands aside, unless
 * {@code -D}{@value #PRODUCTION_PROPERTY}{@code =true} asks for this configuration all the same.
 */
public final class QuietLogConfigurator extends ContextAwareBase implements Configurator {

    /** For tests that start the launcher as the jar would, with the tests' logback-test.xml on the classpath. */
    static final String PRODUCTION_PROPERTY = "innovationportfolio.productionLogging";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        boolean otherConfiguration = System.getProperty("logback.configurationFile") != null
                || QuietLogConfigurator.class.getClassLoader().getResource("logback-test.xml") != null;
        if (otherConfiguration && !Boolean.getBoolean(PRODUCTION_PROPERTY)) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
