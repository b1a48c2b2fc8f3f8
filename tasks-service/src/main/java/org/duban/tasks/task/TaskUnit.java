package org.duban.tasks.task;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A responsible or related unit (or group) of a task, with the note the document gave it. */
@Embeddable
public class TaskUnit {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitRole role;

    @Column(name = "unit_id")
    public Long unitId;

    @Column(name = "group_id")
    public Long groupId;

    public String note;

    public TaskUnit() {}

    public TaskUnit(UnitRole role, Long unitId, Long groupId, String note) {
        this.role = role;
        this.unitId = unitId;
        this.groupId = groupId;
        this.note = note;
    }
}
