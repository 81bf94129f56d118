package guichet.app.ask.eval;

import guichet.knowledge.eval.Bootstrap;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/** An answer evaluation report as text for a terminal: one column per split, then the refusal curve. */
public final class AnswerEvaluationTable {

    private static final String ROW = "%-24s";
    private static final String CELL = "%-30s";

    private AnswerEvaluationTable() {
    }

    /** The report's figures, breakdowns, refusal curve and statuses. */
    public static String of(AnswerEvaluationReport report) {
        StringBuilder out = new StringBuilder();
        line(out, "model %s, embeddings %s", report.model(), report.embeddingModel());
        line(out, "%s", report.gate());
        line(out, "(95%% intervals: percentile bootstrap over questions, %d resamples, fixed seed)",
                Bootstrap.STANDARD.resamples());
        out.append('\n');
        List<SplitFigures> splits = report.splits();
        row(out, "", splits, SplitFigures::split);
        row(out, "questions", splits, s -> s.questions() + " (" + s.answerable() + " answerable)");
        for (Measure measure : Measure.values()) {
            row(out, measure.label(), splits, s -> cell(s.figure(measure)));
        }
        row(out, "latency p50 / p95", splits, s -> s.questions() == 0 ? "-" : s.latencyP50() + " / " + s.latencyP95() + " ms");
        breakdown(out, "strict correctness by type", splits, SplitFigures::strictByType);
        breakdown(out, "strict correctness by language", splits, SplitFigures::strictByLanguage);
        curve(out, report);
        line(out, "%nstatuses %s", report.statuses());
        return out.toString();
    }

    private static void breakdown(StringBuilder out, String title, List<SplitFigures> splits,
                                  Function<SplitFigures, Map<String, Figure>> groups) {
        line(out, "%n%s", title);
        TreeSet<String> names = new TreeSet<>();
        splits.forEach(s -> names.addAll(groups.apply(s).keySet()));
        for (String name : names) {
            row(out, "  " + name, splits, s -> groups.apply(s).containsKey(name) ? cell(groups.apply(s).get(name)) : "-");
        }
    }

    private static void curve(StringBuilder out, AnswerEvaluationReport report) {
        List<RefusalCurve.Point> points = report.refusalCurve();
        if (points.isEmpty() || points.getFirst().answerable() + points.getFirst().notAnswerable() == 0) {
            line(out, "%nrefusal curve: no question in the %s split (\"split\": \"%s\" on lines of the set)",
                    report.refusalCurveSplit(), report.refusalCurveSplit());
            return;
        }
        RefusalCurve.Point first = points.getFirst();
        line(out, "%nrefusal curve of the relevance gate on the %s split (%d answerable, %d not), simulated; "
                + "* = configured threshold", report.refusalCurveSplit(), first.answerable(), first.notAnswerable());
        line(out, "%-11s %-9s %-10s %-8s %-17s %s", "threshold", "answered", "precision", "recall", "correct refusals",
                "answerable refused");
        for (RefusalCurve.Point point : points) {
            line(out, "%-11s %-9d %-10s %-8s %-17s %s", String.format(Locale.ROOT, "%.3f%s", point.threshold(),
                            point.configured() ? " *" : ""), point.answered(), rate(point.precision()), rate(point.recall()),
                    point.correctRefusals() + "/" + point.notAnswerable(),
                    point.answerableRefused() + "/" + point.answerable());
        }
    }

    private static void row(StringBuilder out, String name, List<SplitFigures> splits,
                            Function<SplitFigures, String> cell) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, ROW, name));
        for (SplitFigures split : splits) {
            row.append(String.format(Locale.ROOT, CELL, cell.apply(split)));
        }
        out.append(row.toString().stripTrailing()).append('\n');
    }

    /** "0.711 [0.553, 0.842] 27/38", or "n/a" when no question is concerned. */
    static String cell(Figure figure) {
        if (figure.rate() == null) {
            return "n/a";
        }
        String interval = figure.low() == null ? "" : String.format(Locale.ROOT, " [%.3f, %.3f]", figure.low(), figure.high());
        return String.format(Locale.ROOT, "%.3f%s %d/%d", figure.rate(), interval, figure.count(), figure.total());
    }

    private static String rate(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
