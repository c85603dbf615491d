package org.proclab.trace;

/**
 * An event's time as a trace writes it ({@code t_ms}): milliseconds with the microseconds after the point,
 * trailing zeros dropped but one ({@code 1.5}, {@code 12.0}, {@code 0.001}). The same digits
 * {@code Double.toString} gives for such a number below 10,000,000 ms, written into a buffer: formatting
 * a double was a tenth of the trace writer's time in a flood, and made a String per event.
 */
final class MillisText {
    /** Enough for any long number of microseconds: 19 digits, a point and a sign. */
    static final int MAX_CHARS = 24;

    private MillisText() {}

    /** Writes {@code nanos}, rounded to whole microseconds, as milliseconds into {@code out}; returns the length. */
    static int write(long nanos, char[] out) {
        // half a microsecond up, as Math.round(nanos / 1000.0) did, without a double's rounding of huge times
        long micros = Math.floorDiv(nanos, 1000) + (Math.floorMod(nanos, 1000) >= 500 ? 1 : 0);
        boolean negative = micros < 0;
        long abs = Math.abs(micros); // micros is at least Long.MIN_VALUE / 1000: its absolute value fits
        long whole = abs / 1000;
        int frac = (int) (abs % 1000);
        int n = 0;
        if (negative) {
            out[n++] = '-';
        }
        n = digits(whole, out, n);
        out[n++] = '.';
        if (frac == 0) {
            out[n++] = '0';
            return n;
        }
        out[n++] = (char) ('0' + frac / 100);
        if (frac % 100 != 0) {
            out[n++] = (char) ('0' + frac / 10 % 10);
            if (frac % 10 != 0) {
                out[n++] = (char) ('0' + frac % 10);
            }
        }
        return n;
    }

    private static int digits(long v, char[] out, int at) {
        int len = 1;
        for (long t = v; t >= 10; t /= 10) {
            len++;
        }
        for (int i = at + len - 1; i >= at; i--) {
            out[i] = (char) ('0' + v % 10);
            v /= 10;
        }
        return at + len;
    }
}
