package se.sip.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The JSON schemas of Kubernetes' built-in objects, as fabric8's kubernetes-model jars (6.13.4, Kubernetes 1.30 API,
 * from Maven Central) publish them in {@code schema/validation-schema.json}, and of the Prometheus Operator's
 * (PrometheusRule, ServiceMonitor: fabric8's openshift-model-monitoring of the same release); the build unpacks them
 * into {@code sip.k8s.schemas}. They are made strict here, as kubeconform's {@code -strict} does: a field the API does not
 * know is an error (fabric8 allows any, to keep them in its Java objects). Resource quantities and int-or-string
 * fields take the forms the API server accepts, and fabric8's property-level {@code "required": true} becomes
 * draft 7's {@code required} list.
 */
final class KubernetesSchemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Kubernetes' resource.Quantity syntax (apimachinery's quantity.go). */
    private static final String QUANTITY = "^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)(([KMGTPE]i)|[numkMGTPE]|([eE][+-]?(\\d+(\\.\\d*)?|\\.\\d+)))?$";

    private final ObjectNode definitions = JSON.objectNode();
    /** "apiVersion/kind" (e.g. "apps/v1/Deployment") to its definition's name. */
    private final Map<String, String> definitionByType = new HashMap<>();
    private final Map<String, Schema> schemas = new HashMap<>();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    KubernetesSchemas(Path dir) {
        ObjectMapper mapper = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> found = Files.find(dir, 4, (p, a) -> p.endsWith("schema/validation-schema.json"))) {
            files = found.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the Kubernetes schemas are unpacked by the build into " + dir, e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no schema/validation-schema.json under " + dir + ": run the build (mvn verify)");
        }
        for (Path file : files) {
            try {
                definitions.setAll((ObjectNode) mapper.readTree(file.toFile()).get("definitions"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        definitions.fieldNames().forEachRemaining(name -> strict(definitions.get(name)));
        ObjectNode quantity = JSON.objectNode();
        quantity.set("type", JSON.arrayNode().add("string").add("number"));
        quantity.put("pattern", QUANTITY);
        definitions.set("k8s_io_apimachinery_pkg_api_resource_Quantity", quantity);
        definitions.set("kubernetes_resource_Quantity", quantity);
        ObjectNode intOrString = JSON.objectNode();
        intOrString.set("type", JSON.arrayNode().add("string").add("integer"));
        definitions.set("kubernetes_apimachinery_pkg_util_intstr_IntOrString", intOrString);
        definitions.fields().forEachRemaining(e -> {
            JsonNode properties = e.getValue().path("properties");
            String apiVersion = properties.path("apiVersion").path("default").asText("");
            String kind = properties.path("kind").path("default").asText("");
            if (!apiVersion.isEmpty() && !kind.isEmpty()) {
                ((ObjectNode) properties.get("apiVersion")).put("const", apiVersion);
                ((ObjectNode) properties.get("kind")).put("const", kind);
                definitionByType.putIfAbsent(apiVersion + "/" + kind, e.getKey());
            }
        });
    }

    boolean covers(JsonNode object) {
        return definitionByType.containsKey(type(object));
    }

    /** What is wrong with the object, one line each; empty when it matches its schema. */
    List<String> validate(JsonNode object) {
        Schema schema = schemas.computeIfAbsent(type(object), type -> {
            ObjectNode root = JSON.objectNode();
            root.put("$schema", "http://json-schema.org/draft-07/schema#");
            root.put("$ref", "#/definitions/" + definitionByType.get(type));
            root.set("definitions", definitions);
            return registry.getSchema(root);
        });
        List<String> problems = new ArrayList<>();
        schema.validate(object).forEach(error -> problems.add(error.toString()));
        return problems;
    }

    private static String type(JsonNode object) {
        return object.path("apiVersion").asText() + "/" + object.path("kind").asText();
    }

    /** Every object with declared properties allows no other; boolean "required" flags become a list. */
    private static void strict(JsonNode node) {
        if (node instanceof ObjectNode schema) {
            JsonNode properties = schema.get("properties");
            if (properties instanceof ObjectNode props && schema.path("type").asText().equals("object")) {
                schema.put("additionalProperties", false);
                ArrayNode required = JSON.arrayNode();
                for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> property = it.next();
                    if (property.getValue() instanceof ObjectNode p && p.path("required").isBoolean()) {
                        if (p.remove("required").asBoolean()) {
                            required.add(property.getKey());
                        }
                    }
                }
                if (!required.isEmpty()) {
                    schema.set("required", required);
                }
            }
            schema.elements().forEachRemaining(KubernetesSchemas::strict);
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(KubernetesSchemas::strict);
        }
    }
}
