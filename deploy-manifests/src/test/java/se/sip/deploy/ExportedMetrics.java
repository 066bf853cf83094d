package se.sip.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Prometheus metric names the services export, read from the code rather than from a running service: the
 * project's own Micrometer meters (builders and annotations under src/main), named as Micrometer's Prometheus registry
 * names them, and the few of Quarkus' own meters the alerts and the dashboard use, each only while what produces it
 * is there. A query that names anything else watches nothing, so that renaming a meter cannot silence an alert or
 * empty a panel unnoticed.
 */
final class ExportedMetrics {

    private static final Pattern BUILDER =
            Pattern.compile("\\b(Gauge|Counter|Timer)\\.builder\\(\"(sip\\.[a-z0-9_.]+)\"");
    private static final Pattern BASE_UNIT = Pattern.compile("\\.baseUnit\\(\"([a-z_]+)\"\\)");
    private static final Pattern ANNOTATION =
            Pattern.compile("@(Counted|Timed)\\((?:value\\s*=\\s*)?\"(sip\\.[a-z0-9_.]+)\"");
    /** A timer is a summary of count and sum, with a max gauge; _bucket only with a histogram (see standard). */
    private static final List<String> TIMER = List.of("_seconds_count", "_seconds_sum", "_seconds_max");
    private static final Set<String> SKIPPED = Set.of(".git", ".local", "target", "node_modules");
    private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "offset", "bool", "and", "or", "unless", "inf", "nan", "atan2");

    private final Set<String> names;

    private ExportedMetrics(Set<String> names) {
        this.names = names;
    }

    /** What the repository's services export. */
    static ExportedMetrics of(Path repo) {
        List<Path> sources = new ArrayList<>();
        try {
            Files.walkFileTree(repo, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    // Build output and the local stack's data are no source (and may not be readable).
                    return SKIPPED.contains(dir.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String path = file.toString();
                    if (path.contains("/src/main/") && (path.endsWith(".java") || path.endsWith(".properties"))) {
                        sources.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder java = new StringBuilder();
        StringBuilder config = new StringBuilder();
        for (Path source : sources) {
            (source.toString().endsWith(".java") ? java : config).append(read(source)).append('\n');
        }
        Set<String> names = new TreeSet<>(meters(java.toString()));
        names.addAll(standard(read(repo.resolve("platform/pom.xml")), config.toString(), java.toString()));
        return new ExportedMetrics(names);
    }

    boolean exports(String metric) {
        return names.contains(metric);
    }

    Set<String> names() {
        return names;
    }

    /**
     * The metric names a PromQL expression (or a Grafana panel's, with its $variables) selects: what remains once
     * strings, label matchers, ranges, grouping clauses, functions, keywords and numbers are taken out.
     */
    static Set<String> namesIn(String promql) {
        String rest = promql
                .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'", "\"\"")
                .replaceAll("\\$\\{?\\w+}?", "")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("(?<![\\w.:])([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?").matcher(rest);
        while (m.find()) {
            if (m.group(2) == null && !PROMQL_WORDS.contains(m.group(1).toLowerCase())) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    /** The project's meters, as Prometheus names them: counters _total, gauges their base unit, timers in seconds. */
    static Set<String> meters(String java) {
        Set<String> meters = new TreeSet<>();
        Matcher m = BUILDER.matcher(java);
        while (m.find()) {
            String name = m.group(2).replace('.', '_');
            int end = java.indexOf(".register(", m.end());
            Matcher unit = BASE_UNIT.matcher(java.substring(m.end(), end < 0 ? java.length() : end));
            String suffix = unit.find() ? "_" + unit.group(1) : "";
            switch (m.group(1)) {
                case "Counter" -> meters.add(name + suffix + "_total");
                case "Gauge" -> meters.add(name + suffix);
                default -> TIMER.forEach(t -> meters.add(name + t));
            }
        }
        Matcher a = ANNOTATION.matcher(java);
        while (a.find()) {
            String name = a.group(2).replace('.', '_');
            if (a.group(1).equals("Counted")) {
                meters.add(name + "_total");
            } else {
                TIMER.forEach(t -> meters.add(name + t));
            }
        }
        return meters;
    }

    /**
     * Quarkus' meters the monitoring uses, with what makes each exist: the Prometheus registry (in the platform, so
     * in every service) with its HTTP server binder (the request timer; buckets only where a MeterFilter gives it
     * service-level objectives or a percentile histogram) and its Kafka binder, which binds every client Reactive
     * Messaging creates: each channel's consumer (its lag) and the producer that parks a failing event on the
     * dead-letter topic.
     */
    static Set<String> standard(String platformPom, String config, String java) {
        Set<String> names = new TreeSet<>();
        if (!platformPom.contains("<artifactId>quarkus-micrometer-registry-prometheus</artifactId>")) {
            return names;
        }
        if (!disabled(config, "http-server")) {
            TIMER.forEach(t -> names.add("http_server_requests" + t));
            if (java.contains("http.server.requests")
                    && (java.contains("serviceLevelObjectives(") || java.contains("percentilesHistogram(true)"))) {
                names.add("http_server_requests_seconds_bucket");
            }
        }
        if (!disabled(config, "kafka")) {
            if (Pattern.compile("(?m)^mp\\.messaging\\.incoming\\.").matcher(config).find()) {
                names.add("kafka_consumer_fetch_manager_records_lag_max");
            }
            if (config.contains("failure-strategy=dead-letter-queue")) {
                names.add("kafka_producer_record_send_total");
            }
        }
        return names;
    }

    /** Switched off by its own setting, or by the default for binders without one of their own. */
    private static boolean disabled(String config, String binder) {
        String own = "(?m)^quarkus\\.micrometer\\.binder\\." + Pattern.quote(binder) + "\\.enabled\\s*=\\s*";
        return Pattern.compile(own + "false").matcher(config).find()
                || Pattern.compile("(?m)^quarkus\\.micrometer\\.binder-enabled-default\\s*=\\s*false")
                        .matcher(config).find() && !Pattern.compile(own + "true").matcher(config).find();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
