package org.duban.tasks.unit;

/**
 * How a unit group finds its members. Documents name groups by what they cover ("各街道" is every
 * street office), so most groups follow the directory instead of keeping a list that goes stale.
 */
public enum GroupSelector {
    /** 各街道, 各街道办事处 */
    STREET_OFFICES,
    /** 各乡、街道办事处 */
    STREETS_AND_TOWNSHIPS,
    /** 区直各单位, 区直各部门 */
    DEPARTMENTS,
    /** 相关各单位 and the like: every unit of the region */
    ALL_UNITS,
    /** 相关街道, 区安委会各成员单位: only the members listed */
    EXPLICIT;

    /** The selector a group's name implies. */
    public static GroupSelector fromName(String name) {
        String n = UnitNames.clean(name);
        if (n.startsWith("相关") || n.contains("成员单位") || n.contains("项目部") || n.contains("机构")) {
            return EXPLICIT;
        }
        if (n.matches("各(相关)?乡、?街道(办事处)?")) {
            return STREETS_AND_TOWNSHIPS;
        }
        if (n.matches("各街道(办事处)?")) {
            return STREET_OFFICES;
        }
        if (n.startsWith("区直")) {
            return DEPARTMENTS;
        }
        return n.matches("各(有关|相关)?单位") ? ALL_UNITS : EXPLICIT;
    }

    public boolean includes(UnitKind kind) {
        return switch (this) {
            case STREET_OFFICES -> kind == UnitKind.STREET_OFFICE;
            case STREETS_AND_TOWNSHIPS -> kind == UnitKind.STREET_OFFICE || kind == UnitKind.TOWNSHIP;
            case DEPARTMENTS -> kind == UnitKind.DEPARTMENT;
            case ALL_UNITS -> true;
            case EXPLICIT -> false;
        };
    }
}
