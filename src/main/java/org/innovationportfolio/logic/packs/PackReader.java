package org.innovationportfolio.logic.packs;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.innovationportfolio.logic.backup.EntryDigest;
import org.innovationportfolio.logic.backup.SafeZipReader;
import org.innovationportfolio.logic.backup.SafeZipReader.EntryContent;
import org.innovationportfolio.logic.backup.UnsafeZipException;
import org.innovationportfolio.logic.backup.ZipLimits;
import org.innovationportfolio.logic.packs.Pack.CatalogueLink;
import org.innovationportfolio.logic.packs.Pack.PackDocument;
import org.innovationportfolio.logic.packs.PackFormat.Version;
import org.innovationportfolio.logic.packs.PackJson.DocumentJson;
import org.innovationportfolio.logic.project.DocumentType;
import org.innovationportfolio.logic.packs.PackJson.Entry;
import org.innovationportfolio.logic.packs.PackJson.Manifest;
import org.innovationportfolio.logic.packs.PackJson.ProjectIndex;
import org.innovationportfolio.logic.packs.PackJson.ProjectJson;
import org.innovationportfolio.model.InvalidValueException;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Provenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a pack file and checks all of it (zip safety, manifest, version, checksums, JSON, schema,
 * the domain's rules, ids and references) before anything may be imported. Nothing in the file is
 * used as a path: entries are read into memory by the names the manifest's patterns allow.
 */
public final class PackReader {

    private static final Logger LOG = LoggerFactory.getLogger(PackReader.class);
    static final String DAMAGED = " The file was changed or damaged after it was made: ask the sender to export it again. "
            + "Nothing was imported.";
    private static final int PROBLEMS_SHOWN = 10;

    private final ZipLimits limits;

    public PackReader() {
        this(ZipLimits.PACK);
    }

    PackReader(ZipLimits limits) {
        this.limits = limits;
    }

    /**
     * The whole pack, checked.
     *
     * @throws PackRejectedException saying what is wrong with the file and what to do
     */
    public Pack read(Path file) {
        refuseWhatIsNoFile(file);
        try (SafeZipReader zip = SafeZipReader.open(file, limits)) {
            Manifest manifest = manifest(zip);
            Map<String, Entry> listed = checkEntries(zip, manifest);
            UUID packId = UUID.fromString(manifest.packId());
            List<Project> projects = new ArrayList<>();
            Map<UUID, CatalogueLink> innovations = new HashMap<>();
            List<PackDocument> documents = new ArrayList<>();
            Map<String, EntryDigest> digests = new HashMap<>();
            Map<String, byte[]> heads = new HashMap<>();
            Set<UUID> ids = new HashSet<>();
            refuseTooMuchJson(manifest, listed);
            List<byte[]> contents = new ArrayList<>();
            for (ProjectIndex index : manifest.projects()) {
                contents.add(content(zip, listed.get(index.entry())));
            }
            // Parsing, schema checks and mapping are independent per project: spread them over the cores,
            // then report the first problem in the manifest's order, so the message never depends on timing.
            List<Object> decoded = IntStream.range(0, contents.size()).parallel()
                    .mapToObj(i -> decode(manifest, packId, manifest.projects().get(i), contents.get(i)))
                    .toList();
            for (int i = 0; i < decoded.size(); i++) {
                if (decoded.get(i) instanceof PackRejectedException refused) {
                    throw refused;
                }
                Decoded one = (Decoded) decoded.get(i);
                Project project = one.project();
                ProjectIndex index = manifest.projects().get(i);
                PackChecks.uniqueIds(project, ids, index.entry());
                projects.add(project);
                if (one.json().innovation() != null) {
                    innovations.put(project.id(), new CatalogueLink(project.innovationId(), one.json().innovation().key(),
                            one.json().innovation().title()));
                }
                for (DocumentJson document : one.json().documents()) {
                    PackDocument checked = document(zip, listed, digests, heads, project, document);
                    PackChecks.uniqueDocumentId(checked, project, ids, index.entry());
                    documents.add(checked);
                }
            }
            refuseUnlistedDocuments(listed, digests);
            PackChecks.counts(manifest.counts(), projects, documents.size());
            LOG.info("Read pack {} from {}: {} projects", packId, manifest.createdBy().name(), projects.size());
            return new Pack(packId, manifest.formatVersion(), manifest.appVersion(), manifest.createdAt(),
                    manifest.createdBy().name(), manifest.createdBy().council(), manifest.withheld().privateNotes(),
                    manifest.withheld().funding(), manifest.withheld().risks(), projects, innovations, documents,
                    file.toAbsolutePath());
        } catch (UnsafeZipException e) {
            LOG.info("Refused the pack {}: {}", file, e.getMessage(), e);
            throw new PackRejectedException(ZipProblems.message(e), e);
        } catch (IOException e) {
            throw new PackRejectedException("The pack could not be read: " + e.getMessage() + ". Nothing was imported.", e);
        }
    }

    /** A missing file or a folder, said as such (the zip reader would only call them "not a zip file"). */
    private static void refuseWhatIsNoFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new PackRejectedException(file + " is a folder, not a project pack. Choose the " + PackFormat.EXTENSION
                    + " file you were sent. Nothing was imported.");
        }
        if (!Files.exists(file)) {
            throw new PackRejectedException("The file " + file + " does not exist: it may have been moved, renamed or "
                    + "deleted. Find the " + PackFormat.EXTENSION + " file you were sent, or ask the sender for it "
                    + "again. Nothing was imported.");
        }
    }

    /** A project entry read into the model, with its JSON for what the model does not hold. */
    private record Decoded(ProjectJson json, Project project) {
    }

    /** The decoded project, or the refusal for it (returned, not thrown, so the first in order can be reported). */
    private static Object decode(Manifest manifest, UUID packId, ProjectIndex index, byte[] bytes) {
        try {
            ProjectJson json = project(index, bytes);
            Provenance provenance = new Provenance(Provenance.Origin.IMPORTED, packId, manifest.createdBy().name(),
                    manifest.createdBy().council(), manifest.createdAt(), json.lastModified());
            return new Decoded(json, model(index, json, provenance));
        } catch (PackRejectedException e) {
            return e;
        }
    }

    private static Manifest manifest(SafeZipReader zip) throws UnsafeZipException {
        if (!zip.contains(PackFormat.MANIFEST)) {
            throw new PackRejectedException("The file has no manifest.json, so it is not a project pack (or it is "
                    + "damaged). Check you chose the .ippack file you were sent, or ask the sender to export it again. "
                    + "Nothing was imported.");
        }
        JsonNode node = json(zip.readAll(PackFormat.MANIFEST, PackFormat.MAX_MANIFEST_BYTES), PackFormat.MANIFEST);
        if (!node.isObject() || !PackFormat.FORMAT_ID.equals(node.path("format").asText(null))) {
            throw new PackRejectedException("The file's manifest does not say it is an Innovation Portfolio project "
                    + "pack. Check you chose the .ippack file you were sent. Nothing was imported.");
        }
        Version version = Version.parse(node.path("formatVersion").asText(null));
        if (version == null) {
            throw new PackRejectedException("The pack's manifest gives no format version it can be read by ("
                    + node.path("formatVersion") + ")." + DAMAGED);
        }
        if (version.compareTo(PackFormat.current()) > 0) {
            throw new PackRejectedException("This pack was made by a newer version (" + version
                    + "). Update Innovation Portfolio to import it.");
        }
        // Every version this app ever wrote is 1.0 so far; an older one gets its own schema and mapping here.
        refuseSchemaProblems(PackSchemas.manifestProblems(node), PackFormat.MANIFEST);
        return bind(node, Manifest.class, PackFormat.MANIFEST);
    }

    /** Every entry the manifest lists is in the zip with its size, nothing unlisted is, and the index matches. */
    private static Map<String, Entry> checkEntries(SafeZipReader zip, Manifest manifest) {
        Map<String, Entry> listed = new LinkedHashMap<>();
        for (Entry entry : manifest.entries()) {
            if (listed.put(entry.path(), entry) != null) {
                throw new PackRejectedException("The manifest lists \"" + entry.path() + "\" twice." + DAMAGED);
            }
            if (!zip.contains(entry.path())) {
                throw new PackRejectedException("The pack is missing \"" + entry.path()
                        + "\", which its manifest lists." + DAMAGED);
            }
        }
        for (String name : zip.fileNames()) {
            if (!name.equals(PackFormat.MANIFEST) && !listed.containsKey(name)) {
                throw new PackRejectedException("The pack holds \"" + name + "\", which its manifest does not list."
                        + DAMAGED);
            }
        }
        Set<String> indexed = new HashSet<>();
        for (ProjectIndex index : manifest.projects()) {
            if (!index.entry().equals(PackFormat.projectEntry(index.id())) || !indexed.add(index.entry())) {
                throw new PackRejectedException("The manifest's list of projects names \"" + index.entry()
                        + "\" for project " + index.id() + " (or names it twice)." + DAMAGED);
            }
            if (!listed.containsKey(index.entry())) {
                throw new PackRejectedException("The manifest names the project \"" + index.title() + "\" but does "
                        + "not list its entry \"" + index.entry() + "\"." + DAMAGED);
            }
        }
        for (String path : listed.keySet()) {
            if (path.startsWith(PackFormat.PROJECTS_FOLDER) && !indexed.contains(path)) {
                throw new PackRejectedException("The pack holds \"" + path + "\", which is not in the manifest's "
                        + "list of projects." + DAMAGED);
            }
        }
        return listed;
    }

    /**
     * Project entries are held in memory while they are checked, so their total is bounded well below
     * the zip limits (which leave room for documents, streamed and never held).
     */
    private static void refuseTooMuchJson(Manifest manifest, Map<String, Entry> listed) {
        long total = 0;
        for (ProjectIndex index : manifest.projects()) {
            total += listed.get(index.entry()).size();
        }
        if (total > PackFormat.MAX_PROJECTS_TOTAL_BYTES) {
            throw new PackRejectedException("The pack holds more project data than Innovation Portfolio will take ("
                    + (total >> 20) + " MB; the most is " + (PackFormat.MAX_PROJECTS_TOTAL_BYTES >> 20) + " MB). "
                    + "Ask the sender to split it into smaller packs. Nothing was imported.");
        }
    }

    /** An entry's bytes, refused unless they have the size and SHA-256 the manifest promises. */
    private static byte[] content(SafeZipReader zip, Entry entry) throws UnsafeZipException {
        EntryContent read = zip.readWithDigest(entry.path(), PackFormat.MAX_PROJECT_BYTES);
        if (read.digest().size() != entry.size() || !read.digest().sha256().equals(entry.sha256())) {
            throw new PackRejectedException("The pack's checksum does not match for \"" + entry.path() + "\"."
                    + DAMAGED);
        }
        return read.bytes();
    }

    private static ProjectJson project(ProjectIndex index, byte[] bytes) {
        JsonNode node = json(bytes, index.entry());
        refuseUnsafeDocumentNames(index, node);
        refuseSchemaProblems(PackSchemas.projectProblems(node), index.entry() + " (\"" + index.title() + "\")");
        ProjectJson json = bind(node, ProjectJson.class, index.entry());
        if (!json.id().equals(index.id())) {
            throw new PackRejectedException("The entry \"" + index.entry() + "\" holds project " + json.id()
                    + ", not " + index.id() + " as the manifest says." + DAMAGED);
        }
        return json;
    }

    /**
     * A document's name is only a label, but one that looks like a path ("../x", "C:\\x") is refused
     * outright, before the schema (which forbids it too) words it less plainly.
     */
    private static void refuseUnsafeDocumentNames(ProjectIndex index, JsonNode node) {
        JsonNode documents = node.path("documents");
        for (int i = 0; i < documents.size(); i++) {
            JsonNode name = documents.get(i).path("fileName");
            String problem = name.isTextual() ? DocumentNames.problemWith(name.textValue()) : null;
            if (problem != null) {
                String shown = name.textValue().length() > 80 ? name.textValue().substring(0, 80) + "…"
                        : name.textValue();
                throw new PackRejectedException("The project \"" + index.title() + "\" (" + index.entry()
                        + ") lists a document named \"" + shown.replaceAll("\\p{Cntrl}", "?") + "\", which is not "
                        + "allowed: " + problem + " ($.documents[" + i + "].fileName). A document's name is only a "
                        + "label and may not look like a path." + DAMAGED);
            }
        }
    }

    private static Project model(ProjectIndex index, ProjectJson json, Provenance provenance) {
        try {
            return PackMapping.toModel(json, provenance);
        } catch (InvalidValueException e) {
            throw new PackRejectedException("The project \"" + index.title() + "\" (" + index.entry()
                    + ") holds a value that is not possible: " + e.getMessage()
                    + " Ask the sender to correct it and export the pack again. Nothing was imported.", e);
        }
    }

    /** A document entry no project lists is refused: nothing unexplained is carried in. */
    private static void refuseUnlistedDocuments(Map<String, Entry> listed, Map<String, EntryDigest> used) {
        for (String path : listed.keySet()) {
            if (path.startsWith(PackFormat.DOCUMENTS_FOLDER) && !used.containsKey(path)) {
                throw new PackRejectedException("The pack holds the document \"" + path + "\", which no project in "
                        + "it lists." + DAMAGED);
            }
        }
    }

    private static PackDocument document(SafeZipReader zip, Map<String, Entry> listed,
            Map<String, EntryDigest> digests, Map<String, byte[]> heads, Project project, DocumentJson document)
            throws UnsafeZipException {
        String path = PackFormat.documentEntry(document.sha256());
        Entry entry = listed.get(path);
        if (entry == null) {
            throw new PackRejectedException("The project \"" + project.title() + "\" refers to the document \""
                    + document.fileName() + "\", which is not in the pack." + DAMAGED);
        }
        if (entry.size() != document.size()) {
            throw new PackRejectedException("The document \"" + document.fileName() + "\" of \"" + project.title()
                    + "\" is not the size the project says." + DAMAGED);
        }
        // Streamed through for its checksum and type, never held in memory; once, however many projects list it.
        EntryDigest read = digests.get(path);
        if (read == null) {
            HeadOf head = new HeadOf();
            read = zip.copyTo(path, head);
            digests.put(path, read);
            heads.put(path, head.bytes());
        }
        if (!read.sha256().equals(document.sha256()) || read.size() != entry.size()) {
            throw new PackRejectedException("The pack's checksum does not match for \"" + path + "\" (the document \""
                    + document.fileName() + "\")." + DAMAGED);
        }
        String label = DocumentNames.shown(document.fileName());
        return new PackDocument(project.id(), UUID.fromString(document.id()), label,
                DocumentType.of(heads.get(path), label), document.size(), document.sha256(), document.lastModified());
    }

    /** Keeps the first bytes written to it, enough to tell a document's type, and drops the rest. */
    private static final class HeadOf extends java.io.OutputStream {
        private final byte[] head = new byte[DocumentType.HEAD_BYTES];
        private int length;

        @Override
        public void write(int b) {
            if (length < head.length) {
                head[length++] = (byte) b;
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int count) {
            int kept = Math.min(count, head.length - length);
            if (kept > 0) {
                System.arraycopy(bytes, offset, head, length, kept);
                length += kept;
            }
        }

        byte[] bytes() {
            return java.util.Arrays.copyOf(head, length);
        }
    }

    private static JsonNode json(byte[] bytes, String entry) {
        try {
            return PackJson.MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new PackRejectedException("The entry \"" + entry + "\" is not valid JSON" + where + ": "
                    + e.getOriginalMessage() + "." + DAMAGED, e);
        } catch (IOException e) {
            throw new PackRejectedException("The entry \"" + entry + "\" could not be read: " + e.getMessage()
                    + "." + DAMAGED, e);
        }
    }

    private static void refuseSchemaProblems(List<String> problems, String what) {
        if (problems.isEmpty()) {
            return;
        }
        String shown = String.join("; ", problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size())));
        String more = problems.size() > PROBLEMS_SHOWN ? " (and " + (problems.size() - PROBLEMS_SHOWN) + " more)" : "";
        throw new PackRejectedException(what + " does not follow the pack format: " + shown + more + "."
                + " The pack may have been made or edited by another program: ask the sender to export it again "
                + "from Innovation Portfolio. Nothing was imported.");
    }

    private static <T> T bind(JsonNode node, Class<T> type, String entry) {
        try {
            return PackJson.MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PackRejectedException("The entry \"" + entry + "\" cannot be read: " + e.getMessage() + "."
                    + DAMAGED, e);
        }
    }
}
