package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {

    @TempDir
    Path folder;

    @Test
    void writesIntoAFolderItCreatesAndReplacesTheOldFileLeavingNoTemporaryFile() throws IOException {
        Path file = folder.resolve("settings").resolve("display.properties");
        SettingsFile.write(file, properties("percent", "100"), "first");
        SettingsFile.write(file, properties("percent", "125"), "second");

        assertThat(read(file).getProperty("percent")).isEqualTo("125");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFailedWriteLeavesTheFileAsItWas() throws IOException {
        Path file = folder.resolve("window.properties");
        SettingsFile.write(file, properties("width", "800"), "first");
        Path blocked = folder.resolve("not-a-folder");
        Files.writeString(blocked, "a file where a folder should be");

        assertThatThrownBy(() -> SettingsFile.write(blocked.resolve("window.properties"), properties("width", "1"),
                "second")).isInstanceOf(IOException.class);
        assertThat(read(file).getProperty("width")).isEqualTo("800");
    }

    private static Properties properties(String key, String value) {
        Properties properties = new Properties();
        properties.setProperty(key, value);
        return properties;
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
