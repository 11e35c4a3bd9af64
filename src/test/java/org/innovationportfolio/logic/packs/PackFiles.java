package org.innovationportfolio.logic.packs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Builds and takes apart pack files for tests, including ones a hostile sender might make. */
final class PackFiles {

    private PackFiles() {
    }

    /** Every entry's inflated bytes, by name, in zip order. */
    static Map<String, byte[]> entries(Path pack) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(pack.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** Writes {@code entries} as a zip, exactly as given. */
    static Path zip(Path file, Map<String, byte[]> entries) {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static JsonNode json(byte[] bytes) {
        try {
            return PackJson.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(JsonNode node) {
        try {
            return PackJson.MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The first project entry's name. */
    static String firstProject(Map<String, byte[]> entries) {
        return entries.keySet().stream().filter(n -> n.startsWith("projects/")).findFirst().orElseThrow();
    }

    /**
     * A copy of {@code pack} with the first project's JSON edited, and the manifest's sizes and checksums
     * made to match again, so only the edit is wrong.
     */
    static Path withFirstProject(Path pack, Path target, Consumer<ObjectNode> edit) {
        Map<String, byte[]> entries = entries(pack);
        String name = firstProject(entries);
        ObjectNode project = (ObjectNode) json(entries.get(name));
        edit.accept(project);
        entries.put(name, bytes(project));
        return resealed(entries, target);
    }

    /** A copy with the manifest edited (checksums left as they are unless the edit changes them). */
    static Path withManifest(Path pack, Path target, Consumer<ObjectNode> edit) {
        Map<String, byte[]> entries = entries(pack);
        ObjectNode manifest = (ObjectNode) json(entries.get("manifest.json"));
        edit.accept(manifest);
        entries.put("manifest.json", bytes(manifest));
        return zip(target, entries);
    }

    /** Writes the entries with the manifest's entry list rebuilt to match their real sizes and checksums. */
    static Path resealed(Map<String, byte[]> entries, Path target) {
        ObjectNode manifest = (ObjectNode) json(entries.get("manifest.json"));
        ArrayNode listed = manifest.putArray("entries");
        entries.forEach((name, content) -> {
            if (!name.equals("manifest.json")) {
                listed.addObject().put("path", name).put("size", content.length)
                        .put("sha256", PackWriter.sha256(content));
            }
        });
        entries.put("manifest.json", bytes(manifest));
        return zip(target, entries);
    }
}
