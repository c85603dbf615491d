package org.proclab.worker;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What every child does before its task's first line, done once ahead: rebuilding a serialized lambda
 * (object streams, the allow-list, the lambda factory: the costliest first step of a JVM here), a payload,
 * a stack walk and reading its parent's start instant. The archive's training run does it so the classes
 * land in the archive; a spare JVM does it while it waits, so the child it becomes finds them ready.
 */
final class WarmUp {
    private WarmUp() {}

    static void childPath() throws Exception {
        ChildTask task = () -> System.out.print("");
        Object back = Payloads.deserialize(Payloads.serialize(task));
        ((ChildTask) back).run();
        Payloads.decode(Payloads.encode(List.of(1, 2, 3)));
        Caller.find();
        ParentInfo.fromEnvironment(Map.of(ParentInfo.ENV_PID, "1", ParentInfo.ENV_NAME, "MainProcess",
                ParentInfo.ENV_START, Instant.now().toString()));
    }
}
