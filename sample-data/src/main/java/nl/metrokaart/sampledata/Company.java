package nl.metrokaart.sampledata;

/** A company in the pps network. kvk is text: eight digits, leading zeros kept. */
record Company(int index, String kvk, String name, String sbi, String sector, int employees, String region,
               String domain) {

    enum SizeClass { MICRO, KLEIN, MIDDEL, GROOT }

    SizeClass sizeClass() {
        if (employees < 10) {
            return SizeClass.MICRO;
        }
        if (employees < 50) {
            return SizeClass.KLEIN;
        }
        return employees < 250 ? SizeClass.MIDDEL : SizeClass.GROOT;
    }
}
