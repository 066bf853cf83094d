package se.sip.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Every rendered object against the schema of its kind, offline: Kubernetes' own kinds and the Prometheus Operator's
 * (both from fabric8's model jars), Strimzi's and CloudNativePG's. An object of a kind none of them knows is itself a
 * problem, so nothing goes unchecked.
 */
final class Schemas {

    private static final String CNPG_GROUP = "postgresql.cnpg.io/";

    private final KubernetesSchemas kubernetes;
    private final StrimziModel strimzi = new StrimziModel();
    private final Map<String, Schema> cloudNativePg;

    Schemas(Path kubernetesSchemaDir) {
        this.kubernetes = new KubernetesSchemas(kubernetesSchemaDir);
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        this.cloudNativePg = Map.of(
                "Cluster", load(registry, "/schemas/cloudnative-pg/cluster.schema.json"),
                "Database", load(registry, "/schemas/cloudnative-pg/database.schema.json"));
    }

    /** Each problem prefixed with the object's Kind/name; empty when every object matches. */
    List<String> validate(List<JsonNode> objects) {
        List<String> problems = new ArrayList<>();
        for (JsonNode object : objects) {
            validate(object).forEach(p -> problems.add(Rendered.id(object) + ": " + p));
        }
        return problems;
    }

    List<String> validate(JsonNode object) {
        if (strimzi.covers(object)) {
            return strimzi.validate(object);
        }
        if (object.path("apiVersion").asText().startsWith(CNPG_GROUP)) {
            Schema schema = cloudNativePg.get(Rendered.kind(object));
            if (schema == null) {
                return List.of("no CloudNativePG schema for kind " + Rendered.kind(object));
            }
            return schema.validate(object).stream().map(Object::toString).toList();
        }
        if (kubernetes.covers(object)) {
            return kubernetes.validate(object);
        }
        return List.of("no schema for " + object.path("apiVersion").asText() + " " + Rendered.kind(object));
    }

    private static Schema load(SchemaRegistry registry, String resource) {
        try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return registry.getSchema(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
