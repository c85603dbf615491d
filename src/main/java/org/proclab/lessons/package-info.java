/** The programs of ProcLab's lessons, written against {@link org.proclab.mp} for students to read. */
package org.proclab.lessons;
