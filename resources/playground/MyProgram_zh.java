import java.io.Serializable;
import org.proclab.mp.MP;
import org.proclab.mp.Process; // ProcLab 的 Process：按名字导入，因为 java.lang.Process 也叫这个名字
import org.proclab.mp.Queue;

/**
 * 你自己的程序。修改它，然后按“运行”：它的进程会显示在和课程相同的视图里。
 * 请按名字逐个导入 org.proclab.mp 的类：写 "import org.proclab.mp.*;" 会让 Process 有歧义。
 */
public class MyProgram {

    /** 你自己的类：它实现了 Serializable，所以可以在进程之间传递。 */
    record Greeting(String from, long pid) implements Serializable {}

    public static void main(String[] args) {
        Queue<Greeting> greetings = new Queue<>();
        Process child = new Process("child", () -> greetings.put(new Greeting("child", MP.getpid())));
        child.start();
        Greeting g = greetings.get();   // 在这里等待，直到子进程放入它的问候
        System.out.println("main got a greeting from " + g.from() + " (pid " + g.pid() + ")");
        child.join();
        System.out.println("main done");
    }
}
