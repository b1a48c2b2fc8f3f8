package org.duban.deploy.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.duban.deploy.manifests.CodeConfiguration.Service;

/**
 * Checks the deployment artefacts of {@code deploy/} against each other and against the code
 * ({@link CodeConfiguration}): the rendered Kustomize overlays, the compose file and the image build. Each finding
 * is one line naming the file or object and what disagrees; an empty list means consistent.
 *
 * <p>What is checked: every object has the fields its kind requires ({@link #REQUIRED}); one Deployment per service
 * of the build, its image built from that module, its container port the port the service listens on (and the one
 * the image exposes), its probe paths the service's health paths, every environment variable a property the
 * service reads (MicroProfile Config's mapping {@code a.b-c → A_B_C}), every setting whose default only suits the
 * local run (a {@code 127.0.0.1} address, the local key file) set; the gateway's service addresses, Kafka's
 * bootstrap address, each service's database and its credentials, the token issuer and key set pointing at objects
 * that exist (Services, Strimzi listeners, CloudNativePG clusters, the Keycloak realm); one KafkaTopic per topic
 * the code produces or consumes and no other; Services, budgets, autoscalers and the Ingress selecting what
 * exists; no secret value committed and every secret named documented in {@code deploy/README.md}; the realm's
 * roles those of {@code Roles.java} and its mappers the claims the code reads.
 */
final class ManifestChecks {

