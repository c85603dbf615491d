package org.proclab.programs.spread;

import java.nio.file.Files;
import java.nio.file.Path;
import org.proclab.mp.MP;
import org.proclab.mp.Process;

/**
 * Prints its pid, starts a child that prints its pid and its parent's, then a final value: 13 on every
 * third run, 20 otherwise. The run is counted in the file named by the first argument, so repeated runs
 * have a known spread; a second argument "fail" makes the third run exit with code 1.
 */
public class EveryThirdDiffers {
    public static void main(String[] args) throws Exception {
        Path counter = Path.of(args[0]);
        int n = Files.exists(counter) ? Integer.parseInt(Files.readString(counter).strip()) + 1 : 1;
        Files.writeString(counter, Integer.toString(n));
        System.out.println("main pid " + MP.getpid() + " took 12 ms to start");
        Process child = new Process("child", () -> System.out.println("child " + MP.getpid() + " of " + MP.getppid()));
        child.start();
        child.join();
        boolean third = n % 3 == 0;
        System.out.println("final value: " + (third ? 13 : 20));
        System.out.println("done");
        if (third && args.length > 1 && "fail".equals(args[1])) {
            System.exit(1);
        }
    }
}
