package nl.metrokaart.sampledata;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The metrokaart of the fictional "PPS Slimme Maakindustrie Oost". Fixed data, the same for
 * every seed and size, so reports over different sample sizes stay comparable.
 */
final class Catalogue {

    static final String PPS = "PPS Slimme Maakindustrie Oost";
    static final String SECTOR = "maakindustrie";
    static final String BADGE_HOST = "https://badges.pps-smo.example";
    static final int SCALE_MIN = 1;
    static final int SCALE_MAX = 5;
    static final List<String> SCALE_LABELS = List.of("oriënterend", "basis", "zelfstandig", "gevorderd", "expert");
    static final List<String> FOLLOWUP_TYPES = List.of("opleiding", "cursus", "innovatieproject");

    enum Role {
        ONDERNEMER, MEDEWERKER;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    record SkillLevel(String skill, int level) {
    }

    /** esco is null where the pps has not mapped the skill (the field is optional). */
    record Skill(String code, String name, String esco) {
    }

    /** role is not written to the catalogue; it steers who enrols on a lijn. */
    record Profile(String code, String name, Role role, List<SkillLevel> targets) {
    }

    record Module(String code, String title, int hours, List<SkillLevel> skills) {
        String badgeClass() {
            return BADGE_HOST + "/badgeclass/" + code.toLowerCase(Locale.ROOT);
        }
    }

    record Lijn(String code, String name, String colour, String profile, int minParticipants,
                int maxParticipants, List<String> modules) {
    }

    record Certificate(String code, String name, String kind, List<String> requires) {
    }

    final List<Skill> skills;
    final List<Profile> profiles;
    final List<Module> modules;
    final List<Lijn> lijnen;
    final List<Certificate> certificates;
    // lookups only; output always iterates the lists above
    private final Map<String, Module> moduleByCode = new HashMap<>();
    private final Map<String, Profile> profileByCode = new HashMap<>();

    private Catalogue(List<Skill> skills, List<Profile> profiles, List<Module> modules, List<Lijn> lijnen,
                      List<Certificate> certificates) {
        this.skills = skills;
        this.profiles = profiles;
        this.modules = modules;
        this.lijnen = lijnen;
        this.certificates = certificates;
        modules.forEach(m -> moduleByCode.put(m.code(), m));
        profiles.forEach(p -> profileByCode.put(p.code(), p));
    }

    Module module(String code) {
        Module m = moduleByCode.get(code);
        if (m == null) {
            throw new IllegalArgumentException("unknown module " + code);
        }
        return m;
    }

    Profile profile(String code) {
        return profileByCode.get(code);
    }

    Lijn lijn(String code) {
        return lijnen.stream().filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown lijn " + code));
    }

    Role role(Lijn lijn) {
        return profile(lijn.profile()).role();
    }

