package guichet.app.system.audit.bias;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counterfactual bias audit: for each decision and attribute, how often changing only that attribute changes the
 * outcome (flip rate, Wilson 95% interval), and the positive-outcome rate per value with its difference from the
 * reference value (Newcombe's hybrid score interval). Fails when a flip rate exceeds its threshold.
 */
public final class BiasAudit {

    private static final double Z = 1.959964;
    private static final int MAX_FLIPS_SHOWN = 10;

    private final Map<String, Double> thresholds;

    public BiasAudit(BiasProperties properties) {
        this.thresholds = properties.maxFlipRate();
    }

    /** Runs every probe and reports. */
    public BiasReport run(List<CounterfactualProbe> probes) {
        List<BiasReport.Probe> sections = new ArrayList<>();
        boolean passed = true;
        for (CounterfactualProbe probe : probes) {
            List<Counterfactual> variants = probe.run();
            Map<String, List<Counterfactual>> byAttribute = new LinkedHashMap<>();
            variants.forEach(v -> byAttribute.computeIfAbsent(v.attribute(), a -> new ArrayList<>()).add(v));
            List<BiasReport.Attribute> attributes = new ArrayList<>();
            for (Map.Entry<String, List<Counterfactual>> attribute : byAttribute.entrySet()) {
                BiasReport.Attribute figures = attribute(probe.name(), attribute.getKey(), attribute.getValue());
                passed &= !figures.exceeded();
                attributes.add(figures);
            }
            sections.add(new BiasReport.Probe(probe.name(), probe.positiveOutcome(), variants.size(), attributes));
        }
        return new BiasReport(sections, passed);
    }

    private BiasReport.Attribute attribute(String probe, String name, List<Counterfactual> variants) {
        Map<String, Counterfactual> bases = new LinkedHashMap<>();
        variants.stream().filter(Counterfactual::base).forEach(v -> bases.put(v.caseId(), v));
        int comparisons = 0;
        int flips = 0;
        List<String> flipped = new ArrayList<>();
        for (Counterfactual variant : variants) {
            Counterfactual base = bases.get(variant.caseId());
            if (variant.base() || base == null) {
                continue;
            }
            comparisons++;
            if (!Objects.equals(variant.outcome(), base.outcome())) {
                flips++;
                if (flipped.size() < MAX_FLIPS_SHOWN) {
                    flipped.add(variant.caseId() + ": " + base.outcome() + " -> " + variant.outcome() + " (" + variant.value() + ")");
                }
            }
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        String reference = null;
        for (Counterfactual variant : variants) {
            int[] count = counts.computeIfAbsent(variant.value(), v -> new int[2]);
            count[0]++;
            count[1] += variant.positive() ? 1 : 0;
            if (variant.base() && reference == null) {
                reference = variant.value();
            }
        }
        int[] referenceCount = reference == null ? new int[2] : counts.get(reference);
        List<BiasReport.Value> values = new ArrayList<>();
        for (Map.Entry<String, int[]> value : counts.entrySet()) {
            int[] count = value.getValue();
            values.add(new BiasReport.Value(value.getKey(), value.getKey().equals(reference), count[0], count[1],
                    wilson(count[1], count[0]), newcombe(count[1], count[0], referenceCount[1], referenceCount[0])));
        }
        Double threshold = thresholds.get(probe + "." + name);
        BiasReport.Interval rate = wilson(flips, comparisons);
        return new BiasReport.Attribute(name, comparisons, flips, rate, threshold,
                threshold != null && rate.estimate() > threshold, values, flipped);
    }

    /** Wilson score interval of {@code k} in {@code n}. */
    static BiasReport.Interval wilson(int k, int n) {
        if (n == 0) {
            return new BiasReport.Interval(0, 0, 1);
        }
        double p = (double) k / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new BiasReport.Interval(p, Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** Newcombe's hybrid score interval of the difference of two proportions (method 10). */
    static BiasReport.Interval newcombe(int k1, int n1, int k2, int n2) {
        BiasReport.Interval a = wilson(k1, n1);
        BiasReport.Interval b = wilson(k2, n2);
        double difference = a.estimate() - b.estimate();
        double low = difference - Math.sqrt(Math.pow(a.estimate() - a.low(), 2) + Math.pow(b.high() - b.estimate(), 2));
        double high = difference + Math.sqrt(Math.pow(a.high() - a.estimate(), 2) + Math.pow(b.estimate() - b.low(), 2));
        return new BiasReport.Interval(difference, Math.max(-1, low), Math.min(1, high));
    }
}
