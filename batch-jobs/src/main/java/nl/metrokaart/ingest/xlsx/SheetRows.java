package nl.metrokaart.ingest.xlsx;

import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * A sheet as POI streams it, row by row: {@link #cells} holds the current row's filled cells by
 * column index (stripped; blank ones left out). Survey readers say what a row means in endRow.
 */
public abstract class SheetRows implements SheetContentsHandler {

    protected final SortedMap<Integer, String> cells = new TreeMap<>();

    /** Ends reading a sheet early (its header was not found, or it was only looked at); {@link SurveyWorkbook#read} stops quietly. */
    public static final class StopReading extends RuntimeException {
        public StopReading() {
            super(null, null, false, false);
        }
    }
    private int nextColumn;

    @Override
    public void startRow(int rowNum) {
        cells.clear();
        nextColumn = 0;
    }

    @Override
    public void cell(String cellReference, String value, XSSFComment comment) {
        // Some writers leave out the cell reference: the cell is then the one after the previous.
        int column = cellReference == null ? nextColumn : new CellReference(cellReference).getCol();
        nextColumn = column + 1;
        if (value != null && !value.isBlank()) {
            cells.put(column, value.strip());
        }
    }
}
