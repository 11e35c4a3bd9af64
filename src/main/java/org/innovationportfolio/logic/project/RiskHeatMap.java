package org.innovationportfolio.logic.project;

import java.util.List;
import org.innovationportfolio.model.Risk;
import org.innovationportfolio.model.RiskStatus;

/** Counts a project's open risks in a 5 × 5 grid of likelihood by impact, for the heat map. */
public final class RiskHeatMap {

    private final int[][] counts = new int[5][5];

    private RiskHeatMap() {
    }

    /** The grid for {@code risks}; closed risks are left out. */
    public static RiskHeatMap of(List<Risk> risks) {
        RiskHeatMap map = new RiskHeatMap();
        for (Risk risk : risks) {
            if (risk.status() != RiskStatus.CLOSED) {
                map.counts[risk.likelihood() - 1][risk.impact() - 1]++;
            }
        }
        return map;
    }

    /** How many open risks have this likelihood and impact (each 1 to 5). */
    public int count(int likelihood, int impact) {
        return counts[likelihood - 1][impact - 1];
    }

    /** "Likelihood 4, impact 5 (score 20): 2 open risks", for assistive technology. */
    public String describe(int likelihood, int impact) {
        int n = count(likelihood, impact);
        return "Likelihood " + likelihood + ", impact " + impact + " (score " + likelihood * impact + "): "
                + (n == 0 ? "no open risks" : n == 1 ? "1 open risk" : n + " open risks");
    }
}
