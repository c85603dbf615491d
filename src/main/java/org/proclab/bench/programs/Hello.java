package org.proclab.bench.programs;

/**
 * The trivial JVM of the {@code jvm_hello} row: {@code proclab bench} copies this class file alone into
 * a temporary directory and times {@code java -cp DIR org.proclab.bench.programs.Hello} from start to exit.
 */
public final class Hello {
    private Hello() {}

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
