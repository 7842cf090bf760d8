package nl.metrokaart.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * The report benchmark: the monthly report job on a warehouse of about a million enrolment rows,
 * timed without the application's start, with the peak heap it needed. Target: under 10 seconds
 * with a heap of at most 512 MB.
 */
public final class ReportBenchmark {

    public static final double TARGET_SECONDS = 10;
    public static final long TARGET_HEAP_MB = 512;

    private ReportBenchmark() {
    }

    public record Result(String month, long enrolmentRows, long runs, double seconds, long peakHeapBytes, long maxHeapBytes) {

        public boolean withinTarget() {
            return seconds < TARGET_SECONDS && (maxHeapBytes >> 20) <= TARGET_HEAP_MB;
        }

        public String table() {
            return String.format(Locale.ROOT, """
                    %-38s %14s
                    %-38s %,14d
                    %-38s %,14d
                    %-38s %14.2f s   (target: under %.0f s)
                    %-38s %,11d MB   (heap limit %,d MB; target: at most %d MB)
                    %-38s %14s
                    """,
                    "report month", month, "enrolment rows in the warehouse", enrolmentRows, "runs", runs,
                    "monthly report job", seconds, TARGET_SECONDS,
                    "peak JVM heap", peakHeapBytes >> 20, maxHeapBytes >> 20, TARGET_HEAP_MB,
                    "within target", withinTarget() ? "yes" : "NO");
        }

        public String json() {
            return String.format(Locale.ROOT, "{\"benchmark\":\"report\",\"month\":\"%s\",\"enrolment_rows\":%d,\"runs\":%d,"
                            + "\"report_seconds\":%.3f,\"peak_heap_mb\":%d,\"max_heap_mb\":%d,\"within_target\":%s}",
                    month, enrolmentRows, runs, seconds, peakHeapBytes >> 20, maxHeapBytes >> 20, withinTarget());
        }
    }

    /** Forgets the heap's peaks so far (the ingest before it, the application's start). */
    public static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    public static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
