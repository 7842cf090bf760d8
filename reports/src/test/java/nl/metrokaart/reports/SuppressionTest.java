package nl.metrokaart.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import nl.metrokaart.reports.Figure.Format;
import nl.metrokaart.reports.Figure.Hidden;
import nl.metrokaart.reports.Suppression.Line;

import org.junit.jupiter.api.Test;

class SuppressionTest {

    private static final Suppression FUNDER = Suppression.funder(5);
    private static final Suppression BOARD = Suppression.board(5);

    @Test
    void aFunderSeesNoCountOfFewerThanKPeople() {
        Figure four = Figure.people(4);
        Figure five = Figure.people(5);
        Figure zero = Figure.people(0);
        Figure companies = Figure.count(2);

        FUNDER.apply(List.of(four, five, zero, companies), List.of());

        assertThat(four.hidden()).isEqualTo(Hidden.SMALL_COUNT);
        assertThat(zero.isHidden()).as("0 describes no one").isFalse();
        assertThat(five.isHidden()).isFalse();
        assertThat(companies.isHidden()).as("companies are not personal data").isFalse();
    }

    @Test
    void theBoardSeesSmallCountsExceptThoseAboutThePeopleOfOneCompany() {
        Figure runParticipants = Figure.people(3);
        Figure ofOneCompany = Figure.people(3).ofOneCompany();

        BOARD.apply(List.of(runParticipants, ofOneCompany), List.of());

        assertThat(runParticipants.isHidden()).isFalse();
        assertThat(ofOneCompany.hidden()).isEqualTo(Hidden.SMALL_COUNT);
    }

    @Test
    void everyRateOverFewerThanKPeopleIsHiddenInEveryReport() {
        for (Suppression suppression : List.of(FUNDER, BOARD)) {
            Figure overFour = Figure.rate(0.5, 4, Format.PERCENT);
            Figure overFive = Figure.rate(0.4, 5, Format.PERCENT);
            Figure notAboutPeople = Figure.value(0.35, Format.PERCENT);
            Figure overNoOne = Figure.rate(null, 0, Format.PERCENT);

            suppression.apply(List.of(overFour, overFive, notAboutPeople, overNoOne), List.of());

            assertThat(overNoOne.isHidden()).as("no value to hide").isFalse();
            assertThat(overFour.hidden()).isEqualTo(Hidden.SMALL_BASE);
            assertThat(overFive.isHidden()).isFalse();
            assertThat(notAboutPeople.isHidden()).isFalse();
        }
    }

    @Test
    void aRateWhoseNumeratorIsHiddenIsHiddenWithItThoughItsBaseIsLarge() {
        Figure cohort = Figure.people(40);
        Figure converted = Figure.people(3);
        Figure rate = Figure.rate(3 / 40.0, 40, Format.PERCENT, converted, cohort);
        Figure change = Figure.change(rate, Figure.rate(0.1, 50, Format.PERCENT), Format.PERCENT_POINTS);

        FUNDER.apply(List.of(cohort, converted, rate, change), List.of());

        assertThat(converted.hidden()).isEqualTo(Hidden.SMALL_COUNT);
        assertThat(rate.hidden()).as("40 x the rate would give the hidden 3").isEqualTo(Hidden.LINKED);
        assertThat(change.hidden()).isEqualTo(Hidden.LINKED);
        assertThat(cohort.isHidden()).isFalse();
    }

    @Test
    void aTotalThatWouldRevealAHiddenCellIsHandled() {
        // Certificates per quarter and the period's total: 3 + 10 + 12 = 25. With only the 3
        // hidden, 25 - 10 - 12 gives it back; so the smallest other quarter is hidden as well.
        Figure q1 = Figure.people(3);
        Figure q2 = Figure.people(10);
        Figure q3 = Figure.people(12);
        Figure total = Figure.people(25);

        FUNDER.apply(List.of(q1, q2, q3, total), List.of(new Line(List.of(q1, q2, q3), total)));

        assertThat(q1.hidden()).isEqualTo(Hidden.SMALL_COUNT);
        assertThat(q2.hidden()).isEqualTo(Hidden.COMPLEMENTARY);
        assertThat(q3.isHidden()).isFalse();
        assertThat(total.isHidden()).isFalse();
        assertThat(Suppression.derivable(List.of(new Line(List.of(q1, q2, q3), total)), List.of(q1, q2))).isEmpty();
    }

