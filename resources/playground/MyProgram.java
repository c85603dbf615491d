import java.io.Serializable;
import org.proclab.mp.MP;
import org.proclab.mp.Process; // ProcLab's Process: import it by name, since java.lang.Process has the same name
import org.proclab.mp.Queue;

/**
 * Your own program. Edit it, then press Run: its processes show in the same views as the lessons'.
 * Import each class of org.proclab.mp by name: "import org.proclab.mp.*;" makes Process ambiguous.
 */
public class MyProgram {

    /** A class of your own: it can travel between processes because it is Serializable. */
    record Greeting(String from, long pid) implements Serializable {}

    public static void main(String[] args) {
        Queue<Greeting> greetings = new Queue<>();
        Process child = new Process("child", () -> greetings.put(new Greeting("child", MP.getpid())));
        child.start();
        Greeting g = greetings.get();   // waits here until the child has put its greeting
        System.out.println("main got a greeting from " + g.from() + " (pid " + g.pid() + ")");
        child.join();
        System.out.println("main done");
    }
}
