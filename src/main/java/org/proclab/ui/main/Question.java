package org.proclab.ui.main;

/**
 * Something the window must ask before it acts: the view model says what, the window asks in the user's
 * language and calls {@link MainViewModel#answer} with the choice.
 *
 * @param kind  what is asked
 * @param onYes what happens on the first choice ("Stop and switch", "Run without predicting")
 * @param onNo  what happens on the second ("Stay", "Answer first"), also when the question is dismissed
 */
public record Question(Kind kind, Runnable onYes, Runnable onNo) {
    public enum Kind {
        /** Another lesson was picked while a run goes on, waits for a prediction or is held in step mode. */
        STOP_RUN_FOR_LESSON("stopRun"),
        /** Run was pressed while the card asks its question before the run. */
        RUN_WITHOUT_PREDICTING("skipPrediction"),
        /** The editor's program has unsaved edits, and another program or closing the window would drop them. */
        DISCARD_PROGRAM("discardProgram"),
        /** The editor or the lesson was asked for while a run goes on. */
        STOP_RUN_FOR_PROGRAM("stopRunForProgram");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The key part of the question's texts: {@code question.<id>.title}, {@code .text}, {@code .yes}, {@code .no}. */
        public String id() {
            return id;
        }
    }
}
