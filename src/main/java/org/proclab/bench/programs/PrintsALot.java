package org.proclab.bench.programs;

/**
 * Prints 100-byte lines as fast as it can: {@code MEGABYTES} of them ({@code $FLOOD_MB}, else 1024), or
 * for {@code SECONDS} if given, whichever ends first. For measuring what a flood of output costs the app
 * ({@code proclab bench --ui}, and the test sources' {@code AppFlood}).
 * Args: [MEGABYTES [SECONDS]].
 */
public final class PrintsALot {
    private PrintsALot() {}

    public static void main(String[] args) {
        long bytes = megabytes(args) << 20;
        long until = deadline(args, 1);
        String pad = "z".repeat(88);
        StringBuilder sb = new StringBuilder(1 << 16);
        for (long n = 0; n * 100 < bytes; n++) {
            sb.append(String.format("%010d ", n)).append(pad).append('\n');
            if (sb.length() >= 1 << 15) {
                System.out.print(sb);
                sb.setLength(0);
                if (System.nanoTime() - until > 0) {
                    break;
                }
            }
        }
        System.out.print(sb);
        System.out.flush();
    }

    /** {@code args[0]}, else {@code $FLOOD_MB}, else 1024. */
    static long megabytes(String[] args) {
        return Long.parseLong(args.length > 0 ? args[0] : System.getenv().getOrDefault("FLOOD_MB", "1024"));
    }

    /** The {@link System#nanoTime()} at which to stop: {@code args[i]} seconds from now, or never. */
    static long deadline(String[] args, int i) {
        double seconds = args.length > i ? Double.parseDouble(args[i]) : 1e6;
        return System.nanoTime() + (long) (seconds * 1e9);
    }
}
