package nl.metrokaart.ingest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import nl.metrokaart.Workspace;

/** Looks through every text column of the warehouse for something shaped like an e-mail address. */
public final class PlainEmails {

    private PlainEmails() {
    }

    /** "table.column: value" for each text value with an address in it; empty when the warehouse holds none. */
    public static List<String> in(Workspace workspace) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = workspace.connect(); Statement s = c.createStatement()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name, column_name FROM information_schema.columns "
                    + "WHERE data_type = 'VARCHAR' AND table_schema = 'main'")) {
                while (rs.next()) {
                    columns.add(new String[]{rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] column : columns) {
                try (ResultSet rs = s.executeQuery("SELECT \"" + column[1] + "\" FROM \"" + column[0] + "\" "
                        + "WHERE regexp_matches(\"" + column[1] + "\", '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}') LIMIT 3")) {
                    while (rs.next()) {
                        found.add(column[0] + "." + column[1] + ": " + rs.getString(1));
                    }
                }
            }
        }
        return found;
    }
}
