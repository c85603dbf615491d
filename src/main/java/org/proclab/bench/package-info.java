/**
 * {@code proclab bench}: runs the same multi-process workloads with ProcLab's real worker JVMs (every
 * operation recorded in the event log) and with Python's multiprocessing, and prints them side by side.
 * The workloads themselves are in {@link org.proclab.bench.programs} and {@code bench/mp_bench.py}.
 */
package org.proclab.bench;
