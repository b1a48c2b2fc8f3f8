package org.duban.indicators.reading;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.duban.platform.deadline.CallerDeadline;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

/**
 * Reads a pasted text at once when it is short, and through {@link LongReadGate} when it is long: at most two texts of
 * more than {@code duban.indicators.long-read-chars} characters (5,000 by default: a target paragraph or a notice is
 * under 3,000, a whole report 13,000–40,000) are read at the same time, and one more is refused at once with {@link ReadingBusy} (503 problem+json with Retry-After) instead of
 * slowing every reading down. Measured on two cores (newcomer trial of 2026-12-04): six clients pasting texts of up to
 * 100,000 characters beside ordinary previews took p50 8.5 s for the long ones and 16 of 68 ran past the gateway's 10 s
 * (504), while the service kept reading for callers already gone; and fourteen notices of 20,000 characters at once,
 * under a first threshold of 20,000, all ran past it and opened the gateway's circuit to the service (break-it trial).
 */
@ApplicationScoped
public class LongReads {
    private final LongReadGate gate;
    private final int longChars;

    public LongReads(LongReadGate gate,
            @ConfigProperty(name = "duban.indicators.long-read-chars", defaultValue = "5000") int longChars) {
        this.gate = gate;
        this.longChars = longChars;
    }

    /**
     * {@code reading}'s result, read through the gate when {@code text} is longer than the configured characters.
     *
     * @throws ReadingBusy when the gate's places are all taken by other long texts
     * @throws org.duban.platform.problem.ProblemException 503 "deadline-passed" when the caller has stopped waiting
     *         already: nothing is read for nobody
     */
    public <T> T read(String text, Supplier<T> reading) {
        CallerDeadline.requireTimeLeft();
        if (text == null || text.length() <= longChars) {
            return reading.get();
        }
        try {
            return gate.pass(reading);
        } catch (BulkheadException e) {
            throw new ReadingBusy(longChars);
        }
    }
}
