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

    @Test
    void shouldNameAPortChangedInTheManifestOnly(@TempDir Path copy) throws IOException {
        copyRepository(copy);
        replace(copy.resolve("deploy/kubernetes/base/gateway.yaml"), "containerPort: 8080", "containerPort: 8090");
        assertFinds(copy, "Deployment gateway exposes no containerPort 8080");
    }

    @Test
    void shouldNameATopicRenamedInTheCodeOnly(@TempDir Path copy) throws IOException {
        copyRepository(copy);
        replace(copy.resolve("progress-service/src/main/resources/application.properties"),
                "duban.events.topic=duban.progress.v1", "duban.events.topic=duban.progress.v2");
        assertFinds(copy, "topic duban.progress.v2 (produced or consumed by the code) has no KafkaTopic");
        assertFinds(copy, "kafka-topics creates");
    }

    @Test
    void shouldNameAnEnvironmentVariableNoPropertyReads(@TempDir Path copy) throws IOException {
        copyRepository(copy);
        replace(copy.resolve("deploy/kubernetes/base/config.yaml"), "KAFKA_BOOTSTRAP_SERVERS:", "KAFKA_BOOTSTRAP_SERVER:");
        assertFinds(copy, "environment variable KAFKA_BOOTSTRAP_SERVER is read by nothing in tasks-service");
        assertFinds(copy, "kafka.bootstrap.servers keeps its local default (127.0.0.1:9092)");
    }

    @Test
    void shouldNameAProbePathTheServiceDoesNotAnswer(@TempDir Path copy) throws IOException {
        copyRepository(copy);
        replace(copy.resolve("deploy/kubernetes/base/progress-service.yaml"), "path: /q/health/ready", "path: /health/ready");
        assertFinds(copy, "Deployment progress-service readinessProbe asks /health/ready; the service answers /q/health/ready");
    }

    @Test
    void shouldNameARoleTheRealmLacks(@TempDir Path copy) throws IOException {
        copyRepository(copy);
        replace(copy.resolve("deploy/platform/src/main/java/org/duban/platform/security/Roles.java"),
                "public static final String ADMIN = \"ADMIN\";",
                "public static final String ADMIN = \"ADMIN\";\n    public static final String AUDITOR = \"AUDITOR\";");
        assertFinds(copy, "differ from the roles of Roles.java");
    }

    @Test
    void shouldNameAServiceAddressTheGatewayCannotReach(@TempDir Path copy) throws IOException {
        copyRepository(copy);
        replace(copy.resolve("deploy/kubernetes/base/config.yaml"), "http://progress-service:8080", "http://progress:8080");
        assertFinds(copy, "calls progress-service at http://progress:8080");
    }

    @Test
    void shouldNameADatabaseTheClusterDoesNotCreate(@TempDir Path copy) throws IOException {
        copyRepository(copy);
        replace(copy.resolve("deploy/kubernetes/base/indicators-service.yaml"), "duban-indicators-db-rw:5432/indicators",
                "duban-indicators-db-rw:5432/indicator");
        assertFinds(copy, "connects to database indicator; Cluster duban-indicators-db creates indicators");
    }

    @Test
    void shouldNameAReplicaCountBesideAnAutoscaler(@TempDir Path copy) throws IOException {
        copyRepository(copy);
        replace(copy.resolve("deploy/kubernetes/base/gateway.yaml"), "spec:\n  # no replicas", "spec:\n  replicas: 2\n  # no replicas");
        assertFinds(copy, "Deployment gateway sets spec.replicas although HorizontalPodAutoscaler gateway scales it");
    }

    @Test
    void shouldNameASecondGarbageCollectorInTheImage(@TempDir Path copy) throws IOException {
        copyRepository(copy);
        replace(copy.resolve("deploy/docker/Dockerfile.jvm"), "-XX:TieredStopAtLevel=1 -Xmx384m", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx384m");
        assertFinds(copy, "JAVA_OPTS_APPEND selects a garbage collector");
    }

    @Test
    void shouldNameARealmWithoutKeycloaksBuiltInScopes(@TempDir Path copy) throws IOException {
        copyRepository(copy);
        replace(copy.resolve("deploy/kubernetes/base/keycloak/duban-realm.json"), "\"clients\": [",
                "\"clientScopes\": [{\"name\": \"duban\", \"protocol\": \"openid-connect\"}],\n  \"clients\": [");
        assertFinds(copy, "the realm lists clientScopes without 'basic'");
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

    private static void assertFinds(Path copy, String expected) {
        List<String> problems = ManifestChecks.check(copy);
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)),
                "expected a finding containing '" + expected + "'; found:\n" + String.join("\n", problems));
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
