/**
 * The playground's non-UI half: a student's own single-file program, compiled in the app's JVM with
 * {@code javax.tools}, in memory, against ProcLab's API ({@link org.proclab.playground.ProgramCompiler}); its
 * problems with their lines, in English and Chinese ({@link org.proclab.playground.Problem}); and the private
 * directory its classes are written to so the run's worker JVMs can load them
 * ({@link org.proclab.playground.RunDirectory}). No JavaFX here: the command line's {@code run --source} uses
 * it too, and the app's editor is {@code org.proclab.ui.playground}.
 */
package org.proclab.playground;
