package org.innovationportfolio.app;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import org.innovationportfolio.logic.packs.PackFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A second launch hands its pack (or just "come forward") to the window already open on the same data
 * folder, instead of being refused as another copy.
 *
 * <p>The channel is a Unix-domain socket (Linux, macOS, Windows 10+) in the folder {@value #FOLDER} inside
 * the data folder, created owner-only, so no other user can reach it. A second check: the window writes a
 * random token to an owner-only file there, and a message must carry it. Where the system tells who is on
 * the other end (Linux, macOS), it must be the same user as well.
 *
 * <p>What the window accepts is one short UTF-8 message: a fixed first line, the token, and either
 * {@code SHOW} or {@code OPEN <absolute path>} naming an existing regular {@code .ippack} file. Anything
 * else is refused and logged; nothing received is ever run. The pack itself is then read by the import
 * preview, with every check a pack chosen from the File menu gets.
 */
final class Handoff {

    static final String FOLDER = ".handoff";
    static final String SOCKET = "window.sock";
    static final String TOKEN = "token";
    static final int MAX_MESSAGE_BYTES = 8192;
    static final int MAX_PATH_CHARS = 4096;
    static final String FIRST_LINE = "innovation-portfolio hand-off 1";
    static final String SHOW = "SHOW";
    static final String OPEN = "OPEN ";
    static final String OK = "OK";
    static final String REFUSED = "REFUSED ";
    /** Connections served at once; more are closed unanswered. */
    private static final int MAX_CONNECTIONS = 4;
    /** A guard against a connection that never finishes its message; a real one takes milliseconds. */
    private static final long READ_GUARD_SECONDS = 10;
    /** A guard against a window that never answers; it answers before it does anything else. */
    private static final long ANSWER_GUARD_SECONDS = 30;
    private static final int TOKEN_BYTES = 32;
    private static final Logger LOG = LoggerFactory.getLogger(Handoff.class);

    private Handoff() {
    }

    /** What the window does with an accepted message; called on the server's thread, so it must not block. */
    interface Receiver {
        void openPack(Path pack);

        void bringForward();
    }

    /** What became of a hand-off. */
    enum Outcome {
        /** The window took it. */
        HANDED,
        /** The window refused it; the message says why. */
        REFUSED,
        /** No window is listening (a command holds the folder, an older version, a crash): refuse as before. */
        NO_WINDOW
    }

    /** The outcome, with the window's reason when it refused. */
    record Answer(Outcome outcome, String reason) {
    }

    // --- the running window's side ---

    /** Listens for second launches while the window is open; closing it removes its socket and token. */
    static final class Server implements AutoCloseable {

        private final Path folder;
        private final ServerSocketChannel channel;
        private final byte[] token;
        private final String user;
        private final Receiver receiver;
        private final Semaphore slots = new Semaphore(MAX_CONNECTIONS);
        private final ScheduledExecutorService guard;
        private volatile boolean closed;

        private Server(Path folder, ServerSocketChannel channel, byte[] token, String user, Receiver receiver) {
            this.folder = folder;
            this.channel = channel;
            this.token = token;
            this.user = user;
            this.receiver = receiver;
            this.guard = Executors.newSingleThreadScheduledExecutor(daemon("Window hand-off guard"));
        }

        /**
         * Starts listening in {@code dataFolder}, which this process has locked. Never throws: if the channel
         * cannot be made (a path too long for a socket, an old Windows), second launches are refused as
         * another copy, as before, and the reason is logged.
         */
        static Server start(Path dataFolder, Receiver receiver) {
            Objects.requireNonNull(receiver, "receiver");
            Path folder = dataFolder.resolve(FOLDER);
            ServerSocketChannel channel = null;
            try {
                freshPrivateFolder(folder);
                byte[] token = new byte[TOKEN_BYTES];
                new SecureRandom().nextBytes(token);
                Path tokenFile = ownerOnlyFile(folder.resolve(TOKEN));
                Files.writeString(tokenFile, HexFormat.of().formatHex(token), StandardCharsets.US_ASCII);
                String user = Files.getOwner(tokenFile).getName();
                channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                Path socket = folder.resolve(SOCKET);
                channel.bind(UnixDomainSocketAddress.of(socket));
                if (posix()) {
                    Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
                }
                Server server = new Server(folder, channel, HexFormat.of().formatHex(token)
                        .getBytes(StandardCharsets.US_ASCII), user, receiver);
                Thread accepting = daemon("Window hand-off").newThread(server::acceptLoop);
                accepting.start();
                LOG.info("Listening for second launches at {}", socket);
                return server;
            } catch (IOException | RuntimeException e) {
                LOG.warn("Second launches cannot hand over to this window ({}); they will be refused as another "
                        + "copy", e.toString(), e);
                closeQuietly(channel);
                removeQuietly(folder);
                return new Server(folder, null, new byte[0], "", receiver);
            }
        }

        /** True when second launches can reach this window. */
        boolean listening() {
            return channel != null && !closed;
        }

        private void acceptLoop() {
            while (!closed) {
                SocketChannel connection;
                try {
                    connection = channel.accept();
                } catch (ClosedChannelException stopped) {
                    return;
                } catch (IOException e) {
                    if (!closed) {
                        LOG.warn("Accepting a second launch failed", e);
                    }
                    return;
                }
                if (!slots.tryAcquire()) {
                    LOG.warn("Too many second launches at once: one was turned away unanswered");
                    closeQuietly(connection);
                    continue;
                }
                daemon("Window hand-off connection").newThread(() -> {
                    try {
                        serve(connection);
                    } finally {
                        slots.release();
                    }
                }).start();
            }
        }

        private void serve(SocketChannel connection) {
            var stopGuard = guard.schedule(() -> closeQuietly(connection), READ_GUARD_SECONDS, TimeUnit.SECONDS);
            try (connection) {
                String refusal = checkPeer(connection);
                Request request = null;
                if (refusal == null) {
                    byte[] message = readAll(connection, MAX_MESSAGE_BYTES);
                    try {
                        if (message == null) {
                            throw new RefusedMessage("the message is longer than " + MAX_MESSAGE_BYTES + " bytes");
                        }
                        request = parse(message, token);
                    } catch (RefusedMessage e) {
                        refusal = e.getMessage();
                    }
                }
                if (refusal != null) {
                    LOG.warn("Refused a message from a second launch: {}", refusal);
                    write(connection, REFUSED + refusal);
                    // Unread input would reset the connection before the sender reads why: let it finish (up to a cap).
                    connection.shutdownOutput();
                    readAll(connection, 16 * MAX_MESSAGE_BYTES);
                    return;
                }
                // Before answering, so that a launch told OK knows the window has it.
                if (request.pack() == null) {
                    receiver.bringForward();
                } else {
                    LOG.info("A second launch handed over {}", request.pack());
                    receiver.openPack(request.pack());
                }
                write(connection, OK);
            } catch (IOException e) {
                LOG.info("A second launch's connection ended early: {}", e.toString());
            } finally {
                stopGuard.cancel(false);
            }
        }

        private String checkPeer(SocketChannel connection) {
            try {
                UnixDomainPrincipal peer = connection.getOption(ExtendedSocketOptions.SO_PEERCRED);
                if (!peer.user().getName().equals(user)) {
                    return "the other program runs as another user";
                }
            } catch (UnsupportedOperationException | IOException notTold) {
                // Windows does not say who is connected: the folder's rights and the token stand alone.
                LOG.debug("The peer's user is not known here", notTold);
            }
            return null;
        }

        @Override
        public void close() {
            if (channel == null || closed) {
                return;
            }
            closed = true;
            closeQuietly(channel);
            guard.shutdownNow();
            removeQuietly(folder);
        }
    }

    /** An accepted message: the pack to open, or null to come forward. */
    record Request(Path pack) {
    }

    /** Why a message was refused, in words for the log and the second launch. */
    static final class RefusedMessage extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedMessage(String message) {
            super(message);
        }
    }

    /** Checks a whole message against {@code token}; package-private for the tests of what is refused. */
    static Request parse(byte[] message, byte[] token) throws RefusedMessage {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(message)).toString();
        } catch (CharacterCodingException e) {
            throw new RefusedMessage("the message is not UTF-8 text");
        }
        if (!text.endsWith("\n")) {
            throw new RefusedMessage("the message is incomplete");
        }
        List<String> lines = List.of(text.substring(0, text.length() - 1).split("\n", -1));
        if (lines.size() != 3 || !FIRST_LINE.equals(lines.get(0))) {
            throw new RefusedMessage("the message is not a hand-off from Innovation Portfolio");
        }
        if (!MessageDigest.isEqual(lines.get(1).getBytes(StandardCharsets.UTF_8), token)) {
            throw new RefusedMessage("the message does not carry this window's token");
        }
        String command = lines.get(2);
        if (SHOW.equals(command)) {
            return new Request(null);
        }
        if (!command.startsWith(OPEN)) {
            throw new RefusedMessage("the window only opens project packs or comes forward");
        }
        return new Request(checkedPack(command.substring(OPEN.length())));
    }

    private static Path checkedPack(String name) throws RefusedMessage {
        if (name.isEmpty() || name.length() > MAX_PATH_CHARS) {
            throw new RefusedMessage("the file's path is empty or longer than " + MAX_PATH_CHARS + " characters");
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new RefusedMessage("the file's path has control characters in it");
        }
        Path pack;
        try {
            pack = Path.of(name);
        } catch (InvalidPathException e) {
            throw new RefusedMessage("the file's path is not one this system can use");
        }
        if (!pack.isAbsolute()) {
            throw new RefusedMessage("the file's path is not absolute");
        }
        String fileName = pack.getFileName() == null ? "" : pack.getFileName().toString();
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(PackFormat.EXTENSION)) {
            throw new RefusedMessage(fileName + " is not a project pack (its name does not end in "
                    + PackFormat.EXTENSION + ")");
        }
        if (!Files.exists(pack)) {
            throw new RefusedMessage("the file " + pack + " does not exist");
        }
        if (!Files.isRegularFile(pack)) {
            throw new RefusedMessage(pack + " is not a file");
        }
        return pack.normalize();
    }

    // --- the second launch's side ---

    /**
     * Hands {@code pack} (null: just come forward) to the window open on {@code dataFolder}. Never throws:
     * with no window listening the answer is {@link Outcome#NO_WINDOW}.
     */
    static Answer send(Path dataFolder, Path pack) {
        Path folder = dataFolder.resolve(FOLDER);
        Path socket = folder.resolve(SOCKET);
        Path tokenFile = folder.resolve(TOKEN);
        if (!Files.isRegularFile(tokenFile, LinkOption.NOFOLLOW_LINKS) || !Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
            return new Answer(Outcome.NO_WINDOW, null);
        }
        String token;
        try {
            byte[] read = readHead(tokenFile, 2 * TOKEN_BYTES + 1);
            token = new String(read, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            LOG.info("The hand-off token could not be read", e);
            return new Answer(Outcome.NO_WINDOW, null);
        }
        String command = pack == null ? SHOW : OPEN + pack.toAbsolutePath().normalize();
        byte[] message = (FIRST_LINE + "\n" + token + "\n" + command + "\n").getBytes(StandardCharsets.UTF_8);
        String reply;
        try {
            reply = exchange(socket, message);
        } catch (IOException e) {
            // A socket left by a window that crashed, while a command holds the folder: nobody listens.
            LOG.info("No window answered at {}: {}", socket, e.toString());
            return new Answer(Outcome.NO_WINDOW, null);
        }
        if (OK.equals(reply)) {
            return new Answer(Outcome.HANDED, null);
        }
        if (reply.startsWith(REFUSED)) {
            return new Answer(Outcome.REFUSED, reply.substring(REFUSED.length()));
        }
        return new Answer(Outcome.NO_WINDOW, null);
    }

    /** Sends {@code message} and returns the one-line reply; package-private so tests can send junk. */
    static String exchange(Path socket, byte[] message) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try (channel) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            CompletableFuture<byte[]> reply = CompletableFuture.supplyAsync(() -> {
                try {
                    ByteBuffer out = ByteBuffer.wrap(message);
                    while (out.hasRemaining()) {
                        channel.write(out);
                    }
                    channel.shutdownOutput();
                    return readAll(channel, 1024);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            byte[] bytes = reply.get(ANSWER_GUARD_SECONDS, TimeUnit.SECONDS);
            return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8).strip();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof java.io.UncheckedIOException io ? io.getCause()
                    : new IOException(e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("the window did not answer in " + ANSWER_GUARD_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    // --- helpers ---

    /** Everything until the other side stops sending; null if that is more than {@code limit} bytes. */
    private static byte[] readAll(SocketChannel channel, int limit) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(limit + 1);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                buffer.flip();
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                return bytes;
            }
        }
        return null;
    }

    private static void write(SocketChannel channel, String line) throws IOException {
        ByteBuffer out = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (out.hasRemaining()) {
            channel.write(out);
        }
    }

    private static byte[] readHead(Path file, int limit) throws IOException {
        try (var in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return in.readNBytes(limit);
        }
    }

    /** The hand-off folder, made anew and owner-only (what a crash left is removed first). */
    private static void freshPrivateFolder(Path folder) throws IOException {
        removeQuietly(folder);
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(folder + " is in the way and could not be removed");
        }
        if (posix()) {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(folder);
        }
    }

    private static Path ownerOnlyFile(Path file) throws IOException {
        if (posix()) {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createFile(file);
    }

    /** Removes our two files and the folder; a link in the folder's place is removed, never followed. */
    private static void removeQuietly(Path folder) {
        try {
            if (Files.isSymbolicLink(folder) || Files.isRegularFile(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(folder);
                return;
            }
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(folder.resolve(SOCKET));
                Files.deleteIfExists(folder.resolve(TOKEN));
                Files.deleteIfExists(folder);
            }
        } catch (DirectoryNotEmptyException e) {
            LOG.warn("{} holds files the app did not make; left in place", folder);
        } catch (IOException e) {
            LOG.warn("Could not remove {}", folder, e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (IOException e) {
                LOG.debug("Closing failed", e);
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