    /** Fields every object of a kind must have (dotted paths; {@code []} checks every element of a list). */
    static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("Deployment", List.of("spec.selector.matchLabels", "spec.template.metadata.labels",
                    "spec.template.spec.securityContext.runAsNonRoot", "spec.template.spec.containers[].name",
                    "spec.template.spec.containers[].image", "spec.template.spec.containers[].ports",
                    "spec.template.spec.containers[].readinessProbe.httpGet.path",
                    "spec.template.spec.containers[].livenessProbe.httpGet.path",
                    "spec.template.spec.containers[].resources.requests.cpu",
                    "spec.template.spec.containers[].resources.requests.memory",
                    "spec.template.spec.containers[].resources.limits.memory")),
            Map.entry("Service", List.of("spec.selector", "spec.ports[].port", "spec.ports[].targetPort")),
            Map.entry("ConfigMap", List.of("data")),
            Map.entry("PodDisruptionBudget", List.of("spec.selector.matchLabels")),
            Map.entry("HorizontalPodAutoscaler", List.of("spec.scaleTargetRef.kind", "spec.scaleTargetRef.name",
                    "spec.minReplicas", "spec.maxReplicas", "spec.metrics")),
            Map.entry("Ingress", List.of("spec.rules[].host", "spec.rules[].http.paths[].backend.service.name",
                    "spec.rules[].http.paths[].backend.service.port", "spec.tls[].secretName")),
            Map.entry("Kafka", List.of("spec.kafka.listeners[].name", "spec.kafka.listeners[].port",
                    "spec.kafka.listeners[].type", "spec.kafka.config", "spec.entityOperator.topicOperator")),
            Map.entry("KafkaNodePool", List.of("metadata.labels.strimzi\\.io/cluster", "spec.replicas", "spec.roles",
                    "spec.storage.type")),
            Map.entry("KafkaTopic", List.of("metadata.labels.strimzi\\.io/cluster", "spec.partitions", "spec.replicas",
                    "spec.config.retention\\.ms")),
            Map.entry("Cluster", List.of("spec.instances", "spec.storage.size", "spec.bootstrap.initdb.database",
                    "spec.bootstrap.initdb.owner")),
            Map.entry("ScheduledBackup", List.of("spec.schedule", "spec.cluster.name")),
            Map.entry("ServiceMonitor", List.of("spec.selector.matchLabels", "spec.endpoints[].port", "spec.endpoints[].path")));

    /**
     * Framework properties the manifests may set although no Duban source names them, each for a reason: the
     * HTTP port, the database address and password (the run command sets them per run), the audience and the
     * signing key (set only where an OIDC provider issues tokens / the gateway signs).
     */
    static final Set<String> FRAMEWORK = Set.of("quarkus.http.port", "quarkus.datasource.jdbc.url",
            "quarkus.datasource.username", "quarkus.datasource.password", "mp.jwt.verify.audiences",
            "smallrye.jwt.sign.key.location");

    /** The client scopes Keycloak 26 creates in a realm imported without a {@code clientScopes} list. */
    static final Set<String> BUILT_IN_SCOPES = Set.of("basic", "acr", "roles", "web-origins", "profile", "email", "address",
            "phone", "offline_access", "microprofile-jwt", "organization", "service_account");

    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");
    private static final int DEFAULT_HTTP_PORT = 8080;

    private final Path root;
    private final CodeConfiguration code;
    private final List<String> problems = new ArrayList<>();

    private ManifestChecks(Path root) {
        this.root = root;
        this.code = new CodeConfiguration(root);
    }

    /** Every finding for the repository at {@code root}: overlays dev and prod, compose, the image build. */
    static List<String> check(Path root) {
        ManifestChecks checks = new ManifestChecks(root);
        for (String overlay : List.of("dev", "prod")) {
            checks.overlay(overlay);
        }
        checks.compose();
        checks.dockerfile();
        return checks.problems;
    }

    private void problem(String where, String what) {
        problems.add(where + ": " + what);
    }

    // ---------------------------------------------------------------- Kubernetes

    private void overlay(String overlay) {
        String where = "overlays/" + overlay;
        List<Map<String, Object>> objects = Kustomize.render(root.resolve("deploy/kubernetes/overlays").resolve(overlay));
        required(where, objects);
        Map<String, Map<String, Object>> configMaps = byName(objects, "ConfigMap");
        for (Map<String, Object> o : objects) {
            if ("Secret".equals(o.get("kind")) && (o.get("data") != null || o.get("stringData") != null)) {
                problem(where, "Secret " + Kustomize.name(o) + " commits secret values; reference a secret the operator creates");
            }
        }
        JsonNode realm = realm(where, configMaps);
        Map<String, Map<String, Object>> deployments = byName(objects, "Deployment");
        for (Service service : code.services()) {
            Map<String, Object> deployment = deployments.get(service.applicationName());
            if (deployment == null) {
                problem(where, "no Deployment runs " + service.applicationName() + " (module " + service.module() + ")");
                continue;
            }
            deployment(where, service, deployment, objects, configMaps, realm);
        }
        deployments.keySet().stream().filter(name -> code.service(name) == null)
                .forEach(name -> problem(where, "Deployment " + name + " runs no service of the build"));
        services(where, objects, deployments);
        kafka(where, objects);
        databases(where, objects);
        secrets(where, objects);
        if (realm != null) {
            realmMatchesCode(where, realm);
        }
    }

    private void required(String where, List<Map<String, Object>> objects) {
        for (Map<String, Object> o : objects) {
            String kind = String.valueOf(o.get("kind"));
            String id = kind + " " + Kustomize.name(o);
            if (o.get("apiVersion") == null || Json.at(o, "metadata", "name") == null) {
                problem(where, id + " lacks apiVersion or metadata.name");
            }
            List<String> fields = REQUIRED.get(kind);
            if (fields == null) {
                problem(where, id + ": no required-field table for kind " + kind + " (add one to ManifestChecks.REQUIRED)");
                continue;
            }
            for (String field : fields) {
                List<String> steps = List.of(field.split("(?<!\\\\)\\."));
                if (!present(o, steps.stream().map(s -> s.replace("\\.", ".")).toList())) {
                    problem(where, id + " lacks " + field.replace("\\.", "."));
                }
            }
        }
    }

    private static boolean present(Object node, List<String> steps) {
        if (steps.isEmpty()) {
            return node != null && !(node instanceof List<?> l && l.isEmpty());
        }
        String step = steps.get(0);
        boolean each = step.endsWith("[]");
        Object next = Json.at(node, each ? step.substring(0, step.length() - 2) : step);
        if (each) {
            return next instanceof List<?> list && !list.isEmpty()
                    && list.stream().allMatch(item -> present(item, steps.subList(1, steps.size())));
        }
        return next != null && present(next, steps.subList(1, steps.size()));
    }

    private void deployment(String where, Service service, Map<String, Object> deployment, List<Map<String, Object>> objects,
            Map<String, Map<String, Object>> configMaps, JsonNode realm) {
        String id = "Deployment " + service.applicationName();
        List<Map<String, Object>> containers = Kustomize.containers(deployment);
        Map<String, Object> container = containers.stream().filter(c -> service.applicationName().equals(c.get("name")))
                .findFirst().orElse(null);
        if (container == null) {
            problem(where, id + " has no container named " + service.applicationName());
            return;
        }
        String image = withoutTag(String.valueOf(container.get("image")));
        if (!image.equals("duban/" + service.module()) && !image.endsWith("/duban/" + service.module())) {
            problem(where, id + " runs image " + image + ", not the image built from module " + service.module()
                    + " (duban/" + service.module() + ")");
        }
        Map<String, Env> env = environment(where, id, container, configMaps);
        environment(where + " " + id, service, env);

        int port = httpPort(service, env);
        Map<String, Object> httpPort = null;
        for (Object p : Json.list(container, "ports")) {
            if (String.valueOf(Json.at(p, "containerPort")).equals(String.valueOf(port))) {
                httpPort = (Map<String, Object>) p;
            }
        }
        if (httpPort == null) {
            problem(where, id + " exposes no containerPort " + port + ", the port " + service.applicationName() + " listens on");
        }
        for (String[] probe : new String[][] {{"readinessProbe", "ready"}, {"livenessProbe", "live"}, {"startupProbe", "started"}}) {
            Object p = container.get(probe[0]);
            if (p == null) {
                continue;
            }
            String path = Json.text(p, "httpGet", "path");
            if (!service.healthPath(probe[1]).equals(path)) {
                problem(where, id + " " + probe[0] + " asks " + path + "; the service answers " + service.healthPath(probe[1]));
            }
            Object probePort = Json.at(p, "httpGet", "port");
            if (httpPort == null || !(Objects.equals(probePort, httpPort.get("name"))
                    || String.valueOf(probePort).equals(String.valueOf(port)))) {
                problem(where, id + " " + probe[0] + " asks port " + probePort + ", not the service's port " + port);
            }
            // Kubernetes waits 1 s by default: a service busy on both cores (a burst of long previews) answers its health
            // later than that and would be restarted or taken out of service for being busy, not for being broken
            Object timeout = Json.at(p, "timeoutSeconds");
            if (!(timeout instanceof Number n) || n.intValue() < 2) {
                problem(where, id + " " + probe[0] + " sets timeoutSeconds " + timeout + "; a busy service needs at least 2");
            }
        }

        String bootstrap = value(env, "KAFKA_BOOTSTRAP_SERVERS");
        if (bootstrap != null) {
            kafkaAddress(where, id, bootstrap, objects);
        }
        database(where, id, env, objects);
        for (String name : service.propertyNames()) {
            Matcher m = Pattern.compile("duban\\.services\\.([^.]+)\\.url").matcher(name);
            if (m.matches() && value(env, envName(name)) != null) {
                serviceAddress(where, id, m.group(1), value(env, envName(name)), objects);
            }
        }
        if (realm != null) {
            tokens(where, id, env, realm);
        }
        String signingKey = value(env, "SMALLRYE_JWT_SIGN_KEY_LOCATION");
        if (signingKey != null && Json.list(container, "volumeMounts").stream()
                .noneMatch(m -> signingKey.startsWith(Json.text(m, "mountPath") + "/"))) {
            problem(where, id + " reads its signing key from " + signingKey + ", where no volume is mounted");
        }
        if (!Boolean.TRUE.equals(Json.at(deployment, "spec", "template", "spec", "securityContext", "runAsNonRoot"))) {
            problem(where, id + " may run as root (securityContext.runAsNonRoot is not true)");
        }
    }

    /** An image reference without its tag (which may be a compose expression such as {@code ${V:-1.0}}). */
    static String withoutTag(String image) {
        int colon = image.indexOf(':', image.lastIndexOf('/') + 1);
        return colon < 0 ? image : image.substring(0, colon);
    }

    /** One environment variable: a literal value, or a reference to a secret key (value null). */
    record Env(String value, String secret, String key) {}

    private Map<String, Env> environment(String where, String id, Map<String, Object> container,
            Map<String, Map<String, Object>> configMaps) {
        Map<String, Env> env = new LinkedHashMap<>();
        for (Object from : Json.list(container, "envFrom")) {
            String name = Json.text(from, "configMapRef", "name");
            Map<String, Object> cm = name == null ? null : configMaps.get(name);
            if (cm == null) {
                problem(where, id + " takes its environment from ConfigMap " + name + ", which does not exist");
                continue;
            }
            ((Map<?, ?>) cm.get("data")).forEach((k, v) -> env.put(String.valueOf(k), new Env(String.valueOf(v), null, null)));
        }
        for (Object e : Json.list(container, "env")) {
            String name = Json.text(e, "name");
            if (Json.at(e, "valueFrom", "secretKeyRef") != null) {
                env.put(name, new Env(null, Json.text(e, "valueFrom", "secretKeyRef", "name"), Json.text(e, "valueFrom", "secretKeyRef", "key")));
            } else if (Json.at(e, "valueFrom", "configMapKeyRef") != null) {
                Map<String, Object> cm = configMaps.get(Json.text(e, "valueFrom", "configMapKeyRef", "name"));
                Object v = cm == null ? null : Json.at(cm, "data", Json.text(e, "valueFrom", "configMapKeyRef", "key"));
                if (v == null) {
                    problem(where, id + " env " + name + " names a ConfigMap key that does not exist");
                }
                env.put(name, new Env(String.valueOf(v), null, null));
            } else {
                env.put(name, new Env(Json.text(e, "value"), null, null));
            }
        }
        return env;
    }

    private static String value(Map<String, Env> env, String name) {
        Env e = env.get(name);
        return e == null ? null : e.value();
    }

    /** MicroProfile Config's environment name of a property: upper case, every other character {@code _}. */
    static String envName(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** Every variable is a property the service reads; every local-only default is overridden. */
    private void environment(String where, Service service, Map<String, Env> env) {
        Set<String> known = new TreeSet<>();
        service.propertyNames().forEach(p -> known.add(envName(p)));
        FRAMEWORK.forEach(p -> known.add(envName(p)));
        for (String name : env.keySet()) {
            if (!known.contains(name)) {
                problem(where, "environment variable " + name + " is read by nothing in " + service.module()
                        + " (a typo, or a property renamed on one side)");
            }
        }
        Set<String> mustSet = new TreeSet<>(List.of("quarkus.datasource.jdbc.url", "quarkus.datasource.password"));
        for (String property : service.properties().keySet()) {
            String value = service.get(property);
            if (value != null && (value.contains("127.0.0.1") || value.contains("localhost") || value.equals("jwt-public.pem"))) {
                mustSet.add(property);
            }
        }
        for (String property : mustSet) {
            if (!env.containsKey(envName(property))) {
                problem(where, property + " keeps its local default (" + service.get(property) + "): set " + envName(property));
            }
        }
    }

    private static int httpPort(Service service, Map<String, Env> env) {
        String port = env.containsKey("QUARKUS_HTTP_PORT") ? value(env, "QUARKUS_HTTP_PORT") : service.get("quarkus.http.port");
        return port == null ? DEFAULT_HTTP_PORT : Integer.parseInt(port.trim());
    }

    private void kafkaAddress(String where, String id, String bootstrap, List<Map<String, Object>> objects) {
        for (String address : bootstrap.split(",")) {
            String[] hostPort = address.trim().split(":");
            boolean found = false;
            for (Map<String, Object> kafka : byName(objects, "Kafka").values()) {
                if (hostPort[0].equals(Kustomize.name(kafka) + "-kafka-bootstrap")) {
                    found = Json.list(kafka, "spec", "kafka", "listeners").stream().anyMatch(l ->
                            String.valueOf(Json.at(l, "port")).equals(hostPort.length > 1 ? hostPort[1] : "")
                                    && !Boolean.TRUE.equals(Json.at(l, "tls")));
                }
            }
            if (!found) {
                problem(where, id + " reaches Kafka at " + address + ": no Strimzi Kafka has that bootstrap service and plain listener port");
            }
        }
    }

    private void database(String where, String id, Map<String, Env> env, List<Map<String, Object>> objects) {
        String url = value(env, "QUARKUS_DATASOURCE_JDBC_URL");
        if (url == null) {
            return;
        }
        Matcher m = JDBC.matcher(url);
        Map<String, Object> cluster = m.matches() && m.group(1).endsWith("-rw")
                ? byName(objects, "Cluster").get(m.group(1).substring(0, m.group(1).length() - 3)) : null;
        if (cluster == null) {
            problem(where, id + " connects to " + url + ": no CloudNativePG Cluster has that -rw service");
            return;
        }
        String cnpg = Kustomize.name(cluster);
        if (m.group(2) != null && !m.group(2).equals("5432")) {
            problem(where, id + " connects to port " + m.group(2) + "; CloudNativePG serves 5432");
        }
        if (!m.group(3).equals(Json.text(cluster, "spec", "bootstrap", "initdb", "database"))) {
            problem(where, id + " connects to database " + m.group(3) + "; Cluster " + cnpg + " creates "
                    + Json.text(cluster, "spec", "bootstrap", "initdb", "database"));
        }
        for (String[] credential : new String[][] {{"QUARKUS_DATASOURCE_USERNAME", "username"}, {"QUARKUS_DATASOURCE_PASSWORD", "password"}}) {
            Env e = env.get(credential[0]);
            if (e == null || !(cnpg + "-app").equals(e.secret()) || !credential[1].equals(e.key())) {
                problem(where, id + " " + credential[0] + " must come from secret " + cnpg + "-app key " + credential[1]);
            }
        }
    }

    private void serviceAddress(String where, String id, String target, String url, List<Map<String, Object>> objects) {
        URI uri = URI.create(url);
        Map<String, Object> svc = byName(objects, "Service").get(uri.getHost());
        Map<String, Object> deployment = byName(objects, "Deployment").get(target);
        if (svc == null || deployment == null || !selects(svc, deployment)) {
            problem(where, id + " calls " + target + " at " + url + ", but Service " + uri.getHost() + " does not select Deployment " + target);
            return;
        }
        boolean port = Json.list(svc, "spec", "ports").stream().anyMatch(p -> String.valueOf(Json.at(p, "port")).equals(String.valueOf(uri.getPort())));
        if (!port) {
            problem(where, id + " calls " + target + " on port " + uri.getPort() + "; Service " + uri.getHost() + " has no such port");
        }
    }

    private void tokens(String where, String id, Map<String, Env> env, JsonNode realm) {
        String issuer = value(env, "MP_JWT_VERIFY_ISSUER");
        String keys = value(env, "MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        String realmName = realm.path("realm").asText();
        if (issuer == null || !issuer.endsWith("/realms/" + realmName)) {
            problem(where, id + " trusts issuer " + issuer + ", not the realm " + realmName);
        } else if (!(issuer + "/protocol/openid-connect/certs").equals(keys)) {
            problem(where, id + " verifies tokens with keys at " + keys + ", not the issuer's " + issuer + "/protocol/openid-connect/certs");
        }
        String audiences = value(env, "MP_JWT_VERIFY_AUDIENCES");
        for (String audience : CodeConfiguration.split(audiences)) {
            if (!realm.toString().contains("\"included.custom.audience\":\"" + audience + "\"")) {
                problem(where, id + " requires audience " + audience + ", which no mapper of the realm adds");
            }
        }
    }

    private void services(String where, List<Map<String, Object>> objects, Map<String, Map<String, Object>> deployments) {
        Map<String, Map<String, Object>> services = byName(objects, "Service");
        for (Map<String, Object> svc : services.values()) {
            Map<String, Object> deployment = deployments.values().stream().filter(d -> selects(svc, d)).findFirst().orElse(null);
            if (deployment == null) {
                problem(where, "Service " + Kustomize.name(svc) + " selects no Deployment");
                continue;
            }
            for (Object p : Json.list(svc, "spec", "ports")) {
                Object target = Json.at(p, "targetPort");
                boolean found = Kustomize.containers(deployment).stream().flatMap(c -> Json.list(c, "ports").stream())
                        .anyMatch(cp -> Objects.equals(Json.at(cp, "name"), target)
                                || String.valueOf(Json.at(cp, "containerPort")).equals(String.valueOf(target)));
                if (!found) {
                    problem(where, "Service " + Kustomize.name(svc) + " targets port " + target + ", which Deployment "
                            + Kustomize.name(deployment) + " does not expose");
                }
            }
        }
        for (Map<String, Object> pdb : byName(objects, "PodDisruptionBudget").values()) {
            if (deployments.values().stream().noneMatch(d -> labelsMatch(Json.at(pdb, "spec", "selector", "matchLabels"), d))) {
                problem(where, "PodDisruptionBudget " + Kustomize.name(pdb) + " selects no Deployment");
            }
        }
        for (Map<String, Object> hpa : byName(objects, "HorizontalPodAutoscaler").values()) {
            Map<String, Object> scaled = deployments.get(Json.text(hpa, "spec", "scaleTargetRef", "name"));
            if (scaled == null) {
                problem(where, "HorizontalPodAutoscaler " + Kustomize.name(hpa) + " scales a Deployment that does not exist");
            } else if (Json.at(scaled, "spec", "replicas") != null) {
                problem(where, "Deployment " + Kustomize.name(scaled) + " sets spec.replicas although HorizontalPodAutoscaler "
                        + Kustomize.name(hpa) + " scales it: every apply would reset the count");
            }
            Object min = Json.at(hpa, "spec", "minReplicas");
            Object max = Json.at(hpa, "spec", "maxReplicas");
            if (min instanceof Integer a && max instanceof Integer b && a > b) {
                problem(where, "HorizontalPodAutoscaler " + Kustomize.name(hpa) + " has minReplicas above maxReplicas");
            }
        }
        Map<String, Object> gateway = deployments.get("gateway");
        for (Map<String, Object> ingress : byName(objects, "Ingress").values()) {
            for (Object rule : Json.list(ingress, "spec", "rules")) {
                for (Object path : Json.list(rule, "http", "paths")) {
                    String name = Json.text(path, "backend", "service", "name");
                    Map<String, Object> svc = services.get(name);
                    if (svc == null || gateway == null || !selects(svc, gateway)) {
                        problem(where, "Ingress " + Kustomize.name(ingress) + " exposes Service " + name + "; only the gateway may be exposed");
                        continue;
                    }
                    Object port = Json.at(path, "backend", "service", "port", "name") != null
                            ? Json.at(path, "backend", "service", "port", "name") : Json.at(path, "backend", "service", "port", "number");
                    if (Json.list(svc, "spec", "ports").stream().noneMatch(p -> Objects.equals(Json.at(p, "name"), port)
                            || String.valueOf(Json.at(p, "port")).equals(String.valueOf(port)))) {
                        problem(where, "Ingress " + Kustomize.name(ingress) + " uses port " + port + " of Service " + name + ", which has none such");
                    }
                }
            }
        }
    }

    private static boolean selects(Map<String, Object> svc, Map<String, Object> deployment) {
        return labelsMatch(Json.at(svc, "spec", "selector"), deployment);
    }

    private static boolean labelsMatch(Object selector, Map<String, Object> deployment) {
        Object labels = Json.at(deployment, "spec", "template", "metadata", "labels");
        return selector instanceof Map<?, ?> s && !s.isEmpty() && labels instanceof Map<?, ?> l
                && s.entrySet().stream().allMatch(e -> Objects.equals(l.get(e.getKey()), e.getValue()));
    }

    private void kafka(String where, List<Map<String, Object>> objects) {
        Map<String, Map<String, Object>> clusters = byName(objects, "Kafka");
        Map<String, Integer> brokers = new LinkedHashMap<>();
        for (Map<String, Object> kafka : clusters.values()) {
            String name = Kustomize.name(kafka);
            if (!"enabled".equals(Json.text(kafka, "metadata", "annotations", "strimzi.io/kraft"))
                    || !"enabled".equals(Json.text(kafka, "metadata", "annotations", "strimzi.io/node-pools"))) {
                problem(where, "Kafka " + name + " must run in KRaft mode with node pools (annotations strimzi.io/kraft, strimzi.io/node-pools)");
            }
            Set<Object> roles = new TreeSet<>();
            int count = 0;
            for (Map<String, Object> pool : byName(objects, "KafkaNodePool").values()) {
                if (name.equals(Json.text(pool, "metadata", "labels", "strimzi.io/cluster"))) {
                    roles.addAll(Json.list(pool, "spec", "roles"));
                    if (Json.list(pool, "spec", "roles").contains("broker") && Json.at(pool, "spec", "replicas") instanceof Integer r) {
                        count += r;
                    }
                }
            }
            if (!roles.containsAll(List.of("broker", "controller"))) {
                problem(where, "Kafka " + name + " has node pools with roles " + roles + "; it needs brokers and controllers");
            }
            brokers.put(name, count);
            if (Json.at(kafka, "spec", "kafka", "config", "default.replication.factor") instanceof Integer rf && rf > count) {
                problem(where, "Kafka " + name + " replicates by default " + rf + " times on " + count + " brokers");
            }
        }
        Set<String> declared = new TreeSet<>();
        for (Map<String, Object> topic : byName(objects, "KafkaTopic").values()) {
            String name = Json.text(topic, "spec", "topicName") != null ? Json.text(topic, "spec", "topicName") : Kustomize.name(topic);
            declared.add(name);
            String cluster = Json.text(topic, "metadata", "labels", "strimzi.io/cluster");
            if (!brokers.containsKey(cluster)) {
                problem(where, "KafkaTopic " + name + " belongs to Kafka " + cluster + ", which does not exist");
                continue;
            }
            int replicas = Json.at(topic, "spec", "replicas") instanceof Integer r ? r : 0;
            int minIsr = Json.at(topic, "spec", "config", "min.insync.replicas") instanceof Integer i ? i : 1;
            if (replicas > brokers.get(cluster)) {
                problem(where, "KafkaTopic " + name + " wants " + replicas + " replicas on " + brokers.get(cluster) + " brokers");
            }
            if (minIsr > replicas || (replicas > 1 && minIsr >= replicas)) {
                problem(where, "KafkaTopic " + name + " has min.insync.replicas " + minIsr + " for " + replicas
                        + " replicas: one broker down would stop every write");
            }
            for (Service service : code.services()) {
                String concurrency = service.get("duban.events.consume.concurrency");
                if (service.consumes() && CodeConfiguration.split(service.get("duban.events.consume.topics")).contains(name)
                        && concurrency != null && Json.at(topic, "spec", "partitions") instanceof Integer p && p < Integer.parseInt(concurrency)) {
                    problem(where, "KafkaTopic " + name + " has " + p + " partitions; " + service.applicationName()
                            + " reads it with concurrency " + concurrency);
                }
            }
        }
        Set<String> needed = code.topics();
        for (String topic : needed) {
            if (!declared.contains(topic)) {
                problem(where, "topic " + topic + " (produced or consumed by the code) has no KafkaTopic");
            }
        }
        for (String topic : declared) {
            if (!needed.contains(topic)) {
                problem(where, "KafkaTopic " + topic + " is neither produced nor consumed by any service");
            }
        }
    }

    private void databases(String where, List<Map<String, Object>> objects) {
        Map<String, Map<String, Object>> clusters = byName(objects, "Cluster");
        for (Map<String, Object> backup : byName(objects, "ScheduledBackup").values()) {
            Map<String, Object> cluster = clusters.get(Json.text(backup, "spec", "cluster", "name"));
            if (cluster == null || Json.at(cluster, "spec", "backup") == null) {
                problem(where, "ScheduledBackup " + Kustomize.name(backup) + " backs up a Cluster that does not exist or has no backup section");
            }
        }
    }

    private void secrets(String where, List<Map<String, Object>> objects) {
        Set<String> generated = new TreeSet<>();
        byName(objects, "Cluster").keySet().forEach(c -> generated.add(c + "-app"));
        Set<String> named = new TreeSet<>();
        for (Map<String, Object> o : objects) {
            collectSecrets(o, named);
        }
        String readme = Files.isRegularFile(root.resolve("deploy/README.md")) ? CodeConfiguration.read(root.resolve("deploy/README.md")) : "";
        for (String secret : named) {
            if (!generated.contains(secret) && !readme.contains("`" + secret + "`")) {
                problem(where, "secret " + secret + " is neither created by an operator in these manifests nor documented in deploy/README.md");
            }
        }
    }

    /** Secret names anywhere in an object: secretKeyRef, secret volumes, TLS, Strimzi/CNPG/Prometheus credential refs. */
    private static void collectSecrets(Object node, Set<String> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if ("configMapKeyRef".equals(k) || "configMapRef".equals(k)) {
                    return;
                }
                if (("secretName".equals(k)) && v instanceof String s) {
                    into.add(s);
                } else if (("secretKeyRef".equals(k) || "secret".equals(k)) && v instanceof Map<?, ?> ref && ref.get("name") instanceof String s) {
                    into.add(s);
                } else if (v instanceof Map<?, ?> ref && ref.get("name") instanceof String s && ref.get("key") != null) {
                    into.add(s);
                }
                collectSecrets(v, into);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectSecrets(item, into));
        }
    }

    private JsonNode realm(String where, Map<String, Map<String, Object>> configMaps) {
        for (Map<String, Object> cm : configMaps.values()) {
            Object data = cm.get("data");
            if (data instanceof Map<?, ?> d) {
                for (Map.Entry<?, ?> e : d.entrySet()) {
                    if (String.valueOf(e.getKey()).endsWith("-realm.json")) {
                        try {
                            return new ObjectMapper().readTree(String.valueOf(e.getValue()));
                        } catch (IOException ex) {
                            problem(where, "realm export " + e.getKey() + " is not JSON: " + ex.getMessage());
                        }
                    }
                }
            }
        }
        problem(where, "no ConfigMap carries a Keycloak realm export (*-realm.json)");
        return null;
    }

    private void realmMatchesCode(String where, JsonNode realm) {
        Set<String> roles = new TreeSet<>();
        realm.path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));
        if (!roles.equals(code.roles())) {
            problem(where, "realm roles " + roles + " differ from the roles of Roles.java " + code.roles());
        }
        Map<String, Set<String>> claimsByScope = new LinkedHashMap<>();
        for (JsonNode scope : realm.path("clientScopes")) {
            Set<String> claims = new TreeSet<>();
            scope.path("protocolMappers").forEach(m -> {
                if (m.path("config").has("claim.name")) {
                    claims.add(m.path("config").path("claim.name").asText());
                }
            });
            claimsByScope.put(scope.path("name").asText(), claims);
        }
        if (realm.has("clientScopes") && !claimsByScope.containsKey("basic")) {
            problem(where, "the realm lists clientScopes without 'basic': Keycloak then creates none of its built-in scopes"
                    + " and user tokens carry no sub");
        }
        Set<String> scopes = realm.has("clientScopes") ? claimsByScope.keySet() : BUILT_IN_SCOPES;
        boolean publicClient = false;
        boolean machineClient = false;
        for (JsonNode client : realm.path("clients")) {
            Set<String> claims = new TreeSet<>();
            client.path("defaultClientScopes").forEach(s -> {
                claims.addAll(claimsByScope.getOrDefault(s.asText(), Set.of()));
                if (!scopes.contains(s.asText())) {
                    problem(where, "realm client " + client.path("clientId").asText() + " names scope " + s.asText()
                            + ", which the realm does not have");
                }
            });
            client.path("protocolMappers").forEach(m -> {
                if (m.path("config").has("claim.name")) {
                    claims.add(m.path("config").path("claim.name").asText());
                }
            });
            if (!claims.containsAll(code.claims())) {
                Set<String> missing = new TreeSet<>(code.claims());
                missing.removeAll(claims);
                problem(where, "realm client " + client.path("clientId").asText() + " issues tokens without the claims " + missing + " the code reads");
            }
            publicClient |= client.path("publicClient").asBoolean() && client.path("standardFlowEnabled").asBoolean()
                    && "S256".equals(client.path("attributes").path("pkce.code.challenge.method").asText());
            machineClient |= !client.path("publicClient").asBoolean() && client.path("serviceAccountsEnabled").asBoolean();
        }
        if (!publicClient) {
            problem(where, "the realm has no public client with the authorization code flow and PKCE (S256) for people");
        }
        if (!machineClient) {
            problem(where, "the realm has no confidential client with a service account (client credentials) for machines");
        }
        for (JsonNode user : realm.path("users")) {
            user.path("realmRoles").forEach(r -> {
                if (!roles.contains(r.asText())) {
                    problem(where, "realm user " + user.path("username").asText() + " holds role " + r.asText() + ", which the realm lacks");
                }
            });
        }
    }

    private static Map<String, Map<String, Object>> byName(List<Map<String, Object>> objects, String kind) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        objects.stream().filter(o -> kind.equals(o.get("kind"))).forEach(o -> out.put(Kustomize.name(o), o));
        return out;
    }

    // ---------------------------------------------------------------- compose

    private void compose() {
        Path file = root.resolve("deploy/compose/compose.yaml");
        String where = "compose.yaml";
        Map<String, Object> compose = Kustomize.load(file).get(0);
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        Set<String> databases = new TreeSet<>();
        try (Stream<Path> sql = Files.list(root.resolve("deploy/compose/initdb"))) {
            sql.forEach(f -> {
                Matcher m = Pattern.compile("(?i)CREATE DATABASE (\\w+)").matcher(CodeConfiguration.read(f));
                while (m.find()) {
                    databases.add(m.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Service service : code.services()) {
            Object s = services.get(service.applicationName());
            if (s == null) {
                problem(where, "no compose service runs " + service.applicationName());
                continue;
            }
            String id = "service " + service.applicationName();
            String image = Json.text(s, "image");
            if (image == null || !withoutTag(image).equals("duban/" + service.module())) {
                problem(where, id + " runs image " + image + ", not duban/" + service.module());
            }
            Map<String, Env> env = new LinkedHashMap<>();
            if (Json.at(s, "environment") instanceof Map<?, ?> map) {
                map.forEach((k, v) -> env.put(String.valueOf(k), new Env(String.valueOf(v), null, null)));
            }
            environment(where + " " + id, service, env);
            Matcher jdbc = JDBC.matcher(String.valueOf(value(env, "QUARKUS_DATASOURCE_JDBC_URL")));
            if (!jdbc.matches() || !services.containsKey(jdbc.group(1)) || !databases.contains(jdbc.group(3))) {
                problem(where, id + " connects to " + value(env, "QUARKUS_DATASOURCE_JDBC_URL")
                        + ": its host is no compose service or its database is not created in initdb/ " + databases);
            }
            String bootstrap = value(env, "KAFKA_BOOTSTRAP_SERVERS");
            String advertised = bootstrap == null ? null : String.valueOf(Json.at(services, bootstrap.split(":")[0], "environment", "KAFKA_ADVERTISED_LISTENERS"));
            if (advertised == null || !advertised.contains("//" + bootstrap)) {
                problem(where, id + " reaches Kafka at " + bootstrap + ", which no compose Kafka advertises");
            }
            for (String name : service.propertyNames()) {
                Matcher m = Pattern.compile("duban\\.services\\.([^.]+)\\.url").matcher(name);
                String url = m.matches() ? value(env, envName(name)) : null;
                if (url != null) {
                    URI uri = URI.create(url);
                    Object target = services.get(uri.getHost());
                    String targetPort = target == null ? null : Json.text(target, "environment", "QUARKUS_HTTP_PORT");
                    if (!m.group(1).equals(uri.getHost()) || !String.valueOf(uri.getPort()).equals(targetPort)) {
                        problem(where, id + " calls " + m.group(1) + " at " + url + ", where it does not listen (" + uri.getHost() + ":" + targetPort + ")");
                    }
                }
            }
            String issuer = value(env, "MP_JWT_VERIFY_ISSUER");
            String keys = value(env, "MP_JWT_VERIFY_PUBLICKEY_LOCATION");
            String realmName = "duban";
            if (issuer == null || !issuer.endsWith("/realms/" + realmName) || keys == null
                    || !keys.endsWith("/realms/" + realmName + "/protocol/openid-connect/certs")) {
                problem(where, id + " does not verify tokens of the realm " + realmName + " (issuer " + issuer + ", keys " + keys + ")");
            }
        }
        String command = String.valueOf(Json.at(services, "kafka-topics", "command"));
        Set<String> created = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\s*create (\\S+) ").matcher(command.replace("[", "").replace("]", "").replace(", ", "\n"));
        while (m.find()) {
            created.add(m.group(1));
        }
        if (!created.equals(code.topics())) {
            problem(where, "kafka-topics creates " + created + "; the code produces and consumes " + code.topics());
        }
        for (Object volume : Json.list(services, "keycloak", "volumes")) {
            String source = String.valueOf(volume).split(":")[0];
            if (source.endsWith(".json") && !Files.isRegularFile(root.resolve("deploy/compose").resolve(source).normalize())) {
                problem(where, "keycloak imports " + source + ", which does not exist");
            }
        }
    }

    // ---------------------------------------------------------------- image

    private void dockerfile() {
        Path file = root.resolve("deploy/docker/Dockerfile.jvm");
        String where = "deploy/docker/Dockerfile.jvm";
        String text = CodeConfiguration.read(file);
        Matcher expose = Pattern.compile("(?m)^EXPOSE (\\d+)").matcher(text);
        Matcher user = Pattern.compile("(?m)^USER (\\S+)").matcher(text);
        for (Service service : code.services()) {
            int port = service.get("quarkus.http.port") == null ? DEFAULT_HTTP_PORT : Integer.parseInt(service.get("quarkus.http.port"));
            if (!expose.reset().find() || Integer.parseInt(expose.group(1)) != port) {
                problem(where, "the image exposes " + (expose.reset().find() ? expose.group(1) : "nothing") + "; "
                        + service.applicationName() + " listens on " + port);
            }
            String jarType = service.get("quarkus.package.jar.type");
            if (jarType != null && !jarType.equals("fast-jar")) {
                problem(where, service.module() + " is packaged as " + jarType + "; the image copies a fast-jar (target/quarkus-app)");
            }
        }
        String lastUser = null;
        while (user.find()) {
            lastUser = user.group(1);
        }
        if (lastUser == null || lastUser.equals("0") || lastUser.equals("root")) {
            problem(where, "the image runs as root");
        }
        Matcher appended = Pattern.compile("(?m)^ENV JAVA_OPTS_APPEND=\"([^\"]*)\"").matcher(text);
        if (appended.find() && appended.group(1).matches(".*-XX:\\+Use\\w*GC.*")) {
            problem(where, "JAVA_OPTS_APPEND selects a garbage collector; run-java.sh adds its own (GC_CONTAINER_OPTIONS),"
                    + " and two collectors stop the JVM");
        }
        Matcher gc = Pattern.compile("(?m)^ENV GC_CONTAINER_OPTIONS=\"([^\"]*)\"").matcher(text);
        String imageFlags = (appended.reset().find() ? appended.group(1) : "") + " " + (gc.find() ? gc.group(1) : "");
        Path runCommand = root.resolve("deploy/infra/src/main/java/org/duban/infra/ServiceProcess.java");
        if (Files.isRegularFile(runCommand)) {
            Matcher flag = Pattern.compile("command\\.add\\(\"(-X[^\"]*)\"\\)").matcher(CodeConfiguration.read(runCommand));
            while (flag.find()) {
                if (!List.of(imageFlags.split("\\s+")).contains(flag.group(1))) {
                    problem(where, "the image's JVM lacks " + flag.group(1) + ", which the run command gives every service"
                            + " (ServiceProcess.java): production would run with other settings than those measured");
                }
            }
        }
        if (!text.contains("${SERVICE}/target/quarkus-app/") || !text.contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"")) {
            problem(where, "the image does not run <service>/target/quarkus-app/quarkus-run.jar");
        }
    }
}
