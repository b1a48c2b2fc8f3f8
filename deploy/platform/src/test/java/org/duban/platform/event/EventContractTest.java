package org.duban.platform.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventContractTest {

    private static final String DOCUMENT = """
            asyncapi: 3.0.0
            components:
              schemas:
                unit:
                  type: object
                  required: [id, name]
                  properties: {id: {type: string}, name: {type: string}}
              messages:
                urged:
                  name: duban.progress.unit-urged.v1
                  payload:
                    type: object
                    required: [taskId, unit]
                    properties:
                      taskId: {type: string}
                      unit: {$ref: '#/components/schemas/unit'}
                      level: {type: [string, 'null'], enum: [REMINDER, RED, null]}
            """;

    private static Map<String, JsonSchema> schemas() throws Exception {
        return EventContract.schemas(new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT));
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void readsOneSchemaPerMessageWithTheDocumentsSharedSchemas() throws Exception {
        JsonSchema urged = schemas().get("duban.progress.unit-urged.v1");
        assertTrue(urged.validate(json("{\"taskId\":\"7\",\"unit\":{\"id\":\"1\",\"name\":\"区发改委\"},\"level\":null}")).isEmpty());
        assertTrue(urged.validate(json("{\"taskId\":\"7\",\"unit\":{\"id\":\"1\",\"name\":\"区发改委\"},\"extra\":1}")).isEmpty(),
                "a field the document does not name is allowed: consumers read tolerantly");
    }

    @Test
    void findsWhatDriftedFromTheDocument() throws Exception {
        JsonSchema urged = schemas().get("duban.progress.unit-urged.v1");
        assertEquals(1, urged.validate(json("{\"taskId\":7,\"unit\":{\"id\":\"1\",\"name\":\"区发改委\"}}")).size(), "an id as a number");
        assertEquals(1, urged.validate(json("{\"taskId\":\"7\",\"unit\":{\"id\":\"1\"}}")).size(), "a unit without its name");
        assertEquals(1, urged.validate(json("{\"taskId\":\"7\",\"unit\":{\"id\":\"1\",\"name\":\"x\"},\"level\":\"GREEN\"}")).size());
    }
}