    @Test
    void aTotalIsHiddenItselfWhenNoOtherMemberIsLeft() {
        Figure small = Figure.people(2);
        Figure total = Figure.people(9);
        Figure otherSmall = Figure.people(7);
        // total of a single member plus a hidden one: members 2 and 7; with the 7 hidden too, the
        // hidden pair adds up to 9 >= 5, and nothing is derivable.
        FUNDER.apply(List.of(small, otherSmall, total), List.of(new Line(List.of(small, otherSmall), total)));
        assertThat(otherSmall.hidden()).isEqualTo(Hidden.COMPLEMENTARY);
        assertThat(total.isHidden()).isFalse();

        Figure alone = Figure.people(3);
        Figure itsTotal = Figure.people(3);
        // A line of one member: its total is the member; 3 < 5 hides both by the primary rule already.
        FUNDER.apply(List.of(alone, itsTotal), List.of(new Line(List.of(alone), itsTotal)));
        assertThat(itsTotal.hidden()).isEqualTo(Hidden.SMALL_COUNT);

        // The board protects one company's counts: its members are protected, the total (all
        // companies) is not, so with a single member the total must go.
        Figure onlyMember = Figure.people(4).ofOneCompany();
        Figure allCompanies = Figure.people(4);
        BOARD.apply(List.of(onlyMember, allCompanies), List.of(new Line(List.of(onlyMember), allCompanies)));
        assertThat(onlyMember.hidden()).isEqualTo(Hidden.SMALL_COUNT);
        assertThat(allCompanies.hidden()).isEqualTo(Hidden.COMPLEMENTARY);
    }

    @Test
    void hiddenCellsThatTogetherHoldFewerThanKPeopleAreProtectedToo() {
        // 1 and 2 hidden, total 33 and 30 visible: together they are 3, a group below k.
        Figure micro = Figure.people(1);
        Figure klein = Figure.people(2);
        Figure middel = Figure.people(30);
        Figure total = Figure.people(33);

        FUNDER.apply(List.of(micro, klein, middel, total), List.of(new Line(List.of(micro, klein, middel), total)));

        assertThat(micro.hidden()).isEqualTo(Hidden.SMALL_COUNT);
        assertThat(klein.hidden()).isEqualTo(Hidden.SMALL_COUNT);
        assertThat(middel.hidden()).isEqualTo(Hidden.COMPLEMENTARY);
        assertThat(total.isHidden()).isFalse();
    }

    @Test
    void aTableWithRowAndColumnTotalsHidesARectangleAroundASmallCell() {
        Grid grid = new Grid(new long[][]{
                {3, 10, 8},
                {6, 7, 9},
                {12, 11, 20}});

        FUNDER.apply(grid.figures(), grid.lines());

        assertThat(grid.cell(0, 0).hidden()).isEqualTo(Hidden.SMALL_COUNT);
        assertThat(grid.hidden()).hasSizeGreaterThanOrEqualTo(4);
        assertNothingDerivable(grid);
        // Every row and column with a hidden cell has at least two.
        for (Line line : grid.lines()) {
            assertThat(line.all().stream().filter(Figure::isHidden).count()).isNotEqualTo(1);
        }
    }

    @Test
    void oneSmallCellCostsNoMoreThanARectangleOfFour() {
        // Certificates of two kinds over three quarters, with all totals: the 3 needs three more
        // hidden cells (two rows and two columns each with two), not a cascade through the table.
        Grid grid = new Grid(new long[][]{
                {8, 9, 11},
                {3, 10, 12}});

        FUNDER.apply(grid.figures(), grid.lines());

        assertThat(grid.hidden()).containsExactlyInAnyOrder(grid.cell(0, 0), grid.cell(0, 1), grid.cell(1, 0), grid.cell(1, 1));
        assertNothingDerivable(grid);
    }

    @Test
    void twoRectanglesJoinedByOneCellDoNotProtectThatCell() {
        // Every row and column below has two or more hidden cells, yet the cell joining the two
        // rectangles (row 1, column 2) follows from the totals: a rule of "two per line" is not enough.
        Grid grid = new Grid(new long[][]{
                {20, 20, 30, 30},
                {20, 20, 30, 30},
                {30, 30, 20, 20},
                {30, 30, 20, 20}});
        int[][] hidden = {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {2, 2}, {2, 3}, {3, 2}, {3, 3}, {1, 2}};
        for (int[] cell : hidden) {
            grid.cell(cell[0], cell[1]).hide(Hidden.SMALL_COUNT);
        }
        List<Figure> unknowns = grid.hidden();

        assertThat(Suppression.derivable(grid.lines(), unknowns)).containsExactly(grid.cell(1, 2));

        FUNDER.apply(grid.figures(), grid.lines());
        assertNothingDerivable(grid);
    }

