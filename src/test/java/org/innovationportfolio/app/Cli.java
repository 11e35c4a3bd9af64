package org.innovationportfolio.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the launcher in-process, as the jar does, and captures what it prints. */
final class Cli {

    static final String TODAY = "2026-11-23";

    private final Path dataFolder;
    private final Map<String, String> env = new HashMap<>(Map.of(Launcher.TODAY_VARIABLE, TODAY));

    private Cli(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    /** Every run gets {@code --data-dir dataFolder} first. */
    static Cli on(Path dataFolder) {
        return new Cli(dataFolder);
    }

    /** Runs with exactly the given arguments. */
    static Result bare(String... args) {
        return new Cli(null).run(args);
    }

    /** Runs with no {@code --data-dir}, so the data folder comes from the environment. */
    static Cli withoutDataDir() {
        return new Cli(null);
    }

    Cli withEnv(String name, String value) {
        env.put(name, value);
        return this;
    }

    Result run(String... args) {
        List<String> all = new ArrayList<>();
        if (dataFolder != null) {
            all.add("--data-dir");
            all.add(dataFolder.toString());
        }
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Launcher.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.copyOf(env));
        return new Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /** What one run did. */
    record Result(int exitCode, byte[] outBytes, String err) {
        String out() {
            return new String(outBytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out:\n" + out() + "\n--- err:\n" + err;
        }
    }
}
