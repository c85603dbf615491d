package org.proclab.ui.i18n;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kernel's deadlock explanation in the UI language. The kernel writes it in English (trace files and
 * the command line keep that), from a handful of fixed phrases; this rewrites those phrases in Chinese,
 * keeping names, pids, objects and file:line as they are. A text that does not match them stays English.
 */
public final class DeadlockTexts {
    private static final String WHO = "(\\S+(?: \\(pid \\d+\\))?)";
    private static final String NAMES = "([^()]*?(?:\\(pid \\d+\\)[^()]*?)*)";

    private record Rule(Pattern p, String zh) {}

    // most specific first; each works on what the ones before left
    private static final List<Rule> RULES = List.of(
            rule("^no process can go on\\. ", "没有进程能继续。"),
            rule(WHO + " waits in (.+?)( \\(\\S+:\\d+\\))?(?=, which|, but|\\.(?: |$)|$)", "$1 在 $2$3 处等待"),
            rule(", which can never return: the only write handles of (\\S+) still open are held by " + NAMES
                    + "(?=\\. |\\.$)", "，它永远不会返回：$1 仍然打开的写端句柄只在 $2 手里"),
            rule("\\. (\\S+) never closed its own copy of the write end (\\S+), so it keeps its own pipe from reaching end-of-file",
                    "。$1 从未关闭它自己的写端副本 $2，所以它让自己的管道永远到不了文件结束"),
            rule(", which can never return: (\\S+) is held by " + WHO + ", which has ended, and the processes that could release it \\("
                    + NAMES + "\\) are waiting too", "，它永远不会返回：$1 被 $2 持有，而该进程已经结束；能释放它的进程（$3）也都在等待"),
            rule(", which can never return: (\\S+) is held by " + WHO + ", and the processes that could release it \\("
                    + NAMES + "\\) are waiting too", "，它永远不会返回：$1 被 $2 持有，而能释放它的进程（$3）也都在等待"),
            rule(", which can never return: the processes that hold (\\S+) \\(" + NAMES + "\\) are all waiting",
                    "，它永远不会返回：持有 $1 的进程（$2）都在等待"),
            rule(", but (\\S+) is waiting too", "，但 $1 也在等待"),
            rule(" itself\\b", " 自己"),
            rule("\\bno running process\\b", "没有正在运行的进程"),
            rule("\\bthat process\\b", "该进程"),
            rule("\\ba process\\b", "某个进程"),
            rule("\\. ", "。"),
            rule("\\.$", "。"));

    private DeadlockTexts() {}

    private static Rule rule(String regex, String zh) {
        return new Rule(Pattern.compile(regex), zh);
    }

    /** The explanation for a reader of {@code locale}: English as written, Chinese rewritten phrase by phrase. */
    public static String in(Locale locale, String english) {
        if (english == null || english.isEmpty() || !"zh".equals(locale.getLanguage())) {
            return english;
        }
        String s = english;
        for (Rule r : RULES) {
            s = r.p.matcher(s).replaceAll(r.zh);
        }
        // a phrase the rules do not know: better all English than a mix the reader cannot follow
        return s.matches(".*\\b(waits|never|held|which|return|process can)\\b.*") ? english : s;
    }
}
