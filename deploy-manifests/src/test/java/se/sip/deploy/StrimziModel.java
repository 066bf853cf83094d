package se.sip.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;

import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

/**
 * Strimzi's resources checked against Strimzi's own published API model ({@code io.strimzi:api} from Maven Central;
 * Strimzi publishes no artifact with its CRDs' schemas). The model keeps unknown fields aside instead of refusing
 * them, so here that is switched off: an unknown field fails. The object must also come back unchanged when written
 * out again, which catches values the model does not understand (an ACL operation it has no name for, say).
 */
final class StrimziModel {

    static final String GROUP = "kafka.strimzi.io";
    /** The API version the manifests use: Strimzi 0.49 serves v1 and deprecates v1beta2. */
    static final String API_VERSION = GROUP + "/v1";

    private static final Map<String, Class<?>> MODELS = Map.of("KafkaTopic", KafkaTopic.class, "KafkaUser",
            KafkaUser.class);

    private final ObjectMapper strict = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated a) {
                    return null;
                }

                @Override
                public Boolean hasAnyGetter(Annotated a) {
                    return null;
                }
            });

    /** Writes what the model read as Strimzi writes it. */
    private static final ObjectMapper WRITER = new ObjectMapper();

    boolean covers(JsonNode object) {
        return object.path("apiVersion").asText().startsWith(GROUP + "/");
    }

    List<String> validate(JsonNode object) {
        List<String> problems = new ArrayList<>();
        Class<?> model = MODELS.get(Rendered.kind(object));
        if (model == null) {
            problems.add("no Strimzi model for kind " + Rendered.kind(object));
            return problems;
        }
        if (!object.path("apiVersion").asText().equals(API_VERSION)) {
            problems.add("apiVersion " + object.path("apiVersion").asText() + ", expected " + API_VERSION);
        }
        try {
            JsonNode understood = WRITER.valueToTree(strict.treeToValue(object, model));
            differences(object, understood, "", problems);
        } catch (Exception e) {
            problems.add(e.getMessage().lines().findFirst().orElse(e.toString()));
        }
        return problems;
    }

    /** Where what was written and what the model understood differ, by JSON path. */
    private static void differences(JsonNode written, JsonNode understood, String path, List<String> problems) {
        if (written.isObject() && understood.isObject()) {
            Set<String> names = new TreeSet<>();
            written.fieldNames().forEachRemaining(names::add);
            understood.fieldNames().forEachRemaining(names::add);
            names.forEach(n -> differences(written.path(n), understood.path(n), path + "/" + n, problems));
        } else if (written.isArray() && understood.isArray() && written.size() == understood.size()) {
            for (int i = 0; i < written.size(); i++) {
                differences(written.get(i), understood.get(i), path + "/" + i, problems);
            }
        } else if (!written.equals(understood)) {
            problems.add(path + ": written " + written + ", Strimzi's model understands " + understood);
        }
    }
}
