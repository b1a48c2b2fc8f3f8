package org.duban.progress.supervision;

/** 催办 escalation: a reminder first, then the blue, yellow and red slips (蓝单/黄单/红单). */
public enum UrgingLevel {
    REMINDER("催办提醒"),
    BLUE("蓝色督办单"),
    YELLOW("黄色督办单"),
    RED("红色督办单");

    private final String label;

    UrgingLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public UrgingLevel next() {
        return this == RED ? RED : values()[ordinal() + 1];
    }
}
