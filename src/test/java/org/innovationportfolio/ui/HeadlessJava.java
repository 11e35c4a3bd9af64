package org.innovationportfolio.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line for a second JVM on this test's class path, with the same headless JavaFX toolkit. */
public final class HeadlessJava {

    private HeadlessJava() {
    }

    /** {@code java -cp <this class path> -D<the toolkit's properties> mainClass arguments…}. */
    public static List<String> command(Class<?> mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        // The same headless toolkit as the TestFX tests, set up by surefire for this process.
        for (String property : List.of("glass.platform", "monocle.platform", "prism.order", "prism.text",
                "java.awt.headless", "user.language", "user.country")) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.add(mainClass.getName());
        command.addAll(arguments);
        return command;
    }
}
