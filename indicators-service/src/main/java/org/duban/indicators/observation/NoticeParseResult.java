package org.duban.indicators.observation;

import java.util.List;
import org.duban.indicators.target.ParseWarning;

public record NoticeParseResult(List<ParsedObservation> observations, List<ParseWarning> warnings) {

    public NoticeParseResult {
        observations = List.copyOf(observations);
        warnings = List.copyOf(warnings);
    }
}
