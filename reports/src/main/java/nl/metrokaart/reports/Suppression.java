package nl.metrokaart.reports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one privacy rule of every report (docs/domain.md section 5, docs/privacy.md), applied to all figures of a workbook
 * at once so that a number hidden on one sheet is hidden wherever it appears.
 *
 * <ol>
 * <li>Primary: a protected count of 1 to k-1 people is hidden (shown {@code <k}); so is every
 * rate, average or median over fewer than k people. A count of 0 describes no one and stays. Funder reports protect every count of
 * people; board reports protect the counts about the people of one company.</li>
 * <li>Complementary: figures that add up ({@link Line}: members and their total, e.g. a row of
 * quarters and its period total, or the values of a split and the split's total) must not let a
 * reader work out a hidden count. A hidden count is derivable when it follows from the visible
 * figures of all lines together (solved exactly, as linear equations); then the smallest visible
 * count of one of its lines is hidden too, until none is. Likewise when the hidden members of a
 * line add up (by its visible total) to fewer than k people.</li>
 * <li>Linked: a figure made of a hidden figure (a rate of a hidden count, a change of a hidden
 * number) is hidden with it.</li>
 * </ol>
 */
public final class Suppression {

    public static final int DEFAULT_MIN_GROUP_SIZE = 5;
    private static final double EPSILON = 1e-9;

    private final int k;
    private final boolean everyCount;

    private Suppression(int k, boolean everyCount) {
        if (k < 1) {
            throw new IllegalArgumentException("the minimum group size must be at least 1, not " + k);
        }
        this.k = k;
        this.everyCount = everyCount;
    }

    /** For funders: every count of people is protected, and every rate over people. */
    public static Suppression funder(int k) {
        return new Suppression(k, true);
    }

    /** For the board: every rate over people, and the counts about the people of one company. */
    public static Suppression board(int k) {
        return new Suppression(k, false);
    }

    public int minGroupSize() {
        return k;
    }

    public boolean protectsEveryCount() {
        return everyCount;
    }

    /** Members that add up to a total: a row of a table with its row total, or a column with its column total. */
    public record Line(List<Figure> members, Figure total) {

        public Line {
            members = List.copyOf(members);
        }

        List<Figure> all() {
            List<Figure> all = new ArrayList<>(members);
            all.add(total);
            return all;
        }
    }

    /** Decides, once, which of {@code figures} (and the figures of {@code lines}) are hidden. */
    public void apply(Collection<Figure> figures, Collection<Line> lines) {
        // Figures made of others (rates, changes) and every figure they are made of, however deep.
        List<Figure> derived = new ArrayList<>();
        List<Figure> pending = new ArrayList<>();
        for (Figure figure : figures) {
            primary(figure);
            if (!figure.sources().isEmpty()) {
                derived.add(figure);
                pending.addAll(figure.sources());
            }
        }
        for (Line line : lines) {
            line.all().forEach(this::primary);
        }
        Set<Figure> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Figure figure = pending.remove(pending.size() - 1);
            if (seen.add(figure)) {
                primary(figure);
                if (!figure.sources().isEmpty()) {
                    derived.add(figure);
                    pending.addAll(figure.sources());
                }
            }
        }
        List<Line> additive = List.copyOf(lines);
        boolean changed = true;
        while (changed) {
            changed = false;
            Figure next = additive.isEmpty() ? null : nextComplementary(additive);
            if (next != null) {
                next.hide(Figure.Hidden.COMPLEMENTARY);
                changed = true;
                continue;
            }
            for (Figure figure : derived) {
                if (!figure.isHidden() && figure.sources().stream().anyMatch(Figure::isHidden)) {
                    figure.hide(Figure.Hidden.LINKED);
                    changed = true;
                }
            }
        }
    }

    /** Hides a small protected count, or a rate over fewer than k people; idempotent. */
    private void primary(Figure figure) {
        // A count of 0 describes no one and is shown; a rate over no one has no value to hide.
        if (isProtectedCount(figure) && figure.value() != null && figure.value() > 0 && figure.value() < k) {
            figure.hide(Figure.Hidden.SMALL_COUNT);
        } else if (figure.kind() == Figure.Kind.RATE && figure.value() != null && figure.base() >= 0 && figure.base() < k) {
            figure.hide(Figure.Hidden.SMALL_BASE);
        }
    }

    private boolean isProtectedCount(Figure figure) {
        return figure.kind() == Figure.Kind.PEOPLE && (everyCount || figure.isAboutOneCompany());
    }

    /** The next figure to hide so that no hidden count can be worked out, or null when none is needed. */
    private Figure nextComplementary(List<Line> lines) {
        Map<Figure, List<Line>> linesOf = new IdentityHashMap<>();
        for (Line line : lines) {
            for (Figure figure : line.all()) {
                linesOf.computeIfAbsent(figure, f -> new ArrayList<>()).add(line);
            }
        }
        List<Figure> unknowns = new ArrayList<>(hiddenIn(lines));
        if (!unknowns.isEmpty()) {
            List<Figure> derivable = derivable(lines, unknowns);
            if (!derivable.isEmpty()) {
                // The cheapest figure of any line through a derivable one: a choice over all of
                // them closes hidden cells into rectangles instead of chasing one cell at a time.
                Set<Line> touching = Collections.newSetFromMap(new IdentityHashMap<>());
                derivable.forEach(f -> touching.addAll(linesOf.get(f)));
                Figure candidate = bestToHide(lines.stream().filter(touching::contains).toList(), linesOf);
                if (candidate == null) {
                    candidate = bestToHide(lines.stream().filter(l -> l.all().stream().anyMatch(Figure::isHidden)).toList(), linesOf);
                }
                if (candidate != null) {
                    return candidate;
                }
            }
        }
        for (Line line : lines) {
            if (line.total().isHidden()) {
                continue;
            }
            List<Figure> hiddenMembers = line.members().stream().filter(Figure::isHidden).toList();
            double hiddenSum = hiddenMembers.stream().mapToDouble(f -> f.value() == null ? 0 : f.value()).sum();
            if (!hiddenMembers.isEmpty() && hiddenSum < k) {
                Figure candidate = bestToHide(List.of(line), linesOf);
                if (candidate != null) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /**
     * Of the visible counts in {@code lines}, the one whose hiding costs least: first the one that
     * opens the fewest other lines (lines without a hidden figure yet, which would then need a
     * second one; so hidden cells close into rectangles), then the smallest count, counts of 0
     * last (a 0 usually follows from other visible numbers anyway). Members before totals.
     */
    private static Figure bestToHide(List<Line> lines, Map<Figure, List<Line>> linesOf) {
        Comparator<Figure> cost = Comparator.<Figure>comparingLong(f -> linesOf.getOrDefault(f, List.of()).stream()
                        .filter(l -> l.all().stream().noneMatch(Figure::isHidden)).count())
                .thenComparingDouble(f -> f.value() == null || f.value() == 0 ? Double.MAX_VALUE : f.value());
        Figure member = lines.stream().flatMap(l -> l.members().stream())
                .filter(f -> !f.isHidden() && f.kind() == Figure.Kind.PEOPLE)
                .min(cost).orElse(null);
        if (member != null) {
            return member;
        }
        return lines.stream().map(Line::total).filter(f -> !f.isHidden()).min(cost).orElse(null);
    }

    private static Set<Figure> hiddenIn(List<Line> lines) {
        Set<Figure> hidden = new LinkedHashSet<>();
        Set<Figure> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Line line : lines) {
            for (Figure figure : line.all()) {
                if (figure.isHidden() && seen.add(figure)) {
                    hidden.add(figure);
                }
            }
        }
        return hidden;
    }

    /**
     * The hidden figures whose value follows from the lines: each line is an equation (its
     * members minus its total is zero) in the hidden figures, the visible ones being known. A
     * hidden figure is determined exactly when its unit vector lies in the row space of the
     * equations: in reduced row echelon form, its column is a pivot whose row has no other entry.
     */
    static List<Figure> derivable(List<Line> lines, List<Figure> unknowns) {
        Map<Figure, Integer> column = new IdentityHashMap<>();
        for (Figure unknown : unknowns) {
            column.putIfAbsent(unknown, column.size());
        }
        List<double[]> rows = new ArrayList<>();
        for (Line line : lines) {
            double[] row = new double[column.size()];
            boolean any = false;
            for (Figure member : line.members()) {
                Integer c = column.get(member);
                if (c != null) {
                    row[c] += 1;
                    any = true;
                }
            }
            Integer t = column.get(line.total());
            if (t != null) {
                row[t] -= 1;
                any = true;
            }
            if (any) {
                rows.add(row);
            }
        }
        double[][] m = rows.toArray(double[][]::new);
        int n = column.size();
        int[] pivotRowOfColumn = new int[n];
        java.util.Arrays.fill(pivotRowOfColumn, -1);
        int r = 0;
        for (int c = 0; c < n && r < m.length; c++) {
            int best = -1;
            for (int i = r; i < m.length; i++) {
                if (Math.abs(m[i][c]) > EPSILON && (best < 0 || Math.abs(m[i][c]) > Math.abs(m[best][c]))) {
                    best = i;
                }
            }
            if (best < 0) {
                continue;
            }
            double[] swap = m[r];
            m[r] = m[best];
            m[best] = swap;
            double pivot = m[r][c];
            for (int j = 0; j < n; j++) {
                m[r][j] /= pivot;
            }
            for (int i = 0; i < m.length; i++) {
                if (i != r && Math.abs(m[i][c]) > EPSILON) {
                    double factor = m[i][c];
                    for (int j = 0; j < n; j++) {
                        m[i][j] -= factor * m[r][j];
                    }
                }
            }
            pivotRowOfColumn[c] = r;
            r++;
        }
        List<Figure> derivable = new ArrayList<>();
        for (Figure unknown : unknowns) {
            int c = column.get(unknown);
            int row = pivotRowOfColumn[c];
            if (row < 0) {
                continue;
            }
            boolean alone = true;
            for (int j = 0; j < n; j++) {
                if (j != c && Math.abs(m[row][j]) > EPSILON) {
                    alone = false;
                    break;
                }
            }
            if (alone) {
                derivable.add(unknown);
            }
        }
        return derivable;
    }
}
