package org.duban.tasks.importer;

import java.util.Optional;
import org.duban.tasks.unit.UnitNames;

/** The columns of a completion table (一览表), in the order the seed table prints them. */
public enum TableColumn {
    NUMBER("序号"),
    TASK("目标任务"),
    LEADERS("责任领导"),
    COORDINATOR("区政府办协管责任人"),
    LEAD_UNIT("牵头单位"),
    LEAD_PERSON("责任人"),
    RELATED_UNITS("相关单位"),
    PROGRESS("完成情况");

    private final String header;

    TableColumn(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }

    /** The column a header cell names; "协管责任人" alone (the seed splits the header over two lines) is the coordinator. */
    public static Optional<TableColumn> fromHeader(String cell) {
        String h = UnitNames.clean(cell);
        if (h.contains("协管")) {
            return Optional.of(COORDINATOR);
        }
        for (TableColumn c : values()) {
            if (c.header.equals(h)) {
                return Optional.of(c);
            }
        }
        if (h.equals("任务") || h.equals("目标任务内容")) {
            return Optional.of(TASK);
        }
        return Optional.empty();
    }
}
