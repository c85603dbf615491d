package org.proclab.bench.programs;

import java.util.Arrays;
import java.util.Locale;

/** Printing and arithmetic shared by the workload programs; nothing here touches the kernel. */
final class Report {
    private Report() {}

    /** The line {@code proclab bench} reads back from the event log. */
    static void result(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "RESULT %s %.3f %s", name, value, unit));
    }

    static double perSecond(long count, long nanos) {
        return count * 1e9 / nanos;
    }

    static double medianMillis(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        int n = s.length;
        double mid = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
        return mid / 1e6;
    }

    static int arg(String[] args, int i, int dflt) {
        return args.length > i ? Integer.parseInt(args[i]) : dflt;
    }

    static String name(String[] args, String dflt) {
        return args.length > 0 ? args[0] : dflt;
    }
}
