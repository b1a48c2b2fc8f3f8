package org.duban.deploy.manifests;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the code reads, taken from the sources themselves so that the manifests are checked against the code and
 * not against a second list: each service module's configuration (deploy/platform's
 * {@code META-INF/microprofile-config.properties} under its {@code application.properties}, default profile), the
 * {@code @ConfigProperty} names in its Java sources and the platform's, the topics it produces and consumes, the
 * roles of {@code Roles.java} and the token claims the code reads.
 */
final class CodeConfiguration {

    /** One service module as the code defines it. */
    record Service(String module, String applicationName, Map<String, String> properties, Set<String> propertyNames) {

        /** A property with {@code ${name}} and {@code ${name:default}} expressions resolved; null when unset. */
        String get(String name) {
            String value = properties.get(name);
            return value == null ? null : resolve(value, 0);
        }

        boolean consumes() {
            return Boolean.parseBoolean(get("duban.events.consume.enabled"));
        }

        /** Topics this service produces and consumes, its dead-letter topic when it consumes. */
        Set<String> topics() {
            Set<String> topics = new LinkedHashSet<>();
            topics.add(get("duban.events.topic"));
            if (consumes()) {
                topics.addAll(split(get("duban.events.consume.topics")));
                topics.add(get("duban.events.dead-letter-topic"));
            }
            topics.addAll(split(get("duban.gateway.events.topics")));
            return topics;
        }

        /** Health paths ({@code live}, {@code ready}, {@code started}) under the non-application root. */
        String healthPath(String check) {
            String root = properties.getOrDefault("quarkus.http.non-application-root-path", "q");
            String health = properties.getOrDefault("quarkus.smallrye-health.root-path", "health");
            return "/" + root.replaceAll("^/|/$", "") + "/" + health.replaceAll("^/|/$", "") + "/" + check;
        }

        private String resolve(String value, int depth) {
            if (depth > 10) {
                throw new IllegalStateException("configuration expression too deep: " + value);
            }
            Matcher m = EXPRESSION.matcher(value);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String inner = properties.get(m.group(1));
                String replacement = inner != null ? resolve(inner, depth + 1) : m.group(2) != null ? resolve(m.group(2), depth + 1) : "";
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            return out.toString();
        }
    }

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern CONSTANT = Pattern.compile("public static final String (\\w+) = \"([^\"]+)\";");
    private static final Pattern CLAIM = Pattern.compile("claim\\((?:token, )?\"([a-z_]+)\"\\)");

    private final Path root;
    private final List<Service> services = new ArrayList<>();

    CodeConfiguration(Path root) {
        this.root = root;
        Map<String, String> platform = properties(root.resolve("deploy/platform/src/main/resources/META-INF/microprofile-config.properties"));
        Set<String> platformNames = configPropertyNames(root.resolve("deploy/platform/src/main/java"));
        for (String module : modules()) {
            Path props = root.resolve(module).resolve("src/main/resources/application.properties");
            if (!Files.isRegularFile(props)) {
                continue;
            }
            Map<String, String> own = properties(props);
            if (own.get("quarkus.application.name") == null) {
                continue;
            }
            Map<String, String> merged = new LinkedHashMap<>(platform);
            merged.putAll(own);
            Set<String> names = new TreeSet<>(merged.keySet());
            names.addAll(platformNames);
            names.addAll(configPropertyNames(root.resolve(module).resolve("src/main/java")));
            services.add(new Service(module, own.get("quarkus.application.name"), merged, names));
        }
    }

    List<Service> services() {
        return services;
    }

    Service service(String applicationName) {
        return services.stream().filter(s -> s.applicationName().equals(applicationName)).findFirst().orElse(null);
    }

    /** Every topic some service produces or consumes (dead-letter topics of consumers included). */
    Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        services.forEach(s -> topics.addAll(s.topics()));
        return topics;
    }

    /** The roles of {@code org.duban.platform.security.Roles}. */
    Set<String> roles() {
        Set<String> roles = new TreeSet<>();
        Matcher m = CONSTANT.matcher(read(root.resolve("deploy/platform/src/main/java/org/duban/platform/security/Roles.java")));
        while (m.find()) {
            roles.add(m.group(2));
        }
        return roles;
    }

    /** The token claims the services and the gateway read ({@code claim("…")}), and the groups claim. */
    Set<String> claims() {
        Set<String> claims = new TreeSet<>();
        for (String file : List.of("deploy/platform/src/main/java/org/duban/platform/security/Caller.java",
                "gateway/src/main/java/org/duban/gateway/access/FrontDoor.java")) {
            Matcher m = CLAIM.matcher(read(root.resolve(file)));
            while (m.find()) {
                claims.add(m.group(1));
            }
        }
        services.forEach(s -> claims.add(s.get("smallrye.jwt.path.groups")));
        return claims;
    }

    private List<String> modules() {
        List<String> modules = new ArrayList<>();
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(read(root.resolve("pom.xml")));
        while (m.find()) {
            modules.add(m.group(1));
        }
        return modules;
    }

    static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Stream.of(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** Default-profile properties of a file (keys starting with {@code %} left out), read as UTF-8. */
    static Map<String, String> properties(Path file) {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        p.stringPropertyNames().stream().filter(k -> !k.startsWith("%")).sorted().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    private static Set<String> configPropertyNames(Path sources) {
        Set<String> names = new TreeSet<>();
        if (!Files.isDirectory(sources)) {
            return names;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                Matcher m = CONFIG_PROPERTY.matcher(read(f));
                while (m.find()) {
                    names.add(m.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
