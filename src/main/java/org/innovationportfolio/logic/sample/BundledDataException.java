package org.innovationportfolio.logic.sample;

/**
 * Data that ships inside the application (the catalogue, the sample portfolio) is missing or broken:
 * the installation is damaged, not the user's portfolio.
 */
public class BundledDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BundledDataException(String message) {
        super(message);
    }

    public BundledDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
