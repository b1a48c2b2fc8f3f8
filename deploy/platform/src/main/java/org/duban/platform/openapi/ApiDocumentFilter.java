package org.duban.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.RecordComponentInfo;

/**
 * What every service's OpenAPI document says the same way, applied when the document is built (so the stored and the
 * served document agree):
 * <ul>
 * <li>every 4xx/5xx answer is {@code application/problem+json} with the one shared {@code Problem} schema (RFC 9457, as
 * the platform's mappers answer), and every operation declares 400 (an undeclared query parameter or an invalid body is
 * refused everywhere) and, with a path parameter, 404;</li>
 * <li>the roles an operation allows (from {@code @RolesAllowed}) close its description;</li>
 * <li>a parameter without a description gets the API's shared one ({@link ParameterGlossary});</li>
 * <li>a record answered by the API declares every component {@code required}: Jackson writes every component of a
 * record, a null one as {@code null} (records marked {@code @JsonInclude} are left alone);</li>
 * <li>an operation marked {@link #PERIOD_IN_CALENDAR} declares the 422 for a period outside the plan's calendar;</li>
 * <li>the operations every service inherits from the platform (journal, event operations) get ids prefixed with the
 * service ({@code tasksListJournal}), so that the gateway's merged document needs no renaming.</li>
 * </ul>
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiDocumentFilter implements OASFilter {
    /** The media type of every error answer. */
    public static final String PROBLEM_JSON = "application/problem+json";
    /**
     * An operation's mark ({@code @Extension(name = PERIOD_IN_CALENDAR, value = "true")}) that its period must be one of the
     * plan's reporting calendar: the filter declares the 422 it answers otherwise and drops the mark. (An {@code @APIResponse}
     * on the method would do it too, but then SmallRye no longer infers the 200 answer and its schema.)
     */
    public static final String PERIOD_IN_CALENDAR = "x-duban-period-in-calendar";
    static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String SCHEMA_REF_PREFIX = "#/components/schemas/";
    private static final DotName RECORD = DotName.createSimple("java.lang.Record");
    private static final DotName JSON_INCLUDE = DotName.createSimple("com.fasterxml.jackson.annotation.JsonInclude");

    private final IndexView index;

    /** Built by SmallRye OpenAPI with the application's index, which tells records and their components apart. */
    public ApiDocumentFilter(IndexView index) {
        this.index = index;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema("Problem", ProblemSchema.problem());
        components.addSchema("ProblemViolation", ProblemSchema.violation());
        String service = servicePrefix();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> {
                for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                    operation(path, item, entry.getValue(), service);
                }
            });
        }
        requireRecordComponents(openAPI);
    }

    private void operation(String path, PathItem item, Operation operation, String service) {
        if (operation.getOperationId() != null && SharedOperations.IDS.contains(operation.getOperationId()) && service != null) {
            operation.setOperationId(service + Character.toUpperCase(operation.getOperationId().charAt(0))
                    + operation.getOperationId().substring(1));
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (!responses.hasAPIResponse("400")) {
            responses.addAPIResponse("400", OASFactory.createAPIResponse()
                    .description("请求有误：参数或请求体无效，或有未声明的查询参数 / Bad request: an invalid parameter or body, or an undeclared query parameter"));
        }
        if (operation.getExtensions() != null && operation.getExtensions().containsKey(PERIOD_IN_CALENDAR)) {
            operation.removeExtension(PERIOD_IN_CALENDAR);
            // (SmallRye also gives a method's extension to the answers its @APIResponse annotations declare)
            responses.getAPIResponses().values().forEach(answer -> answer.removeExtension(PERIOD_IN_CALENDAR));
            if (!responses.hasAPIResponse("422")) {
                responses.addAPIResponse("422", OASFactory.createAPIResponse()
                        .description("不符合业务规则,如报告期不在该计划的填报日历中 / Breaks a rule, such as a period outside the "
                                + "plan's reporting calendar"));
            }
        }
        if (path.contains("{") && !responses.hasAPIResponse("404")) {
            responses.addAPIResponse("404", OASFactory.createAPIResponse().description("不存在或不在您的范围内 / Not found, or not in your scope"));
        }
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                APIResponse answer = response.getValue();
                if (answer.getRef() != null) {
                    continue;
                }
                answer.setContent(OASFactory.createContent().addMediaType(PROBLEM_JSON,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
                answer.setDescription(ProblemSchema.describe(response.getKey(), answer.getDescription()));
            }
        }
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        for (Parameter parameter : parameters) {
            if (parameter.getRef() == null && (parameter.getDescription() == null || parameter.getDescription().isBlank())) {
                parameter.setDescription(ParameterGlossary.describe(path, parameter.getName()));
            }
        }
        String roles = roles(operation);
        if (roles != null) {
            String description = operation.getDescription() == null ? "" : operation.getDescription().strip() + "\n\n";
            operation.setDescription(description + "权限 / Roles: " + roles);
        }
    }

    private static String roles(Operation operation) {
        if (operation.getSecurity() == null) {
            return null;
        }
        Set<String> roles = new LinkedHashSet<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            if (requirement.getSchemes() != null) {
                requirement.getSchemes().values().forEach(scopes -> {
                    if (scopes != null) {
                        roles.addAll(scopes);
                    }
                });
            }
        }
        return roles.isEmpty() ? "any signed-in caller / 登录用户" : String.join(", ", roles);
    }

    /** tasks-service → tasks, from the application's name; null outside a service (no prefix then). */
    private static String servicePrefix() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.application.name", String.class)
                .map(name -> name.replace("-service", "").replaceAll("[^A-Za-z0-9]", ""))
                .filter(name -> !name.isEmpty()).orElse(null);
    }

    /** Every component of a record that only answers (never a request body) is always in the JSON: required. */
    private void requireRecordComponents(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null || index == null) {
            return;
        }
        Set<String> requests = new HashSet<>();
        Set<String> responses = new HashSet<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                for (Operation operation : item.getOperations().values()) {
                    if (operation.getRequestBody() != null) {
                        collect(operation.getRequestBody().getContent(), requests);
                    }
                    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                        operation.getResponses().getAPIResponses().values().forEach(r -> collect(r.getContent(), responses));
                    }
                }
            }
        }
        close(requests, schemas);
        close(responses, schemas);
        Map<String, List<ClassInfo>> records = records();
        for (String name : responses) {
            Schema schema = schemas.get(name);
            if (requests.contains(name) || schema == null || schema.getProperties() == null || schema.getProperties().isEmpty()) {
                continue;
            }
            Set<String> components = components(name, schema, records);
            if (components.isEmpty()) {
                continue;
            }
            Set<String> required = new TreeSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
            for (String property : schema.getProperties().keySet()) {
                if (components.contains(property)) {
                    required.add(property);
                }
            }
            List<String> ordered = new ArrayList<>();
            schema.getProperties().keySet().forEach(p -> {
                if (required.contains(p)) {
                    ordered.add(p);
                }
            });
            schema.setRequired(ordered);
        }
    }

    /**
     * The record components a schema stands for: its record's, or a page's {@code pager} and {@code items}. SmallRye names
     * a schema after the class's simple name ({@code Row}, a second {@code Row} becomes {@code Row1}), so the records are
     * those of that name whose components are the schema's properties; one marked {@code @JsonInclude} leaves it alone.
     */
    private static Set<String> components(String name, Schema schema, Map<String, List<ClassInfo>> records) {
        Set<String> properties = schema.getProperties().keySet();
        if (name.startsWith("Page") && properties.equals(Set.of("pager", "items"))) {
            return properties;
        }
        List<ClassInfo> candidates = records.getOrDefault(name, records.getOrDefault(name.replaceFirst("\\d+$", ""), List.of()));
        boolean matched = false;
        for (ClassInfo candidate : candidates) {
            Set<String> names = new HashSet<>();
            for (RecordComponentInfo component : candidate.recordComponents()) {
                names.add(component.name());
            }
            if (names.equals(properties)) {
                if (candidate.hasDeclaredAnnotation(JSON_INCLUDE)) {
                    return Set.of();
                }
                matched = true;
            }
        }
        return matched ? properties : Set.of();
    }

    /** The application's records by simple name. */
    private Map<String, List<ClassInfo>> records() {
        Map<String, List<ClassInfo>> byName = new HashMap<>();
        for (ClassInfo info : index.getKnownDirectSubclasses(RECORD)) {
            if (info.name().toString().startsWith("org.duban.")) {
                byName.computeIfAbsent(info.simpleName(), k -> new ArrayList<>()).add(info);
            }
        }
        return byName;
    }

    private static void collect(Content content, Set<String> names) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            refs(media.getSchema(), names);
        }
    }

    private static void close(Set<String> names, Map<String, Schema> schemas) {
        Deque<String> todo = new ArrayDeque<>(names);
        while (!todo.isEmpty()) {
            Schema schema = schemas.get(todo.pop());
            if (schema == null) {
                continue;
            }
            Set<String> found = new HashSet<>();
            refs(schema, found);
            for (String name : found) {
                if (names.add(name)) {
                    todo.push(name);
                }
            }
        }
    }

    private static void refs(Schema schema, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(SCHEMA_REF_PREFIX)) {
            names.add(schema.getRef().substring(SCHEMA_REF_PREFIX.length()));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(s -> refs(s, names));
        }
        refs(schema.getItems(), names);
        if (schema.getAdditionalPropertiesSchema() != null) {
            refs(schema.getAdditionalPropertiesSchema(), names);
        }
        for (List<Schema> list : new List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
            if (list != null) {
                list.forEach(s -> refs(s, names));
            }
        }
    }
}
