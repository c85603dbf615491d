/**
 * Runs one program several times, each a real run with real processes, and groups the runs by what they
 * printed and how they ended: the spread of orders and outcomes a lesson shows after a prediction.
 * No JavaFX here; the app's view of it is {@code org.proclab.ui.spread}.
 */
package org.proclab.spread;
