package nl.metrokaart.reports.board;

import java.util.List;
import java.util.function.Function;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.FigureText;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.TargetFigures;
import nl.metrokaart.reports.TargetProgress;
import nl.metrokaart.reports.Targets;

import org.jfree.chart.JFreeChart;

/**
 * A one-page overview (the board's monthly one, the funder's for a period): key figures as tiles,
 * a few small charts and the privacy rule. {@link OverviewSheets} writes it as the workbook's first
 * sheet and {@link BoardPack} as the PDF's first page, both from these parts: one way to draw a tile.
 */
public interface OverviewPage {

    /**
     * One tile: its label, the figure, the change since the period before (null when the page shows
     * none), and the target's progress if one is set.
     */
    public record Tile(String label, Figure value, Figure change, TargetProgress target, Figure targetActual, Figure targetReached) {
    }

    public ReportLanguage language();

    public String title();

    public String subtitle();

    public List<Tile> tiles();

    /** What a tile's change is against, e.g. "t.o.v. september"; unused when no tile has a change. */
    public String changeLabel();

    public String privacyRule();

    /** The status rule of the targets; null without targets. */
    public String targetRule();

    /** The privacy rule under the tiles, from the report's message (board.privacy, impact.board.privacy). */
    static String privacyRule(String key, int minGroupSize, ReportLanguage language) {
        return language.text(key, minGroupSize, language.text("suppressed.small", minGroupSize),
                language.text("suppressed.base"), language.text("suppressed.other"));
    }

    /** How a status is decided, when there are targets; null without. */
    static String targetRule(Targets targets, ReportLanguage language) {
        return targets.any() ? language.text("targets.rule", TargetsSheet.percent(targets.attentionBelow()),
                TargetsSheet.percent(targets.behindBelow())) : null;
    }

    /** The page's small charts (at most three), drawn for the workbook (PNG) and the PDF (vector). */
    public List<JFreeChart> charts(Function<Figure, String> mark);

    /** The tile's target line, e.g. "Doel 2026: 87% bereikt · op koers"; empty without a target. */
    default String targetLine(Tile tile, FigureText text) {
        if (tile.target() == null) {
            return "";
        }
        return language().text("board.target", TargetFigures.period(tile.target(), language()), text.format(tile.targetReached()),
                TargetFigures.status(tile.target(), tile.targetActual(), language()));
    }

    default String statusOf(Tile tile) {
        return tile.target() == null ? null : tile.targetActual().isHidden() ? "hidden" : tile.target().status();
    }
}
