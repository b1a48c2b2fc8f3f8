package org.duban.indicators.reading;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Bulkhead;

/**
 * The places for long texts being read (SmallRye Fault Tolerance's bulkhead: a semaphore, no queue — a call past the
 * places fails at once with {@code BulkheadException}). Two places by default, one per core of the machine it was
 * measured on; set by {@code quarkus.fault-tolerance."org.duban.indicators.reading.LongReadGate/pass".bulkhead.value}.
 */
@ApplicationScoped
public class LongReadGate {

    /** {@code reading}'s result, holding one of the places while it runs. */
    @Bulkhead(2)
    public <T> T pass(Supplier<T> reading) {
        return reading.get();
    }
}
