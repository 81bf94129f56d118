package guichet.app.system.audit.bias;

import java.util.Locale;

/** The bias audit as one self-contained HTML page: a table per decision and SVG charts of the flip rates. */
public final class BiasHtml {

    private static final int WIDTH = 640;
    private static final int LABEL = 150;
    private static final int BAR = 22;

    private BiasHtml() {
    }

    public static String of(BiasReport report, String generatedAt) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Guichet bias audit</title>
                <style>body{font-family:sans-serif;max-width:960px;margin:2em auto;color:#0b0c0c}
                table{border-collapse:collapse;margin:1em 0}th,td{border-bottom:1px solid #b1b4b6;padding:4px 8px;text-align:left}
                .fail{color:#d4351c;font-weight:bold}.pass{color:#00703c;font-weight:bold}</style></head><body>
                """);
        html.append("<h1>Guichet bias audit</h1>\n<p>Generated ").append(escape(generatedAt)).append(". Result: ")
                .append(report.passed() ? "<span class=\"pass\">passed</span>" : "<span class=\"fail\">failed</span>")
                .append(": a flip is a variant whose outcome differs from its case's reference variant when only one "
                        + "attribute changed. Intervals are 95%.</p>\n");
        for (BiasReport.Probe probe : report.probes()) {
            html.append("<h2>").append(escape(probe.name())).append("</h2>\n<p>").append(probe.variants())
                    .append(" variants; positive outcome: ").append(escape(probe.positiveOutcome())).append(".</p>\n");
            html.append(chart(probe));
            html.append("<table><thead><tr><th scope=\"col\">Attribute</th><th scope=\"col\">Flips</th>"
                    + "<th scope=\"col\">Flip rate (95%)</th><th scope=\"col\">Threshold</th><th scope=\"col\">Value</th>"
                    + "<th scope=\"col\">").append(escape(probe.positiveOutcome()))
                    .append(" rate (95%)</th><th scope=\"col\">Difference from reference (95%)</th></tr></thead><tbody>\n");
            for (BiasReport.Attribute attribute : probe.attributes()) {
                boolean first = true;
                for (BiasReport.Value value : attribute.values()) {
                    html.append("<tr>");
                    if (first) {
                        int rows = attribute.values().size();
                        html.append("<td rowspan=\"").append(rows).append("\">").append(escape(attribute.name()))
                                .append("</td><td rowspan=\"").append(rows).append("\">").append(attribute.flips()).append(" / ")
                                .append(attribute.comparisons()).append("</td><td rowspan=\"").append(rows).append("\"")
                                .append(attribute.exceeded() ? " class=\"fail\"" : "").append(">")
                                .append(interval(attribute.flipRate())).append("</td><td rowspan=\"").append(rows).append("\">")
                                .append(attribute.threshold() == null ? "reported only" : percent(attribute.threshold()))
                                .append("</td>");
                        first = false;
                    }
                    html.append("<td>").append(escape(value.value())).append(value.reference() ? " (reference)" : "")
                            .append("</td><td>").append(value.positive()).append(" / ").append(value.variants()).append(", ")
                            .append(interval(value.rate())).append("</td><td>")
                            .append(value.reference() ? "–" : interval(value.difference())).append("</td></tr>\n");
                }
            }
            html.append("</tbody></table>\n");
            for (BiasReport.Attribute attribute : probe.attributes()) {
                if (!attribute.flipped().isEmpty()) {
                    html.append("<p>Flips on ").append(escape(attribute.name())).append(":</p><ul>");
                    attribute.flipped().forEach(f -> html.append("<li>").append(escape(f)).append("</li>"));
                    html.append("</ul>\n");
                }
            }
        }
        return html.append("</body></html>\n").toString();
    }

    private static String chart(BiasReport.Probe probe) {
        int height = 30 + probe.attributes().size() * (BAR + 10);
        double scale = WIDTH - LABEL - 20;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "role=\"img\" aria-label=\"Flip rate per attribute for %s\">%n", WIDTH, height, escape(probe.name())));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"16\" font-size=\"12\">flip rate, 0 to 100%%</text>%n", LABEL));
        int y = 26;
        for (BiasReport.Attribute attribute : probe.attributes()) {
            BiasReport.Interval rate = attribute.flipRate();
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"13\">%s</text>%n", y + 16,
                    escape(attribute.name())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
                    LABEL, y, rate.estimate() * scale, BAR, attribute.exceeded() ? "#d4351c" : "#1d70b8"));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#0b0c0c\"/>%n",
                    LABEL + rate.low() * scale, LABEL + rate.high() * scale, y + BAR / 2, y + BAR / 2));
            if (attribute.threshold() != null) {
                double x = LABEL + attribute.threshold() * scale;
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#d4351c\" "
                        + "stroke-dasharray=\"4 2\"/>%n", x, x, y - 2, y + BAR + 2));
            }
            y += BAR + 10;
        }
        return svg.append("</svg>\n").toString();
    }

    private static String interval(BiasReport.Interval interval) {
        return String.format(Locale.ROOT, "%s (%s to %s)", percent(interval.estimate()), percent(interval.low()),
                percent(interval.high()));
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value * 100);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
