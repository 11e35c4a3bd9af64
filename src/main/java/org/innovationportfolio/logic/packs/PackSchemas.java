package org.innovationportfolio.logic.packs;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/** The bundled JSON Schemas of pack format 1, loaded once, checked with format assertions on. */
final class PackSchemas {

    private static final class Holder {
        static final JsonSchema MANIFEST = load(PackFormat.MANIFEST_SCHEMA);
        static final JsonSchema PROJECT = load(PackFormat.PROJECT_SCHEMA);
    }

    private PackSchemas() {
    }

    /** The problems with a manifest, each starting with the field path ($.entries[2].sha256); empty when valid. */
    static List<String> manifestProblems(JsonNode node) {
        return problems(Holder.MANIFEST.validate(node));
    }

    static List<String> projectProblems(JsonNode node) {
        return problems(Holder.PROJECT.validate(node));
    }

    private static List<String> problems(Set<ValidationMessage> messages) {
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static JsonSchema load(String resource) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
                .pathType(PathType.JSON_PATH).build();
        try (InputStream in = PackSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The pack schema " + resource + " is missing from the application");
            }
            JsonNode schema = PackJson.MAPPER.readTree(in);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
