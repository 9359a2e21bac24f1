package org.imhfinder.searchapi.relevance;

import java.util.Comparator;
import java.util.List;

/**
 * Normalized discounted cumulative gain at a cut-off: the graded hits as ranked, against the best
 * ranking the collection allows. Gain {@code 2^grade - 1}, discount {@code log2(rank + 1)}, as in
 * Järvelin and Kekäläinen (2002) with the exponential gain most evaluations use.
 */
final class Ndcg {
    private Ndcg() {
    }

    /** nDCG@k of {@code ranked} (grades of the hits, best first as answered) given every grade the collection holds. */
    static double at(int k, List<Integer> ranked, List<Integer> collection) {
        double ideal = dcg(k, collection.stream().sorted(Comparator.reverseOrder()).toList());
        return ideal == 0 ? Double.NaN : dcg(k, ranked) / ideal;
    }

    static double dcg(int k, List<Integer> grades) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, grades.size()); i++) {
            sum += (Math.pow(2, grades.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
