package nl.metrokaart.sampledata;

/** Word lists for fictional people and companies in the east of the Netherlands. */
final class DutchNames {

    private DutchNames() {
    }

    static final String[] FIRST_NAMES = {
        "Jan", "Pieter", "Sanne", "Lotte", "Daan", "Bram", "Ruben", "Thijs", "Stijn", "Lars", "Joris", "Henk",
        "Gerrit", "Bert", "Wim", "Anouk", "Femke", "Iris", "Eva", "Lisa", "Marloes", "Esther", "Ingrid", "Marieke",
        "Linda", "Mohamed", "Yusuf", "Emre", "Fatima", "Sem", "Jesse", "Niels", "Koen", "Rik", "Tim", "Sven",
        "Maarten", "Erik", "Frank", "Rob", "Martijn", "Bas", "Jeroen", "Mark", "Dennis", "Kevin", "Robin", "Sophie",
        "Noor", "Fleur", "Zoë", "Chloë", "Noël", "José", "Gijs", "Hidde", "Wouter", "Twan", "Ilse", "Mirjam",
        "Hanneke", "Jolien", "Tom", "Luuk", "Annelies", "Gert-Jan", "Harm", "Jort", "Nadia", "Sarah"
    };

    /** Surnames as written after a first name ("de Vries"); capitalised when they open a company name. */
    static final String[] SURNAMES = {
        "de Vries", "van den Berg", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
        "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "de Graaf",
        "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen",
        "van den Broek", "de Bruijn", "van der Heijden", "Schouten", "van Beek", "Willems", "van Vliet", "Hoekstra",
        "Maas", "Verhoeven", "Koster", "van Dam", "Prins", "Blom", "Huisman", "de Jong", "Kuipers", "Wolters",
        "Nijhuis", "Oude Luttikhuis", "ter Horst", "ten Brinke", "Leferink", "Kamphuis", "Wiggers", "Roelofs",
        "Hulshof", "Lammers", "Groot Wassink", "Klein Gunnewiek", "te Lintelo", "'t Hart", "Yılmaz", "Öztürk",
        "El Amrani", "Kaya", "Nowak", "Bosman", "Eshuis", "Scholten", "Wissink", "Heijink"
    };

    static final String[] REGIONS = {"Twente", "Achterhoek", "Stedendriehoek", "Regio Zwolle", "Arnhem-Nijmegen"};

    static final String[][] PLACES = {
        {"Enschede", "Hengelo", "Almelo", "Oldenzaal", "Borne", "Haaksbergen", "Rijssen", "Goor"},
        {"Doetinchem", "Winterswijk", "Lichtenvoorde", "Aalten", "Groenlo", "Ulft", "Borculo"},
        {"Apeldoorn", "Deventer", "Zutphen", "Lochem", "Twello", "Epe"},
        {"Zwolle", "Kampen", "Hardenberg", "Dalfsen", "Ommen", "Heerde"},
        {"Arnhem", "Nijmegen", "Wijchen", "Duiven", "Westervoort", "Elst", "Druten"}
    };

    static final String[] REGION_ADJECTIVES = {"Twentse", "Achterhoekse", "Veluwse", "Zwolse", "Gelderse"};

    static final String[] SECTORS = {"metaal", "machinebouw", "kunststof", "elektrotechniek", "voedingsmiddelen"};
    static final double[] SECTOR_WEIGHTS = {0.35, 0.20, 0.15, 0.15, 0.15};

    static final String[][] ACTIVITIES = {
        {"Metaaltechniek", "Metaalbewerking", "Plaatwerk", "Precisietechniek", "Lastechniek", "Verspaning",
            "Constructiewerk"},
        {"Machinebouw", "Machinefabriek", "Aandrijftechniek", "Automatisering", "Transportsystemen"},
        {"Kunststoffen", "Kunststoftechniek", "Spuitgietwerk", "Composieten"},
        {"Elektrotechniek", "Besturingstechniek", "Paneelbouw", "Elektronica"},
        {"Vleeswaren", "Zuivel", "Bakkerij", "Voedingsmiddelen", "Snacks"}
    };

    /** SBI codes per sector, written as the KvK prints them. */
    static final String[][] SBI = {
        {"25.11", "25.50", "25.62", "25.99"},
        {"28.29", "28.41", "28.99"},
        {"22.21", "22.22", "22.29"},
        {"27.12", "27.90", "26.11", "33.14"},
        {"10.13", "10.51", "10.71", "10.89"}
    };

    static final String[] HOUSE_NAMES = {"Hoop", "Eendracht", "Vooruitgang", "Toekomst", "Vonk", "Zaaier"};
}
