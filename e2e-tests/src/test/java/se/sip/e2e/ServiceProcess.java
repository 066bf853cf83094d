package se.sip.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

/**
 * One service as the local stack runs it: {@code java -jar <service>/target/quarkus-app/quarkus-run.jar}, prod
 * profile, configured by its environment, output to {@code <log-dir>/<service>.log}.
 */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    private final Path jar;
    final Path log;
    private final Map<String, String> env;
    private Process process;

    /** {@code logName}: the service's name, or the name with a replica number when several run. */
    ServiceProcess(String name, String logName, int port, Path repoRoot, Path logDir, Map<String, String> env) {
        this.name = name;
        this.port = port;
        this.jar = repoRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        this.log = logDir.resolve(logName + ".log");
        this.env = env;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    void start() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify does)");
        }
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /** Waits for {@code /q/health/ready} to be UP; fails at once if the process died, naming its log. */
    void awaitReady(Duration bound) {
        Awaitility.await(name + " ready (log: " + log + ")").atMost(bound).pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited with " + process.exitValue()
                                + " before it was ready; see " + log);
                    }
                    return ready();
                });
    }

    private boolean ready() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** kill -9: the process ends at once, mid-whatever it was doing. */
    void kill() {
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the process to stop (SIGTERM), then kills it if it has not gone within 10 s. */
    void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
