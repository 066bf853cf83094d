package se.sip.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings a service takes on one machine, read where the cluster's ConfigMaps are made from:
 * {@code deploy/k8s/base/common/settings.env} and {@code deploy/k8s/base/<service>/settings.env}. Their
 * {@code #local NAME=VALUE} lines (the other lines are the cluster's), each {@code ${NAME}} in a value replaced by this
 * run's value; the local stack reads the same lines ({@code deploy/local/settings.sh}).
 */
final class LocalSettings {

    private static final String PREFIX = "#local ";
    private static final Pattern SETTING = Pattern.compile("([A-Z_][A-Z0-9_]*)=(.*)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private LocalSettings() {
    }

    /** The service's settings, the shared ones first; a {@code ${NAME}} that {@code values} lacks is an error. */
    static Map<String, String> of(Path repoRoot, String service, Map<String, String> values) {
        Path base = repoRoot.resolve("deploy/k8s/base");
        Map<String, String> settings = new LinkedHashMap<>();
        for (Path file : List.of(base.resolve("common/settings.env"), base.resolve(service).resolve("settings.env"))) {
            for (String line : lines(file)) {
                if (!line.startsWith(PREFIX)) {
                    continue;
                }
                Matcher setting = SETTING.matcher(line.substring(PREFIX.length()));
                if (!setting.matches()) {
                    throw new IllegalStateException(file + ": not '#local NAME=VALUE': " + line);
                }
                String name = setting.group(1);
                settings.put(name, PLACEHOLDER.matcher(setting.group(2)).replaceAll(placeholder -> {
                    String value = values.get(placeholder.group(1));
                    if (value == null) {
                        throw new IllegalStateException(file + ": " + name + " needs ${" + placeholder.group(1)
                                + "}, and no value for it is known here");
                    }
                    return Matcher.quoteReplacement(value);
                }));
            }
        }
        return settings;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the settings file " + file, e);
        }
    }
}