    @Test
    void splitsOfOneTotalAreProtectedInEveryQuarterAndInThePeriod() {
        // Participants by size class (rows) per quarter (columns) with the period in the last
        // column: the quarters add up to the period for each class, the classes to the total row.
        Grid grid = new Grid(new long[][]{
                {12, 2, 15},
                {30, 25, 40},
                {7, 9, 1}});

        FUNDER.apply(grid.figures(), grid.lines());

        assertNothingDerivable(grid);
        assertThat(grid.cell(0, 1).hidden()).isEqualTo(Hidden.SMALL_COUNT);
        assertThat(grid.cell(2, 2).hidden()).isEqualTo(Hidden.SMALL_COUNT);
        assertThat(grid.total().isHidden()).isFalse();
    }

    @Test
    void theSameInputAlwaysHidesTheSameCells() {
        List<List<Hidden>> outcomes = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            Grid grid = new Grid(new long[][]{{3, 10, 8, 4}, {6, 7, 9, 30}, {12, 1, 20, 8}});
            FUNDER.apply(grid.figures(), grid.lines());
            outcomes.add(grid.figures().stream().map(Figure::hidden).toList());
        }
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isEqualTo(outcomes.get(0)));
    }

    @Test
    void kMustBePositive() {
        assertThatThrownBy(() -> Suppression.funder(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Suppression.funder(10).minGroupSize()).isEqualTo(10);
    }

    private static void assertNothingDerivable(Grid grid) {
        assertThat(Suppression.derivable(grid.lines(), grid.hidden())).isEmpty();
        for (Line line : grid.lines()) {
            if (!line.total().isHidden()) {
                double hiddenSum = line.members().stream().filter(Figure::isHidden).mapToDouble(Figure::value).sum();
                long hiddenCount = line.members().stream().filter(Figure::isHidden).count();
                assertThat(hiddenCount == 0 || hiddenSum >= 5).as("hidden members of a line hold at least k people").isTrue();
            }
        }
    }

    /** A table of people counts with row totals, column totals and a grand total, and its lines. */
    static final class Grid {
        private final Figure[][] cells;
        private final Figure[] rowTotals;
        private final Figure[] columnTotals;
        private final Figure total;

        Grid(long[][] values) {
            int rows = values.length;
            int columns = values[0].length;
            cells = new Figure[rows][columns];
            rowTotals = new Figure[rows];
            columnTotals = new Figure[columns];
            long grand = 0;
            long[] columnSums = new long[columns];
            for (int r = 0; r < rows; r++) {
                long sum = 0;
                for (int c = 0; c < columns; c++) {
                    cells[r][c] = Figure.people(values[r][c]);
                    sum += values[r][c];
                    columnSums[c] += values[r][c];
                }
                rowTotals[r] = Figure.people(sum);
                grand += sum;
            }
            for (int c = 0; c < columns; c++) {
                columnTotals[c] = Figure.people(columnSums[c]);
            }
            total = Figure.people(grand);
        }

        Figure cell(int row, int column) {
            return cells[row][column];
        }

        Figure total() {
            return total;
        }

        List<Figure> figures() {
            List<Figure> all = new ArrayList<>();
            for (Figure[] row : cells) {
                all.addAll(List.of(row));
            }
            all.addAll(List.of(rowTotals));
            all.addAll(List.of(columnTotals));
            all.add(total);
            return all;
        }

        List<Figure> hidden() {
            return figures().stream().filter(Figure::isHidden).toList();
        }

        List<Line> lines() {
            List<Line> lines = new ArrayList<>();
            for (int r = 0; r < cells.length; r++) {
                lines.add(new Line(List.of(cells[r]), rowTotals[r]));
            }
            for (int c = 0; c < columnTotals.length; c++) {
                List<Figure> column = new ArrayList<>();
                for (Figure[] row : cells) {
                    column.add(row[c]);
                }
                lines.add(new Line(column, columnTotals[c]));
            }
            lines.add(new Line(List.of(rowTotals), total));
            lines.add(new Line(List.of(columnTotals), total));
            return lines;
        }
    }
}
