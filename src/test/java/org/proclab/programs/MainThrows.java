package org.proclab.programs;

/** A main program that fails. */
public class MainThrows {
    public static void main(String[] args) {
        throw new IllegalArgumentException("bad input in main");
    }
}
