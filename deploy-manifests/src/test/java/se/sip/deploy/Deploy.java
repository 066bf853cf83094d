package se.sip.deploy;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Where the manifests and the repository are (set by the build), and the schemas loaded once per test run. */
final class Deploy {

    static final Path K8S = Path.of(required("sip.k8s.dir")).normalize();
    static final Path REPO = Path.of(required("sip.repo.root")).normalize();
    static final Schemas SCHEMAS = new Schemas(Path.of(required("sip.k8s.schemas")));

    private Deploy() {
    }

    static List<JsonNode> render(String overlay) {
        return Kustomize.render(K8S.resolve("overlays").resolve(overlay));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set: run the tests with Maven");
        }
        return value;
    }
}
