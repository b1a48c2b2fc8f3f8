package org.duban.tasks.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.tasks.unit.UnitRef;

/**
 * Who leads a task when the document does not always say it in a 牵头单位 label. The rules, as Chinese
 * decomposition documents state them (issue 10):
 * <ol>
 *   <li>units written under a lead label lead, all of them (co-leads are common: "牵头单位:区财政局、区税务局");</li>
 *   <li>else a unit marked with * or ★ in the unit list leads;</li>
 *   <li>else, where the document states "列第一位的为牵头单位" (or 排在第一位…, 第一个…为牵头单位), the first listed leads;</li>
 *   <li>else a task with one responsible unit (not a group) is led by it;</li>
 *   <li>else nobody leads and a NO_LEAD_UNIT warning says so: guessing would put a report on the wrong desk.</li>
 * </ol>
 */
final class LeadRule {
    /** "(列第一位的为牵头单位,下同)", "排在首位的为牵头单位", "第一个单位为牵头单位". */
    static final Pattern FIRST_LEADS = Pattern.compile(
            "[(\\[【〔]?[^()\\[\\]【】〔〕]{0,14}(第一位|首位|第一个|第1位|第一家)[^()\\[\\]【】〔〕]{0,6}(为|是)牵头(单位|部门)[^()\\[\\]【】〔〕]{0,8}[)\\]】〕]?");

    private LeadRule() {}

    /** What a task's units are after the rule. */
    record Decided(List<UnitRef> leads, List<UnitRef> responsible, List<UnitRef> related) {}

    /** Whether {@code text} states the first-listed-leads rule; "下同" makes it hold for what follows. */
    static boolean statesFirstLeads(String text) {
        // the rule always says 牵头; most lines of a plan do not (a 1,000-task import spent an eighth of its CPU on this
        // pattern's bracketed prefix tried at every position, issue 14)
        return text.contains("牵头") && FIRST_LEADS.matcher(text).find();
    }

    static String withoutRuleNote(String text) {
        return FIRST_LEADS.matcher(text).replaceAll("");
    }

    static Decided decide(List<UnitRef> leads, List<UnitRef> responsible, List<UnitRef> related, List<UnitRef> starred,
            boolean firstLeads, int line, String where, Warnings warnings) {
        List<UnitRef> lead = new ArrayList<>();
        List<UnitRef> rest = new ArrayList<>(responsible);
        for (UnitRef l : leads) {
            if (l.group()) {
                // "市级有关部门" cannot lead: a group owes its members' reports, it does not lead
                warnings.add(WarningCode.NO_LEAD_UNIT, line, where + "的牵头单位“" + l.name() + "”是一类单位,改列为责任单位",
                        where + ": lead '" + l.name() + "' is a group of units; listed as responsible",
                        "在预览中指定具体的牵头单位 / name the unit that leads in the preview");
                rest.add(0, l);
            } else {
                lead.add(l);
            }
        }
        if (lead.isEmpty() && !starred.isEmpty()) {
            lead.addAll(starred);
        } else if (lead.isEmpty() && firstLeads && !rest.isEmpty() && !rest.get(0).group()) {
            lead.add(rest.get(0));
        } else if (lead.isEmpty() && rest.size() == 1 && !rest.get(0).group()) {
            lead.add(rest.get(0));
        } else if (lead.isEmpty() && rest.size() > 1) {
            warnings.add(WarningCode.NO_LEAD_UNIT, line,
                    where + "列出" + rest.size() + "个责任单位,但没有写明牵头单位,未指定牵头单位",
                    where + " names " + rest.size() + " responsible units and no lead unit; none was made lead",
                    "在预览中指定牵头单位,或选择“列第一位的为牵头单位” / choose the lead unit in the preview, or the rule 'first listed leads'");
        }
        rest.removeIf(r -> lead.stream().anyMatch(l -> l.name().equals(r.name())));
        return new Decided(lead, rest, related);
    }

    /** "*市民政局" / "★市民政局": the marked unit leads; the mark is removed from the name. */
    static String unstar(String written) {
        Matcher m = Pattern.compile("^[*＊★☆]+").matcher(written.strip());
        if (m.find()) {
            return written.strip().substring(m.end());
        }
        // "市发改委★": the mark after the name
        Matcher after = Pattern.compile("[*＊★☆]+$").matcher(written.strip());
        return after.find() && after.start() > 0 ? written.strip().substring(0, after.start()) : null;
    }
}
