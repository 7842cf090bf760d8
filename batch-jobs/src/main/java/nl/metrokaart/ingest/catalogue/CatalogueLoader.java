package nl.metrokaart.ingest.catalogue;

import java.util.ArrayList;
import java.util.List;

import nl.metrokaart.ingest.Delivery.DeliveryFile;
import nl.metrokaart.ingest.FileLoader;
import nl.metrokaart.ingest.InputKind;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Replaces the warehouse's catalogue by a newer metrokaart.yaml, after validating all of it. */
@Component
public class CatalogueLoader implements FileLoader {

    private static final String[] TABLES = {"catalogue", "scale_label", "skill", "profile", "profile_target", "module",
            "module_skill", "lijn", "lijn_module", "certificate", "certificate_module", "followup_type", "source_rank",
            "leercultuur_scale", "leercultuur_scale_label", "leercultuur_dimension", "leercultuur_item", "target"};

    private final JdbcTemplate jdbc;

    public CatalogueLoader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public InputKind kind() {
        return InputKind.CATALOGUE;
    }

    @Override
    public Counts load(DeliveryFile file) {
        Catalogue c = CatalogueReader.read(file.path(), file.relativeName());
        for (String table : TABLES) {
            jdbc.execute("DELETE FROM " + table);
        }
        jdbc.update("INSERT INTO catalogue VALUES (?, ?, ?, ?, ?, ?, ?, ?)", c.pps(), c.sector(), c.scale().min(), c.scale().max(),
                c.rules().completionShare(), c.rules().conversionWindowMonths(), c.rules().minGroupSize(), file.sha256());
        insert("scale_label", c.scale().labels().entrySet().stream().map(e -> new Object[]{e.getKey(), e.getValue()}).toList());
        insert("skill", c.skills().stream().map(s -> new Object[]{s.code(), s.name(), s.esco()}).toList());
        insert("profile", c.profiles().stream().map(p -> new Object[]{p.code(), p.name()}).toList());
        insert("profile_target", c.profiles().stream().flatMap(p -> p.targets().entrySet().stream()
                .map(t -> new Object[]{p.code(), t.getKey(), t.getValue()})).toList());
        insert("module", c.modules().stream().map(m -> new Object[]{m.code(), m.title(), m.hours(), m.badgeClass()}).toList());
        insert("module_skill", c.modules().stream().flatMap(m -> m.skills().entrySet().stream()
                .map(s -> new Object[]{m.code(), s.getKey(), s.getValue()})).toList());
        insert("lijn", c.lijnen().stream().map(l -> new Object[]{l.code(), l.name(), l.colour(), l.profile(),
                l.minParticipants(), l.maxParticipants()}).toList());
        List<Object[]> lijnModules = new ArrayList<>();
        c.lijnen().forEach(l -> {
            for (int i = 0; i < l.modules().size(); i++) {
                lijnModules.add(new Object[]{l.code(), l.modules().get(i), i + 1});
            }
        });
        insert("lijn_module", lijnModules);
        insert("certificate", c.certificates().stream().map(x -> new Object[]{x.code(), x.name(), x.kind()}).toList());
        insert("certificate_module", c.certificates().stream().flatMap(x -> x.requires().stream()
                .map(m -> new Object[]{x.code(), m})).toList());
        insert("followup_type", c.followupTypes().stream().map(t -> new Object[]{t}).toList());
        List<String> ranking = c.rules().sourceRanking();
        insert("source_rank", java.util.stream.IntStream.range(0, ranking.size())
                .mapToObj(i -> new Object[]{ranking.get(i), ranking.size() - i}).toList());
        insertLeercultuurscan(c.leercultuurscan());
        List<Catalogue.Target> targets = c.targets();
        insert("target", java.util.stream.IntStream.range(0, targets.size()).mapToObj(i -> {
            Catalogue.Target t = targets.get(i);
            return new Object[]{t.kpi().key(), java.sql.Date.valueOf(t.from()), java.sql.Date.valueOf(t.to()), t.value(),
                    t.kpi().measure().name().toLowerCase(java.util.Locale.ROOT),
                    t.kpi().direction().name().toLowerCase(java.util.Locale.ROOT), i + 1};
        }).toList());
        return new Counts(1, 1);
    }

    /** The scan's scale only with dimensions: "no dimensions" is how a scan file is told the catalogue has none. */
    private void insertLeercultuurscan(Catalogue.Leercultuurscan scan) {
        if (scan.dimensions().isEmpty()) {
            return;
        }
        jdbc.update("INSERT INTO leercultuur_scale VALUES (?, ?)", scan.scale().min(), scan.scale().max());
        insert("leercultuur_scale_label", scan.scale().labels().entrySet().stream().map(e -> new Object[]{e.getKey(), e.getValue()}).toList());
        List<Catalogue.Dimension> dimensions = scan.dimensions();
        insert("leercultuur_dimension", java.util.stream.IntStream.range(0, dimensions.size())
                .mapToObj(i -> new Object[]{dimensions.get(i).code(), dimensions.get(i).name(), i + 1}).toList());
        insert("leercultuur_item", dimensions.stream().flatMap(d -> d.items().stream().map(item -> new Object[]{d.code(), item})).toList());
    }

    private void insert(String table, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(rows.get(0).length, "?"));
        // A catalogue is a few hundred rows: plain batched inserts are fast enough here.
        jdbc.batchUpdate("INSERT INTO " + table + " VALUES (" + marks + ")", rows);
    }
}
