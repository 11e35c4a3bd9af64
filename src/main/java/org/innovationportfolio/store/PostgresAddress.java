package org.innovationportfolio.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.innovationportfolio.logic.RefusedException;

/**
 * Where a team portfolio lives: {@code postgresql://[user@]host[:port]/database[?sslmode=…&sslrootcert=…]}, the
 * form PostgreSQL's own tools take. It never holds a password: that comes from the PostgreSQL password file,
 * {@code PGPASSWORD} or a prompt (see {@link PostgresPasswords}), so an address can be remembered safely.
 *
 * <p>A server on another computer is only ever reached over TLS: {@code sslmode} defaults to {@code verify-full}
 * (encrypted, and the server's certificate and name checked), and a mode that allows a plain connection is
 * refused. A server on this computer (localhost, 127.0.0.1, ::1) may be reached without TLS.
 *
 * @param host the server's name or address (an IPv6 address without brackets)
 * @param port the server's port (5432 unless given)
 * @param database the database on the server
 * @param user the user name given in the address, or null to use {@code PGUSER} or the login name
 * @param sslMode the TLS mode for the driver
 * @param sslRootCert the file of the certificate authority to trust, or null for the driver's default
 *                    ({@code ~/.postgresql/root.crt})
 */
public record PostgresAddress(String host, int port, String database, String user, String sslMode,
        String sslRootCert) {

    public static final int DEFAULT_PORT = 5432;
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "::1");
    private static final Set<String> ENCRYPTED = Set.of("require", "verify-ca", "verify-full");
    private static final Set<String> ALL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");
    private static final String FORM = "postgresql://host:port/database (for example "
            + "postgresql://portfolio.council.gov.uk:5432/innovation)";

    /** True when the server is on this computer, so the connection never leaves it. */
    public boolean isLocal() {
        return LOCAL_HOSTS.contains(host.toLowerCase(Locale.ROOT));
    }

    /** True when the connection is encrypted whatever the server offers. */
    public boolean requiresTls() {
        return ENCRYPTED.contains(sslMode);
    }

    /**
     * Reads an address as typed on the command line or in the app.
     *
     * @throws RefusedException when it is not a PostgreSQL address, holds a password, or would let a connection to
     *         another computer go unencrypted; the message says what to write instead
     */
    public static PostgresAddress parse(String text) {
        String given = text == null ? "" : text.strip();
        String rest;
        if (given.regionMatches(true, 0, "postgresql://", 0, "postgresql://".length())) {
            rest = given.substring("postgresql://".length());
        } else if (given.regionMatches(true, 0, "postgres://", 0, "postgres://".length())) {
            rest = given.substring("postgres://".length());
        } else {
            throw new RefusedException("'" + given + "' is not the address of a PostgreSQL database. Write it as "
                    + FORM + ".");
        }
        String query = "";
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        int slash = rest.indexOf('/');
        if (slash < 0 || slash == rest.length() - 1) {
            throw new RefusedException("The address '" + given + "' does not name the database on the server. Write "
                    + "it as " + FORM + ".");
        }
        String database = decode(rest.substring(slash + 1));
        String authority = rest.substring(0, slash);
        String user = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
            if (userInfo.indexOf(':') >= 0) {
                throw new RefusedException("The address has a password in it. Innovation Portfolio never keeps "
                        + "passwords in an address: remove it (write postgresql://" + userInfo.substring(0,
                                userInfo.indexOf(':')) + "@…) and put the password in your PostgreSQL password file "
                        + "(~/.pgpass, or %APPDATA%\\postgresql\\pgpass.conf on Windows), or type it when asked.");
            }
            user = userInfo.isEmpty() ? null : decode(userInfo);
        }
        String host;
        String portText = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw new RefusedException("The server's address in '" + given + "' has an opening [ but no "
                        + "closing ]. Write an IPv6 address as postgresql://[::1]:5432/database.");
            }
            host = authority.substring(1, close);
            String after = authority.substring(close + 1);
            if (after.startsWith(":")) {
                portText = after.substring(1);
            } else if (!after.isEmpty()) {
                throw new RefusedException("The server's address in '" + given + "' is not readable. Write it as "
                        + FORM + ".");
            }
        } else {
            int colon = authority.indexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            portText = colon < 0 ? null : authority.substring(colon + 1);
        }
        if (host.isEmpty()) {
            throw new RefusedException("The address '" + given + "' does not name the server. Write it as "
                    + FORM + ".");
        }
        int port = DEFAULT_PORT;
        if (portText != null) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > 65_535) {
                throw new RefusedException("The port '" + portText + "' in '" + given + "' is not a port number (1 "
                        + "to 65535; PostgreSQL's usual port is 5432).");
            }
        }
        Map<String, String> options = options(query, given);
        String sslMode = options.remove("sslmode");
        String sslRootCert = options.remove("sslrootcert");
        if (!options.isEmpty()) {
            throw new RefusedException("The address option " + String.join(", ", options.keySet()) + " is not one "
                    + "Innovation Portfolio takes. It takes sslmode and sslrootcert only.");
        }
        boolean local = LOCAL_HOSTS.contains(host.toLowerCase(Locale.ROOT));
        if (sslMode == null) {
            sslMode = local ? "prefer" : "verify-full";
        } else if (!ALL_MODES.contains(sslMode)) {
            throw new RefusedException("sslmode=" + sslMode + " is not a PostgreSQL TLS mode. Use verify-full "
                    + "(the default: encrypted, and the server's certificate checked) or require.");
        } else if (!local && !ENCRYPTED.contains(sslMode)) {
            throw new RefusedException("A team portfolio on another computer (" + host + ") is only reached over an "
                    + "encrypted connection (TLS), and sslmode=" + sslMode + " would allow one that is not "
                    + "encrypted. Remove sslmode from the address (the app then insists on TLS and checks the "
                    + "server's certificate), or ask your IT team to turn TLS on for the server.");
        }
        return new PostgresAddress(host, port, database, user, sslMode, sslRootCert);
    }

    private static Map<String, String> options(String query, String given) {
        Map<String, String> options = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return options;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new RefusedException("The option '" + pair + "' in '" + given + "' has no value. Write options "
                        + "as ?sslmode=verify-full.");
            }
            options.put(decode(pair.substring(0, equals)).toLowerCase(Locale.ROOT), decode(pair.substring(equals + 1)));
        }
        return options;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new RefusedException("The address has a broken %-escape in '" + text + "'. Write a per cent sign as %25.");
        }
    }

    /** The driver's address, without user or password (those go as connection properties). */
    String jdbcUrl() {
        String server = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + server + ":" + port + "/"
                + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The address as the user would write it (no password: it never has one). */
    @Override
    public String toString() {
        String server = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return "postgresql://" + (user == null ? "" : user + "@") + server + ":" + port + "/" + database;
    }
}
