package org.duban.deploy.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployment artefacts agree with the code and with each other (issue 16): the Kustomize overlays rendered by
 * {@link Kustomize}, the compose file and the image build are checked by {@link ManifestChecks}. Each mutation test
 * changes one side only, in a copy of the repository, and expects the check to name the disagreement.
 */
class ManifestConsistencyTest {

    static final Path ROOT = Path.of(System.getProperty("duban.repo.root", "../..")).toAbsolutePath().normalize();

    @Test
    void shouldFindTheManifestsConsistentWithTheCode() {
        List<String> problems = ManifestChecks.check(ROOT);
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void shouldRenderBothOverlaysWithEveryServiceAndTopic() {
        List<Map<String, Object>> prod = Kustomize.render(ROOT.resolve("deploy/kubernetes/overlays/prod"));
        List<Map<String, Object>> dev = Kustomize.render(ROOT.resolve("deploy/kubernetes/overlays/dev"));
        assertEquals(List.of("gateway", "indicators-service", "progress-service", "tasks-service"), names(prod, "Deployment"));
        assertEquals(names(prod, "KafkaTopic"), names(dev, "KafkaTopic"));
        Map<String, Object> tasks = find(prod, "Deployment", "tasks-service");
        assertEquals("duban", Json.text(tasks, "metadata", "namespace"));
        assertEquals(null, Json.at(tasks, "spec", "replicas"), "the autoscaler owns the replica count");
        assertEquals(2, Json.at(find(prod, "HorizontalPodAutoscaler", "tasks-service"), "spec", "minReplicas"));
        assertEquals("registry.example.gov.cn/duban/tasks-service:1.0.0", Json.text(Kustomize.containers(tasks).get(0), "image"));
        assertEquals(1, Json.at(find(dev, "KafkaTopic", "duban-tasks-v1"), "spec", "replicas"));
        assertEquals(1, Json.at(find(dev, "Cluster", "duban-tasks-db"), "spec", "instances"));
        assertEquals(null, Json.at(find(dev, "Cluster", "duban-tasks-db"), "spec", "backup"));
        assertEquals(List.of(), names(dev, "ScheduledBackup"));
        assertEquals(4, names(prod, "ScheduledBackup").size());
        // the dev overlay's ConfigMap patch merges into the base's data rather than replacing it
        Map<String, Object> gatewayConfig = find(dev, "ConfigMap", "gateway-config");
        assertEquals("https://duban-dev.example.gov.cn", Json.text(gatewayConfig, "data", "QUARKUS_HTTP_CORS_ORIGINS"));
        assertEquals("http://tasks-service:8080", Json.text(gatewayConfig, "data", "DUBAN_SERVICES_TASKS_SERVICE_URL"));
        assertEquals("duban", Json.text(find(prod, "Service", "gateway"), "metadata", "labels", "app.kubernetes.io/part-of"));
    }

    /**
     * One side changed, the other not: each row changes one file of a copy of the repository and names a finding the
     * check must then report (a port, a topic renamed in the code, a variable no property reads, a probe path, a role
     * the realm lacks, a service address, a database name, a replica count beside an autoscaler, a second garbage
     * collector, a realm without Keycloak's built-in scopes, a probe with Kubernetes's 1 s timeout).
     */
    static Stream<Arguments> mutations() {
        return Stream.of(
                Arguments.of("deploy/kubernetes/base/gateway.yaml", "containerPort: 8080", "containerPort: 8090",
                        List.of("Deployment gateway exposes no containerPort 8080")),
                Arguments.of("progress-service/src/main/resources/application.properties",
                        "duban.events.topic=duban.progress.v1", "duban.events.topic=duban.progress.v2",
                        List.of("topic duban.progress.v2 (produced or consumed by the code) has no KafkaTopic",
                                "kafka-topics creates")),
                Arguments.of("deploy/kubernetes/base/config.yaml", "KAFKA_BOOTSTRAP_SERVERS:", "KAFKA_BOOTSTRAP_SERVER:",
                        List.of("environment variable KAFKA_BOOTSTRAP_SERVER is read by nothing in tasks-service",
                                "kafka.bootstrap.servers keeps its local default (127.0.0.1:9092)")),
                Arguments.of("deploy/kubernetes/base/progress-service.yaml", "path: /q/health/ready", "path: /health/ready",
                        List.of("Deployment progress-service readinessProbe asks /health/ready; the service answers /q/health/ready")),
                Arguments.of("deploy/kubernetes/base/indicators-service.yaml", "timeoutSeconds: 5", "timeoutSeconds: 1",
                        List.of("Deployment indicators-service livenessProbe sets timeoutSeconds 1; a busy service needs at least 2")),
                Arguments.of("deploy/platform/src/main/java/org/duban/platform/security/Roles.java",
                        "public static final String ADMIN = \"ADMIN\";",
                        "public static final String ADMIN = \"ADMIN\";\n    public static final String AUDITOR = \"AUDITOR\";",
                        List.of("differ from the roles of Roles.java")),
                Arguments.of("deploy/kubernetes/base/config.yaml", "http://progress-service:8080", "http://progress:8080",
                        List.of("calls progress-service at http://progress:8080")),
                Arguments.of("deploy/kubernetes/base/indicators-service.yaml", "duban-indicators-db-rw:5432/indicators",
                        "duban-indicators-db-rw:5432/indicator",
                        List.of("connects to database indicator; Cluster duban-indicators-db creates indicators")),
                Arguments.of("deploy/kubernetes/base/gateway.yaml", "spec:\n  # no replicas", "spec:\n  replicas: 2\n  # no replicas",
                        List.of("Deployment gateway sets spec.replicas although HorizontalPodAutoscaler gateway scales it")),
                Arguments.of("deploy/docker/Dockerfile.jvm", "-XX:TieredStopAtLevel=1 -Xmx384m",
                        "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx384m",
                        List.of("JAVA_OPTS_APPEND selects a garbage collector")),
                Arguments.of("deploy/docker/Dockerfile.jvm", " -XX:+ExitOnOutOfMemoryError\"", "\"",
                        List.of("the image's JVM lacks -XX:+ExitOnOutOfMemoryError, which the run command gives")),
                Arguments.of("deploy/kubernetes/base/keycloak/duban-realm.json", "\"clients\": [",
                        "\"clientScopes\": [{\"name\": \"duban\", \"protocol\": \"openid-connect\"}],\n  \"clients\": [",
                        List.of("the realm lists clientScopes without 'basic'")));
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @MethodSource("mutations")
    void shouldNameAChangeMadeOnOneSideOnly(String file, String from, String to, List<String> findings, @TempDir Path copy)
            throws IOException {
        copyRepository(copy);
        replace(copy.resolve(file), from, to);
        List<String> problems = ManifestChecks.check(copy);
        for (String expected : findings) {
            assertTrue(problems.stream().anyMatch(p -> p.contains(expected)),
                    "expected a finding containing '" + expected + "'; found:\n" + String.join("\n", problems));
        }
    }

    @Test
    void shouldRefuseAKustomizationFeatureTheRenderingDoesNotKnow(@TempDir Path copy) throws IOException {
        copyRepository(copy);
        Path k = copy.resolve("deploy/kubernetes/overlays/dev/kustomization.yaml");
        Files.writeString(k, Files.readString(k) + "replicas:\n  - name: gateway\n    count: 3\n");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ManifestChecks.check(copy));
        assertTrue(e.getMessage().contains("'replicas' is not supported"), e.getMessage());
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " has no '" + from + "'");
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** The files the checks read: pom.xml, deploy/ (without build output) and each module's src/main. */
    private static void copyRepository(Path copy) throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String rel = ROOT.relativize(f).toString().replace('\\', '/');
                boolean wanted = rel.equals("pom.xml") || rel.startsWith("deploy/") || rel.matches("[^/]+/src/main/.*");
                if (!Files.isRegularFile(f) || !wanted || rel.contains("/target/") || rel.startsWith(".git")
                        || rel.contains("/src/test/")) {
                    continue;
                }
                Path to = copy.resolve(rel);
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
    }

    private static List<String> names(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).map(Kustomize::name).sorted().toList();
    }

    private static Map<String, Object> find(List<Map<String, Object>> objects, String kind, String name) {
        return objects.stream().filter(o -> kind.equals(o.get("kind")) && name.equals(Kustomize.name(o))).findFirst()
                .orElseThrow(() -> new AssertionError(kind + " " + name + " not rendered"));
    }
}