    static Catalogue standard() {
        List<Skill> skills = List.of(
                skill("SM-DATA", "Data verzamelen en duiden", true),
                skill("SM-SENS", "Sensoren en meettechniek toepassen", true),
                skill("SM-ONDH", "Onderhoud plannen op basis van conditie", true),
                skill("SM-STOR", "Storingen analyseren en oplossen", true),
                skill("SM-PLC", "PLC en besturingen begrijpen", true),
                skill("SM-ROBO", "Cobots en robots inzetten", true),
                skill("SM-CYBR", "Digitaal veilig werken", true),
                skill("SM-DOCU", "Digitale werkinstructies maken en gebruiken", true),
                skill("SM-DASH", "Dashboards en kengetallen lezen", true),
                skill("SM-STRA", "Digitale strategie en business case", true),
                skill("SM-VERA", "Verandering en leercultuur organiseren", false),
                skill("SM-KETN", "Samenwerken in de digitale keten", false));

        List<Profile> profiles = List.of(
                new Profile("SMT", "Smart Maintenance technicus", Role.MEDEWERKER, levels(
                        "SM-DATA", 3, "SM-SENS", 3, "SM-ONDH", 3, "SM-STOR", 4, "SM-CYBR", 2, "SM-DOCU", 3,
                        "SM-DASH", 2)),
                new Profile("ODP", "Operator digitale productie", Role.MEDEWERKER, levels(
                        "SM-ROBO", 3, "SM-PLC", 3, "SM-DOCU", 3, "SM-DASH", 3, "SM-SENS", 2, "SM-CYBR", 2)),
                new Profile("DOND", "Digitaal ondernemer", Role.ONDERNEMER, levels(
                        "SM-STRA", 4, "SM-VERA", 3, "SM-KETN", 3, "SM-DASH", 3, "SM-DATA", 2, "SM-CYBR", 3)));

        List<Module> modules = List.of(
                new Module("NM-101", "Sensoren in de praktijk", 4, levels("SM-SENS", 2)),
                new Module("NM-102", "Van storing naar oorzaak", 3, levels("SM-STOR", 2)),
                new Module("NM-103", "Onderhoud plannen met conditiedata", 4, levels("SM-ONDH", 2, "SM-DATA", 1)),
                new Module("NM-104", "Veilig digitaal werken op de vloer", 2, levels("SM-CYBR", 2)),
                new Module("NM-105", "Digitale werkinstructies maken", 3, levels("SM-DOCU", 2)),
                new Module("NM-106", "Meetdata verzamelen en opschonen", 4, levels("SM-DATA", 2)),
                new Module("NM-107", "Trillingen en temperatuur bewaken", 4, levels("SM-SENS", 3, "SM-ONDH", 2)),
                new Module("NM-108", "Dashboards lezen op de werkvloer", 2, levels("SM-DASH", 2)),
                new Module("NM-109", "Voorspellend onderhoud: de eerste stap", 4, levels("SM-ONDH", 3, "SM-DATA", 2)),
                new Module("NM-110", "Storingsanalyse met data", 3, levels("SM-STOR", 3)),
                new Module("NM-111", "Digitale quickscan van je bedrijf", 2, levels("SM-STRA", 2)),
                new Module("NM-112", "De business case van digitalisering", 3, levels("SM-STRA", 3)),
                new Module("NM-113", "Leercultuur in het mkb", 2, levels("SM-VERA", 2)),
                new Module("NM-114", "Cyberweerbaarheid voor de ondernemer", 2, levels("SM-CYBR", 3)),
                new Module("NM-115", "Kennismaken met cobots", 3, levels("SM-ROBO", 2)),
                new Module("NM-116", "Een cobot programmeren", 4, levels("SM-ROBO", 3, "SM-PLC", 2)),
                new Module("NM-117", "PLC-basis voor operators", 4, levels("SM-PLC", 2)),
                new Module("NM-118", "Productiedata op het scherm", 2, levels("SM-DASH", 2)),
                new Module("NM-119", "Een cobotcel omstellen", 3, levels("SM-ROBO", 3, "SM-PLC", 3)),
                new Module("NM-120", "Werkinstructies voor de cobotcel", 3, levels("SM-DOCU", 3)),
                new Module("NM-121", "Sturen op data en kengetallen", 3, levels("SM-DASH", 3, "SM-DATA", 2)),
                new Module("NM-122", "Samenwerken in de digitale keten", 2, levels("SM-KETN", 2)),
                new Module("NM-123", "Verandering leiden in je team", 3, levels("SM-VERA", 3)),
                new Module("NM-124", "Investeren in slimme productie", 4, levels("SM-STRA", 4, "SM-KETN", 3)));

        // NM-113 is an interchange station: it lies on both ondernemer lijnen
        List<Lijn> lijnen = List.of(
                new Lijn("ROOD", "Rode lijn - Smart Maintenance basis", "#D7263D", "SMT", 8, 20,
                        List.of("NM-101", "NM-102", "NM-103", "NM-104", "NM-105")),
                new Lijn("BLAUW", "Blauwe lijn - Data en sensoren", "#1F5FAD", "SMT", 8, 20,
                        List.of("NM-106", "NM-107", "NM-108", "NM-109", "NM-110")),
                new Lijn("GROEN", "Groene lijn - Digitale koers voor de ondernemer", "#2E9E4F", "DOND", 8, 20,
                        List.of("NM-111", "NM-112", "NM-113", "NM-114")),
                new Lijn("GEEL", "Gele lijn - Cobots in de productie", "#F2B705", "ODP", 8, 20,
                        List.of("NM-115", "NM-116", "NM-117", "NM-118", "NM-119", "NM-120")),
                new Lijn("PAARS", "Paarse lijn - Sturen met data", "#7B3FA0", "DOND", 6, 12,
                        List.of("NM-121", "NM-122", "NM-113", "NM-123", "NM-124")));

        List<Certificate> certificates = List.of(
                new Certificate("MBO-SM", "mbo-certificaat Smart Maintenance basis", "mbo-certificaat",
                        List.of("NM-101", "NM-102", "NM-103")),
                new Certificate("MBO-COBOT", "mbo-certificaat Werken met cobots", "mbo-certificaat",
                        List.of("NM-115", "NM-116", "NM-119")),
                new Certificate("BR-CBM", "Branchecertificaat Conditiebewaking", "branchecertificaat",
                        List.of("NM-106", "NM-107", "NM-109")));

        return new Catalogue(skills, profiles, modules, lijnen, certificates);
    }

    /** ESCO URIs are placeholders of the right shape (a stable name-based uuid), not real ESCO concepts. */
    private static Skill skill(String code, String name, boolean mapped) {
        String esco = mapped ? "http://data.europa.eu/esco/skill/"
                + UUID.nameUUIDFromBytes(("pps-smo:" + code).getBytes(StandardCharsets.UTF_8)) : null;
        return new Skill(code, name, esco);
    }

    private static List<SkillLevel> levels(Object... pairs) {
        SkillLevel[] out = new SkillLevel[pairs.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = new SkillLevel((String) pairs[2 * i], (Integer) pairs[2 * i + 1]);
        }
        return List.of(out);
    }
}
