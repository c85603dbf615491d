package org.proclab.lessons.enumerate;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Lesson 6 as a student might leave it after deleting every {@code println}: the same reports, and nothing
 * on standard output. The Enumeration view must show the same as for the lesson itself.
 */
public class QuietEnumerate {
    public static void main(String[] args) {
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        Enumerate.main(args);
    }
}
