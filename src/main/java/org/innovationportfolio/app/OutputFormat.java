package org.innovationportfolio.app;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The formats the list and export commands write, as typed on the command line. */
enum OutputFormat {
    CSV, JSON;

    String typed() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads "csv" or "json"; the message lists the valid values. */
    static final class Converter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            for (OutputFormat format : values()) {
                if (format.typed().equalsIgnoreCase(value.strip())) {
                    return format;
                }
            }
            throw new TypeConversionException("expected one of csv, json but was '" + value + "'");
        }
    }

    /** Lists the values in --help. */
    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(OutputFormat::typed).iterator();
        }
    }
}
