package org.duban.tasks.unit;

import java.util.List;

/**
 * A unit as a document names it: {@code 区商务局〈招商局〉} is name 区商务局 with alias 招商局,
 * {@code 区统计局(数据统计评估牵头单位)} is name 区统计局 with a note, {@code 各乡、街道办事处} is a group.
 *
 * @param raw     the text as written
 * @param name    the unit's name (after resolution: the directory's canonical name)
 * @param aliases other names given in 〈〉 or <>
 * @param note    a parenthetical role, e.g. 数据统计评估牵头单位, or null
 * @param group   true for a named set of units ("各街道", "区直各单位"), not one unit
 * @param kind    department / street office / township / other (groups: OTHER)
 */
public record UnitRef(String raw, String name, List<String> aliases, String note, boolean group, UnitKind kind) {

    public UnitRef {
        aliases = List.copyOf(aliases);
    }

    public UnitRef withName(String canonical) {
        return new UnitRef(raw, canonical, aliases, note, group, group ? kind : UnitNames.kindOf(canonical));
    }
}
