package org.innovationportfolio.logic.project;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The random secret that locks the copies of attached documents while the portfolio is protected with a
 * password. It is kept only inside the encrypted database (a setting), so changing the password
 * re-encrypts nothing, and a backup's documents open with the key inside that backup's database. Its
 * {@code id} is part of each locked copy's name, so copies locked with another key are told apart.
 */
public record DocumentKey(String id, String secret) {

    /** The setting that holds the key, as {@code id:secret}. */
    public static final String SETTING = "documents.key";
    private static final Pattern VALUE = Pattern.compile("([0-9a-f]{8}):([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    public DocumentKey {
        if (!VALUE.matcher(id + ":" + secret).matches()) {
            throw new IllegalArgumentException("Not a document key");
        }
    }

    /** A new key: 256 random bits, and a random id. */
    public static DocumentKey generate() {
        byte[] secret = new byte[32];
        byte[] id = new byte[4];
        RANDOM.nextBytes(secret);
        RANDOM.nextBytes(id);
        return new DocumentKey(HexFormat.of().formatHex(id), Base64.getUrlEncoder().withoutPadding()
                .encodeToString(secret));
    }

    /** The key a setting's value holds; empty when it holds none (or not one we wrote). */
    public static Optional<DocumentKey> parse(String value) {
        Matcher m = VALUE.matcher(value == null ? "" : value.strip());
        return m.matches() ? Optional.of(new DocumentKey(m.group(1), m.group(2))) : Optional.empty();
    }

    /** As the setting holds it. */
    public String value() {
        return id + ":" + secret;
    }

    /** The zip password the copies are locked with (a new array each time). */
    char[] password() {
        return secret.toCharArray();
    }

    @Override
    public String toString() {
        return "DocumentKey[" + id + "]"; // never the secret, in a log or a message
    }
}
