package org.proclab.programs.flood;

/**
 * Prints {@code $FLOOD_MB} megabytes (1024 unless set) of 100-byte lines as fast as it can, for measuring what a flood of
 * output costs the app (see {@code org.proclab.ui.AppFlood}).
 */
public class PrintsALot {
    public static void main(String[] args) {
        long bytes = Long.parseLong(System.getenv().getOrDefault("FLOOD_MB", "1024")) << 20;
        String pad = "z".repeat(88);
        StringBuilder sb = new StringBuilder(1 << 16);
        for (long n = 0; n * 100 < bytes; n++) {
            sb.append(String.format("%010d ", n)).append(pad).append('\n');
            if (sb.length() >= 1 << 15) {
                System.out.print(sb);
                sb.setLength(0);
            }
        }
        System.out.print(sb);
        System.out.flush();
    }
}
