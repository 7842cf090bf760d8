package nl.metrokaart.ingest.badges;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nl.metrokaart.Workspace;

/** Looks through every text column of every table in the warehouse file. */
final class WarehouseText {

    private static final String ADDRESS = "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}";

    private WarehouseText() {
    }

    /** No e-mail address anywhere in the warehouse: not in badges, rejects, refusals or the job history. */
    static void assertNoEmailAddress(Workspace workspace) throws Exception {
        try (Workspace.Reader warehouse = workspace.read()) {
            assertNoEmailAddress(warehouse);
        }
    }

    private static void assertNoEmailAddress(Workspace.Reader warehouse) throws Exception {
        List<String> columns = warehouse.strings("SELECT table_name || chr(9) || column_name FROM information_schema.columns "
                + "WHERE table_catalog = current_database() AND data_type = 'VARCHAR' AND table_name NOT IN "
                + "(SELECT view_name FROM duckdb_views())");
        assertThat(columns).isNotEmpty();
        List<String> found = new ArrayList<>();
        for (String column : columns) {
            String table = '"' + column.split("\t")[0] + '"';
            String name = '"' + column.split("\t")[1] + '"';
            found.addAll(warehouse.strings("SELECT '" + column.replace("\t", ".") + ": ' || " + name + " FROM " + table
                    + " WHERE regexp_matches(" + name + ", '" + ADDRESS + "')"));
        }
        assertThat(found).as("e-mail addresses in the warehouse").isEmpty();
    }
}
