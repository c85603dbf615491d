/**
 * The benchmark workloads, each a small program written against {@link org.proclab.mp} and run by
 * {@code proclab bench} as a real ProcLab session (a main JVM and child JVMs). Each prints
 * {@code RESULT <name> <value> <unit>} lines; {@code bench/mp_bench.py} runs the same workloads
 * with Python's multiprocessing and prints the same lines.
 */
package org.proclab.bench.programs;
