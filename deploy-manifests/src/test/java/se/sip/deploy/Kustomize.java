package se.sip.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Renders a kustomization with {@code kubectl kustomize}, as an operator would before applying it. */
final class Kustomize {

    static final YAMLMapper YAML = new YAMLMapper();

    private Kustomize() {
    }

    /** The objects {@code kubectl kustomize dir} prints, in its order. */
    static List<JsonNode> render(Path dir) {
        return render(dir, kubectl());
    }

    static List<JsonNode> render(Path dir, String kubectl) {
        Path out;
        Path err;
        try {
            out = Files.createTempFile("kustomize", ".yaml");
            err = Files.createTempFile("kustomize", ".err");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        try {
            Process process = new ProcessBuilder(kubectl, "kustomize", dir.toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + dir + " did not finish within 2 minutes");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed: " + Files.readString(err));
            }
            return parse(Files.readString(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("kubectl could not be run (" + e.getMessage() + "). The manifests are rendered "
                    + "with kubectl's built-in kustomize: install kubectl on the PATH, or name one with the environment "
                    + "variable SIP_KUBECTL (SIP_KUBECTL=$(deploy/k8s/ensure-kubectl.sh) fetches one; .ci/run does).", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while rendering " + dir, e);
        } finally {
            out.toFile().delete();
            err.toFile().delete();
        }
    }

    static List<JsonNode> parse(String yaml) throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                    objects.add(doc);
                }
            }
        }
        return objects;
    }

    private static String kubectl() {
        String configured = System.getenv("SIP_KUBECTL");
        return configured == null || configured.isBlank() ? "kubectl" : configured;
    }
}
