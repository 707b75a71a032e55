package dev.prepstack.practice;

import static dev.prepstack.practice.FsrsFormulas.D_MAX;
import static dev.prepstack.practice.FsrsFormulas.D_MIN;
import static dev.prepstack.practice.FsrsFormulas.S_MAX;
import static dev.prepstack.practice.FsrsFormulas.S_MIN;

import java.util.Arrays;

/**
 * FSRS-6 as fsrs-rs trains it: replays an item's history through the memory formulas, predicts the
 * recall of its last review and scores it with the weighted binary log loss. With a gradient buffer
 * it also computes d(loss)/d(w) analytically, carrying the Jacobians of stability and difficulty
 * with respect to the 21 parameters forward through the history (forward-mode differentiation:
 * one output per item, and no per-step caches to keep). Clamps pass gradients inside and on their
 * bounds and stop them outside, as Burn and PyTorch do (fsrs-rs's convention).
 *
 * <p>Not thread-safe: one instance per thread.
 */
final class FsrsLoss {

    static final int N = 21;
    private static final double MIN_PROB = 1e-7;
    private static final double MAX_PROB = 1 - 1e-7;
    /** fsrs-rs keeps a same-day "hard" from lowering stability; see {@link FsrsFormulas}. */
    private static final int SHORT_TERM_FLOOR_FROM = 2;
    /** Difficulty depends on w4-w7 only, so its Jacobian is zero elsewhere. */
    private static final int D_FIRST = 4;

    private static final int D_LAST = 7;

    private final double[] w;
    private final double decay;
    private final double factor;
    private final double dFactorDDecay;
    private final double expW8;
    private final double easyDifficulty;
    private final double exp3w5;
    private final double failureFloorDivisor;

    private double s;
    private double d;
    private double[] js = new double[N];
    private double[] jd = new double[N];
    private double[] nextJs = new double[N];
    private double[] nextJd = new double[N];
    private final double[] localS = new double[N];
    private final double[] localD = new double[N];

    FsrsLoss(double[] w) {
        this.w = w.clone();
        this.decay = FsrsFormulas.decay(w);
        this.factor = FsrsFormulas.factor(w);
        double c = Math.log(0.9);
        this.dFactorDDecay = Math.exp(c / decay) * (-c / (decay * decay));
        this.expW8 = Math.exp(w[8]);
        this.easyDifficulty = FsrsFormulas.initialDifficulty(w, 4);
        this.exp3w5 = Math.exp(3 * w[5]);
        this.failureFloorDivisor = Math.exp(w[17] * w[18]);
    }

    /** Predicted probability of recall at the item's last review. */
    double predict(FsrsItem item) {
        replay(item, false);
        return FsrsFormulas.retrievability(w, item.currentDays(), s);
    }

    /**
     * The item's weighted log loss as fsrs-rs trains on it (probabilities clamped to [1e-7,
     * 1-1e-7]); adds its gradient to {@code grad} when that is not null.
     */
    double loss(FsrsItem item, double weight, double[] grad) {
        boolean withGrad = grad != null;
        replay(item, withGrad);
        double t = Math.max(item.currentDays(), 0);
        double base = 1 + factor * t / s;
        double rRaw = Math.pow(base, decay);
        double r = Math.min(Math.max(rRaw, MIN_PROB), MAX_PROB);
        double y = item.recalled() ? 1 : 0;
        double loss = -(y * Math.log(r) + (1 - y) * Math.log(1 - r)) * weight;
        if (withGrad && rRaw > MIN_PROB && rRaw < MAX_PROB) {
            double gR = -weight * (y / r - (1 - y) / (1 - r));
            double dRds = rRaw * decay / base * (-t * factor / (s * s));
            for (int i = 0; i < N; i++) {
                grad[i] += gR * dRds * js[i];
            }
            grad[20] += gR * dRdW20(rRaw, base, t, s);
        }
        return loss;
    }

    private double dRdW20(double r, double base, double t, double stability) {
        double dRdDecay = r * (Math.log(base) + decay / base * (t / stability) * dFactorDDecay);
        return -dRdDecay;
    }

    private static double passes(double x, double min, double max) {
        return x >= min && x <= max ? 1 : 0;
    }

    /** Runs the history (all reviews but the last) and leaves the state in s, d, js, jd. */
    private void replay(FsrsItem item, boolean withGrad) {
        int[] grades = item.grades();
        int[] days = item.days();
        s = 0;
        d = 0;
        if (withGrad) {
            Arrays.fill(js, 0);
            Arrays.fill(jd, 0);
        }
        for (int t = 0; t < grades.length - 1; t++) {
            step(t, days[t], grades[t], withGrad);
        }
    }

