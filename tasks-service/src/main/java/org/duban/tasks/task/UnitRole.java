package org.duban.tasks.task;

/** How a unit stands to a task: 牵头单位, 责任单位 or 相关单位. Lead and responsible units owe reports. */
public enum UnitRole {
    LEAD,
    RESPONSIBLE,
    RELATED
}
