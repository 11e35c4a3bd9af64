package org.innovationportfolio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second launch's hand-off to a running window, without JavaFX: a server and clients in one JVM,
 * on real Unix-domain sockets in a temporary data folder. The server calls its receiver before it
 * answers, so a client told OK can check at once what the window was asked, and a refused message
 * reaches no receiver at all.
 */
class HandoffTest {

    @TempDir
    Path data;

    @TempDir
    Path files;

    private final List<String> asked = new CopyOnWriteArrayList<>();
    private Handoff.Server server;

    @BeforeEach
    void startTheWindowsListener() {
        server = Handoff.Server.start(data, new Handoff.Receiver() {
            @Override
            public void openPack(Path pack) {
                asked.add("open " + pack);
            }

            @Override
            public void bringForward() {
                asked.add("forward");
            }
        });
        assertThat(server.listening()).isTrue();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aPackIsHandedToTheWindow() throws Exception {
        Path pack = Files.writeString(files.resolve("from Zoë – 2026.ippack"), "a pack");

        Handoff.Answer answer = Handoff.send(data, pack);

        assertThat(answer.outcome()).isEqualTo(Handoff.Outcome.HANDED);
        assertThat(asked).containsExactly("open " + pack);
    }

    @Test
    void withNoPackTheWindowComesForward() {
        assertThat(Handoff.send(data, null).outcome()).isEqualTo(Handoff.Outcome.HANDED);
        assertThat(asked).containsExactly("forward");
    }

    @Test
    void aMissingFileAFolderAndAnotherKindOfFileAreRefusedWithTheReason() throws Exception {
        Path folder = Files.createDirectory(files.resolve("folder.ippack"));
        Path script = Files.writeString(files.resolve("run-me.sh"), "#!/bin/sh\n");

        Handoff.Answer missing = Handoff.send(data, files.resolve("gone.ippack"));
        Handoff.Answer notAFile = Handoff.send(data, folder);
        Handoff.Answer notAPack = Handoff.send(data, script);

        assertThat(missing).isEqualTo(new Handoff.Answer(Handoff.Outcome.REFUSED,
                "the file " + files.resolve("gone.ippack") + " does not exist"));
        assertThat(notAFile.reason()).isEqualTo(folder + " is not a file");
        assertThat(notAPack.reason()).startsWith("run-me.sh is not a project pack");
        assertThat(asked).isEmpty();
    }

    @Test
    void junkIsRefusedAndNothingIsAskedOfTheWindow() throws Exception {
        String token = Files.readString(data.resolve(Handoff.FOLDER).resolve(Handoff.TOKEN));
        Path pack = Files.writeString(files.resolve("real.ippack"), "a pack");
        String first = Handoff.FIRST_LINE + "\n";
        List<byte[]> junk = List.of(
                new byte[0],
                "hello\n".getBytes(StandardCharsets.UTF_8),
                (first + "0".repeat(64) + "\nOPEN " + pack + "\n").getBytes(StandardCharsets.UTF_8),
                (first + "\nOPEN " + pack + "\n").getBytes(StandardCharsets.UTF_8),
                (first + token + "\nEXEC rm -rf ~\n").getBytes(StandardCharsets.UTF_8),
                (first + token + "\nOPEN real.ippack\n").getBytes(StandardCharsets.UTF_8),
                (first + token + "\nOPEN " + pack + "\nOPEN " + pack + "\n").getBytes(StandardCharsets.UTF_8),
                (first + token + "\nOPEN " + pack).getBytes(StandardCharsets.UTF_8),
                (first + token + "\nOPEN " + pack + "\u0000.ippack\n").getBytes(StandardCharsets.UTF_8),
                (first + token + "\nOPEN /" + "a".repeat(Handoff.MAX_PATH_CHARS) + ".ippack\n")
                        .getBytes(StandardCharsets.UTF_8),
                (first + token + "\nOPEN " + pack + "\n" + "x".repeat(Handoff.MAX_MESSAGE_BYTES))
                        .getBytes(StandardCharsets.UTF_8),
                withBadUtf8(first + token + "\nOPEN " + pack + "\n"));
        Path socket = data.resolve(Handoff.FOLDER).resolve(Handoff.SOCKET);

        for (byte[] message : junk) {
            assertThat(Handoff.exchange(socket, message)).as(new String(message, StandardCharsets.UTF_8))
                    .startsWith(Handoff.REFUSED);
        }

        assertThat(asked).isEmpty();
        // The window still listens, and takes a proper hand-off.
        assertThat(Handoff.exchange(socket, (first + token + "\nOPEN " + pack + "\n").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Handoff.OK);
        assertThat(asked).containsExactly("open " + pack);
    }

    @Test
    void theRefusalsSayWhatWasWrong() {
        byte[] token = "t".repeat(64).getBytes(StandardCharsets.US_ASCII);

        assertThat(refusal("nonsense\n", token)).isEqualTo("the message is not a hand-off from Innovation Portfolio");
        assertThat(refusal(Handoff.FIRST_LINE + "\nwrong\nSHOW\n", token))
                .isEqualTo("the message does not carry this window's token");
        assertThat(refusal(Handoff.FIRST_LINE + "\n" + "t".repeat(64) + "\nRUN calc.exe\n", token))
                .isEqualTo("the window only opens project packs or comes forward");
        assertThat(refusal(Handoff.FIRST_LINE + "\n" + "t".repeat(64) + "\nOPEN x.ippack\n", token))
                .isEqualTo("the file's path is not absolute");
    }

    @Test
    void aConnectionThatSaysNothingDoesNotHoldUpTheNextLaunch() throws Exception {
        Path pack = Files.writeString(files.resolve("next.ippack"), "a pack");
        try (SocketChannel silent = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            silent.connect(UnixDomainSocketAddress.of(data.resolve(Handoff.FOLDER).resolve(Handoff.SOCKET)));

            assertThat(Handoff.send(data, pack).outcome()).isEqualTo(Handoff.Outcome.HANDED);
        }
        assertThat(asked).containsExactly("open " + pack);
    }

    @Test
    void theSocketItsFolderAndTheTokenAreTheOwnersOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path folder = data.resolve(Handoff.FOLDER);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(Handoff.SOCKET))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(Handoff.TOKEN))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(folder.resolve(Handoff.TOKEN))).matches("[0-9a-f]{64}");
    }

    @Test
    void closingRemovesTheChannelAndLaterLaunchesFindNoWindow() throws Exception {
        server.close();

        assertThat(data.resolve(Handoff.FOLDER)).doesNotExist();
        assertThat(Handoff.send(data, null).outcome()).isEqualTo(Handoff.Outcome.NO_WINDOW);
        assertThat(asked).isEmpty();
    }

    @Test
    void aSocketLeftByACrashWithNobodyListeningIsNoWindow() throws Exception {
        String token = Files.readString(data.resolve(Handoff.FOLDER).resolve(Handoff.TOKEN));
        server.close();
        // As a window killed outright leaves them: the token and a socket file nobody listens on.
        Path folder = Files.createDirectory(data.resolve(Handoff.FOLDER));
        Files.writeString(folder.resolve(Handoff.TOKEN), token);
        try (var left = java.nio.channels.ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            left.bind(UnixDomainSocketAddress.of(folder.resolve(Handoff.SOCKET)));
        }

        assertThat(Handoff.send(data, null).outcome()).isEqualTo(Handoff.Outcome.NO_WINDOW);
    }

    @Test
    void aNewWindowReplacesWhatACrashLeftAndAFreshTokenIsMade() throws Exception {
        String first = Files.readString(data.resolve(Handoff.FOLDER).resolve(Handoff.TOKEN));
        server.close();
        Path folder = Files.createDirectory(data.resolve(Handoff.FOLDER));
        Files.writeString(folder.resolve(Handoff.TOKEN), first);
        Files.writeString(folder.resolve(Handoff.SOCKET), "left over");

        server = Handoff.Server.start(data, new Handoff.Receiver() {
            @Override
            public void openPack(Path pack) {
                asked.add("open " + pack);
            }

            @Override
            public void bringForward() {
                asked.add("forward");
            }
        });

        assertThat(server.listening()).isTrue();
        assertThat(Files.readString(folder.resolve(Handoff.TOKEN))).isNotEqualTo(first);
        assertThat(Handoff.send(data, null).outcome()).isEqualTo(Handoff.Outcome.HANDED);
    }

    private static String refusal(String message, byte[] token) {
        try {
            Handoff.parse(message.getBytes(StandardCharsets.UTF_8), token);
            return null;
        } catch (Handoff.RefusedMessage e) {
            return e.getMessage();
        }
    }

    private static byte[] withBadUtf8(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        bad[bytes.length - 1] = (byte) 0xC3;
        bad[bytes.length] = '\n';
        return bad;
    }
}
