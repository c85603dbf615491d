/**
 * Marks each call of ProcLab's API in a program's class files with its file and line
 * ({@link org.proclab.marking.CallSiteMarker}, with ASM), so the operation a call makes in a worker JVM reads its
 * line from a note ({@code org.proclab.worker.CallSites}) instead of looking it up on the stack. Done before any
 * worker runs the classes, where ASM is at hand: by the build for the lessons and benchmark programs
 * ({@link org.proclab.marking.MarkClasses}, in Maven's {@code process-classes} phase), by the app for the classes
 * the playground compiles. Workers never load ASM: their start stays as fast.
 */
package org.proclab.marking;
