package org.duban.progress.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.duban.testing.KafkaTestClient;

/** Builds other services' events in their documented format and sends them to the test broker. */
public final class Events {

    public static final String TASKS_TOPIC = "duban.tasks.v1";
    public static final String INDICATORS_TOPIC = "duban.indicators.v1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Events() {
    }

    /** A task as tasks-service would announce it; fluent so tests say only what matters to them. */
    public static final class Task {
        public final Map<String, Object> data = new LinkedHashMap<>();

        public Task(String planId, String taskId, String number, String title) {
            data.put("taskId", taskId);
            data.put("planId", planId);
            data.put("regionCode", "420102");
            data.put("year", 2018);
            data.put("number", number);
            data.put("title", title);
            data.put("sectionPath", List.of("重点工作"));
            data.put("sectionKind", "KEY_WORK");
            data.put("markers", List.of());
            data.put("status", "ASSIGNED");
            data.put("version", 1);
            data.put("leaders", List.of());
            data.put("coordinator", null);
            data.put("leadUnit", null);
            data.put("leadPerson", null);
            data.put("responsibleUnits", List.of());
            data.put("relatedUnits", List.of());
            data.put("indicatorCode", null);
            data.put("quantTargets", List.of());
        }

        public Task lead(String id, String name) {
            data.put("leadUnit", unit(id, name));
            return this;
        }

        public Task responsible(String... idNamePairs) {
            List<Map<String, Object>> units = new ArrayList<>();
            for (int i = 0; i < idNamePairs.length; i += 2) {
                units.add(unit(idNamePairs[i], idNamePairs[i + 1]));
            }
            data.put("responsibleUnits", units);
            return this;
        }

        public Task set(String field, Object value) {
            data.put(field, value);
            return this;
        }

        public String taskId() {
            return (String) data.get("taskId");
        }
    }

    public static Map<String, Object> unit(String id, String name) {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("id", id);
        u.put("name", name);
        return u;
    }

    public static String cloudEvent(String id, String source, String type, String subject, Map<String, Object> data) {
        return cloudEvent(id, source, type, subject, data, "2018-04-11T09:27:00+08:00");
    }

    /** @param time the event's time (RFC 3339): when tasks-service made the change */
    public static String cloudEvent(String id, String source, String type, String subject, Map<String, Object> data,
            String time) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("specversion", "1.0");
        e.put("id", id);
        e.put("source", source);
        e.put("type", type);
        e.put("subject", subject);
        e.put("time", time);
        e.put("datacontenttype", "application/json");
        e.put("data", data);
        try {
            return MAPPER.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public static void assigned(Task task) {
        send(TASKS_TOPIC, task.taskId(), "duban.tasks.task-assigned.v1", task.data);
    }

    /** The task as first announced (or re-announced), made at {@code time} (Asia/Shanghai local, e.g. 2026-05-15T10:00). */
    public static void assigned(Task task, String time) {
        sendAt(TASKS_TOPIC, task.taskId(), "duban.tasks.task-assigned.v1", task.data, time + ":00+08:00");
    }

    /** The task changed at {@code time} (Asia/Shanghai local): its whole new state, with a higher version. */
    public static void updated(Task task, String time) {
        sendAt(TASKS_TOPIC, task.taskId(), "duban.tasks.task-updated.v1", task.data, time + ":00+08:00");
    }

    public static void planPublished(String planId, Map<String, String> legend) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("planId", planId);
        d.put("regionCode", "420102");
        d.put("year", 2018);
        d.put("title", "2018年《政府工作报告》目标任务分解");
        d.put("taskCount", 0);
        d.put("markerLegend", legend);
        send(TASKS_TOPIC, planId, "duban.tasks.plan-published.v1", d);
    }

    public static void progressImported(String planId, String importId, String taskId, String number, String unitId,
            String unitName, String period, String text) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("importId", importId);
        d.put("planId", planId);
        d.put("taskId", taskId);
        d.put("regionCode", "420102");
        d.put("year", 2018);
        d.put("period", period);
        d.put("unit", unit(unitId, unitName));
        d.put("text", text);
        d.put("number", number);
        send(TASKS_TOPIC, taskId, "duban.tasks.progress-imported.v1", d);
    }

    public static void send(String topic, String key, String type, Map<String, Object> data) {
        sendAt(topic, key, type, data, "2018-04-11T09:27:00+08:00");
    }

    private static void sendAt(String topic, String key, String type, Map<String, Object> data, String time) {
        String source = topic.equals(TASKS_TOPIC) ? "/duban/tasks-service" : "/duban/indicators-service";
        KafkaTestClient.forTestBroker().send(topic, key, cloudEvent(UUID.randomUUID().toString(), source, type, key,
                new LinkedHashMap<>(data), time));
    }
}
