package org.duban.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Every JSON string field read by a service refuses control characters ({@link ControlCharacters}):
 * the request answers 400 problem+json naming the field, instead of a 500 from the database (NUL) or
 * terminal escapes stored in a unit's name.
 */
@Singleton
public class StrictStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("duban-strict-strings").addDeserializer(String.class, new Reader()));
    }

    static final class Reader extends StdScalarDeserializer<String> {
        Reader() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (ControlCharacters.present(value)) {
                throw new RejectedInput(p, "must not contain control characters / 不得包含控制字符", String.class);
            }
            return value;
        }
    }
}