    private void step(int nth, int deltaT, int g, boolean withGrad) {
        if (nth == 0 && s == 0) {
            double sPre = FsrsFormulas.initialStability(w, g);
            double dRaw = FsrsFormulas.initialDifficulty(w, g);
            s = FsrsFormulas.clampStability(sPre);
            d = FsrsFormulas.clampDifficulty(dRaw);
            if (withGrad) {
                Arrays.fill(js, 0);
                Arrays.fill(jd, 0);
                js[g - 1] = passes(sPre, S_MIN, S_MAX);
                double gd = passes(dRaw, D_MIN, D_MAX);
                jd[4] = gd;
                jd[5] = gd * -(g - 1) * Math.exp(w[5] * (g - 1));
            }
            return;
        }
        double inS = passes(s, S_MIN, S_MAX);
        double inD = passes(d, D_MIN, D_MAX);
        double lastS = FsrsFormulas.clampStability(s);
        double lastD = FsrsFormulas.clampDifficulty(d);
        if (withGrad) {
            Arrays.fill(localS, 0);
            Arrays.fill(localD, D_FIRST, D_LAST + 1, 0);
        }

        // Stability: same-day, lapse or success branch; a and b are d(S')/d(S) and d(S')/d(D).
        double sPre;
        double a = 0;
        double b = 0;
        if (deltaT == 0) {
            double raw = FsrsFormulas.shortTermIncrease(w, lastS, g);
            sPre = FsrsFormulas.shortTermStability(w, lastS, g, SHORT_TERM_FLOOR_FROM);
            boolean floored = g >= SHORT_TERM_FLOOR_FROM && raw < 1;
            if (withGrad) {
                if (floored) {
                    a = 1;
                } else {
                    a = raw - w[19] * raw;
                    localS[17] = lastS * raw * (g - 3 + w[18]);
                    localS[18] = lastS * raw * w[17];
                    localS[19] = lastS * raw * -Math.log(lastS);
                }
            }
        } else {
            double base = 1 + factor * deltaT / lastS;
            double r = Math.pow(base, decay);
            double dSdR = 0;
            if (g == 1) {
                sPre = FsrsFormulas.forgetStability(w, lastD, lastS, r);
                if (withGrad) {
                    double floor = lastS / failureFloorDivisor;
                    double dPow = Math.pow(lastD, -w[12]);
                    double er = Math.exp((1 - r) * w[14]);
                    double sPow = Math.pow(lastS + 1, w[13]);
                    double raw = w[11] * dPow * (sPow - 1) * er;
                    if (floor < raw) {
                        a = 1 / failureFloorDivisor;
                        localS[17] = -floor * w[18];
                        localS[18] = -floor * w[17];
                    } else {
                        a = w[11] * dPow * er * w[13] * sPow / (lastS + 1);
                        b = raw * (-w[12] / lastD);
                        dSdR = -w[14] * raw;
                        localS[11] = dPow * (sPow - 1) * er;
                        localS[12] = raw * -Math.log(lastD);
                        localS[13] = w[11] * dPow * er * sPow * Math.log(lastS + 1);
                        localS[14] = raw * (1 - r);
                    }
                }
            } else {
                sPre = FsrsFormulas.recallStability(w, lastD, lastS, r, g);
                if (withGrad) {
                    double hard = g == 2 ? w[15] : 1;
                    double easy = g == 4 ? w[16] : 1;
                    double sPow = Math.pow(lastS, -w[9]);
                    double expR = Math.exp((1 - r) * w[10]);
                    double e = expR - 1;
                    double core = expW8 * (11 - lastD) * sPow; // inc without e, hard, easy
                    double inc = core * e * hard * easy;
                    a = 1 + inc * (1 - w[9]);
                    b = -lastS * expW8 * sPow * e * hard * easy;
                    dSdR = lastS * core * hard * easy * (-w[10] * expR);
                    localS[8] = lastS * inc;
                    localS[9] = lastS * inc * -Math.log(lastS);
                    localS[10] = lastS * core * hard * easy * (1 - r) * expR;
                    if (g == 2) {
                        localS[15] = lastS * core * e * easy;
                    }
                    if (g == 4) {
                        localS[16] = lastS * core * e * hard;
                    }
                }
            }
            if (withGrad && dSdR != 0) {
                double dRds = r * decay / base * (-deltaT * factor / (lastS * lastS));
                a += dSdR * dRds;
                localS[20] += dSdR * dRdW20(r, base, deltaT, lastS);
            }
        }

        // Difficulty: linear damping towards 10, then mean reversion towards the "easy" start.
        double mean = FsrsFormulas.nextDifficulty(w, lastD, g);
        double c = 0;
        if (withGrad) {
            double pass = passes(mean, D_MIN, D_MAX);
            if (pass != 0) {
                double delta = -w[6] * (g - 3);
                double damped = lastD + (10 - lastD) * delta / 9;
                c = (1 - w[7]) * (1 - delta / 9);
                localD[4] = w[7];
                localD[5] = w[7] * -3 * exp3w5;
                localD[6] = (1 - w[7]) * (10 - lastD) * -(g - 3) / 9;
                localD[7] = easyDifficulty - damped;
            }
        }

        if (withGrad) {
            double outS = passes(sPre, S_MIN, S_MAX);
            double as = a * inS;
            double bd = b * inD;
            double cd = c * inD;
            for (int i = 0; i < N; i++) {
                nextJs[i] = outS * (localS[i] + as * js[i]);
            }
            for (int i = D_FIRST; i <= D_LAST; i++) {
                nextJs[i] += outS * bd * jd[i];
                nextJd[i] = localD[i] + cd * jd[i];
            }
            double[] swap = js;
            js = nextJs;
            nextJs = swap;
            swap = jd;
            jd = nextJd;
            nextJd = swap;
        }
        s = FsrsFormulas.clampStability(sPre);
        d = FsrsFormulas.clampDifficulty(mean);
    }
}
