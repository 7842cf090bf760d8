package nl.metrokaart.reports.board;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.FigureText;
import nl.metrokaart.reports.MetrokaartPicture;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;

/**
 * The metrokaart as a page of the PDF board pack, after the report's privacy rule: each station's
 * participants are a count of people, decided with every other figure of the workbook (it writes
 * no sheet; {@link #tables()} only carries them through the rule). A hidden count is drawn as its
 * mark, its station at the size of k participants, so that neither its number nor its size tells it.
 */
public final class MetrokaartPage implements ReportSheet {

    private final MetrokaartPicture picture;
    private final int minGroupSize;
    private final Map<String, Figure> participants = new LinkedHashMap<>();
    private final ReportTable figures;

    public MetrokaartPage(MetrokaartPicture picture, int minGroupSize) {
        this.picture = picture;
        this.minGroupSize = minGroupSize;
        this.figures = new ReportTable("Metrokaart").column("figure", 10);
        for (MetrokaartPicture.Module module : picture.modules()) {
            Figure figure = Figure.people(module.participants());
            participants.put(module.code(), figure);
            figures.row(figure);
        }
    }

    /** The station's participants as the privacy rule decided them. */
    public Figure participants(String moduleCode) {
        return participants.get(moduleCode);
    }

    /** The picture to draw: a hidden station's participants replaced by k, so that its size gives nothing away. */
    public MetrokaartPicture shown() {
        List<MetrokaartPicture.Module> modules = picture.modules().stream()
                .map(m -> participants.get(m.code()).isHidden()
                        ? new MetrokaartPicture.Module(m.code(), m.title(), minGroupSize) : m)
                .toList();
        return new MetrokaartPicture(picture.pps(), picture.from(), picture.to(), picture.lijnen(), modules, picture.highlighted());
    }

    /** A station's number as the page shows it: a hidden one as its mark, else null (the number itself). */
    public Function<String, String> countText(FigureText text) {
        return code -> {
            Figure figure = participants.get(code);
            return figure != null && figure.isHidden() ? text.format(figure) : null;
        };
    }

    public int minGroupSize() {
        return minGroupSize;
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(figures);
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        // A page of the PDF only: the workbook has no metrokaart sheet (report map writes the picture).
        return List.of();
    }
}
