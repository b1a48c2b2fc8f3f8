package org.duban.tasks.importer;

import java.util.ArrayList;
import java.util.List;

/** Collects the warnings of one parse, in the order found. */
public final class Warnings {
    private final List<ImportWarning> list = new ArrayList<>();

    public void add(WarningCode code, int line, String message, String messageEn, String suggestion) {
        list.add(new ImportWarning(code, line, message, messageEn, suggestion));
    }

    public void unbalanced(int line, char open, char close, String excerpt) {
        add(WarningCode.UNBALANCED_BRACKET, line,
                "括号“" + open + "”未闭合:" + excerpt,
                "unclosed bracket '" + open + "': " + excerpt,
                "补上“" + close + "”;已按行尾闭合处理并照常导入 / add the missing '" + close
                        + "'; read as closed at the end of the line and imported");
    }

    /** Takes over what another collector found (a task's warnings once the task is read to its end). */
    public void addAll(Warnings other) {
        list.addAll(other.list);
    }

    public List<ImportWarning> list() {
        return List.copyOf(list);
    }

    public int size() {
        return list.size();
    }
}
