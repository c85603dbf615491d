package org.proclab.ui.ipc;

import java.util.ListResourceBundle;

/** The IPC views' texts in Chinese. */
public final class IpcTexts_zh extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {"lane.pid", "pid {0}"},
            {"lane.ended", "已结束"},
            {"lane.endedHow", "已结束：{0}"},

            {"pipe.placeholder", "还没有管道。每个 Pipe.open() 都会显示在这里：它的两端、每个进程持有的每一端的句柄（打开或已关闭），以及传输中的消息。"},
            {"pipe.duplex", "双向"},
            {"pipe.simplex", "单向（duplex=false）"},
            {"pipe.summary", "{0} 个句柄，{1} 个打开"},
            {"pipe.end0", "端 0 \u00b7 first()"},
            {"pipe.end1", "端 1 \u00b7 second()"},
            {"pipe.both", "可发送可接收"},
            {"pipe.recvOnly", "只接收"},
            {"pipe.sendOnly", "只发送"},
            {"pipe.inFlight", "传输中的消息"},
            {"pipe.toEnd", "发往端 {0}"},
            {"pipe.nothing", "空"},
            {"pipe.more", "还有 {0} 条"},
            {"pipe.messageTip", "消息 #{0}：{1}\n由 {2} 从 {3} 发送，尚未被接收"},

            {"handle.open", "打开"},
            {"handle.closed", "已关闭"},
            {"handle.none", "无句柄"},
            {"handle.how.create", "在此创建"},
            {"handle.how.fork", "副本（fork）"},
            {"handle.how.spawn", "副本（spawn）"},
            {"handle.how.received", "收到的"},
            {"handle.closedBy.close", "由 close() 关闭"},
            {"handle.closedBy.exit", "关闭：进程已结束"},
            {"handle.blocked", "{0} 阻塞中"},
            {"handle.stuck", "{0} 永远不会返回"},
            {"handle.stuckEnded", "{0} 始终没有返回"},
            {"handle.eof", "EOF"},
            {"handle.eofTip", "recv() 在这里抛出了 EOFError：另一端的每个写句柄（在每个进程中）都已关闭"},
            {"handle.culprit", "\u26a0 使管道保持打开"},
            {"handle.culpritTip", "发现死锁时这个写句柄仍然打开：只要它打开，另一端的读者就永远看不到文件结束。"},
            {"handle.tip", "{0} 持有的 {1} 句柄：{2}"},

            {"deadlock.title", "死锁：没有进程能继续运行"},

            {"queue.placeholder", "还没有队列。每个 new Queue() 都会显示在这里，包括其中等待的元素和阻塞在 get() 或 put() 中的进程。"},
            {"queue.unbounded", "无上限"},
            {"queue.bounded", "maxsize {0}"},
            {"queue.size", "{0} 个元素"},
            {"queue.full", "已满"},
            {"queue.put", "put"},
            {"queue.get", "get"},
            {"queue.empty", "空"},
            {"queue.getters", "阻塞在 get()："},
            {"queue.putters", "阻塞在 put()："},
            {"queue.lastGet", "最近一次 get：{0} 取走了 {1}"},
            {"queue.counts", "放入 {0} \u00b7 取出 {1}"},
            {"queue.itemTip", "元素 #{0}：{1}\n由 {2} 放入"},
            {"queue.holders", "持有者："},

            {"lock.placeholder", "还没有锁。每个 new Lock()（以及每个共享 Value 自带的锁）都会显示在这里，包括持有者和等待它的进程。"},
            {"lock.free", "空闲"},
            {"lock.heldBy", "由 {0} 持有"},
            {"lock.heldByDead", "由 {0} 持有，但它已结束"},
            {"lock.deadHint", "在某个进程释放它之前，它一直是锁住的。"},
            {"lock.waiters", "在 acquire() 中等待："},
            {"lock.noWaiters", "没有进程在等待"},
            {"lock.valueLock", "{0} 自带的锁（getLock()）"},
            {"lock.acquisitions", "已获取 {0} 次"},

            {"value.placeholder", "还没有共享值。每个 Value.ofInt(...) 都会显示在这里，包括它的值和每一次读写。"},
            {"value.type.i", "int"},
            {"value.type.l", "long"},
            {"value.type.d", "double"},
            {"value.initial", "初始值 {0}"},
            {"value.lastWriter", "最后由 {0} 写入"},
            {"value.neverWritten", "尚未写入"},
            {"value.counts", "读 {0} 次 \u00b7 写 {1} 次"},
            {"value.lost", "丢失的更新：{0}"},
            {"value.history", "读写记录，最早的在前"},
            {"value.read", "读到"},
            {"value.write", "写入"},
            {"value.basedOn", "（之前读到 {0}）"},
            {"value.lostTag", "丢失：在 #{0} 被覆盖"},
            {"value.staleTag", "基于过期的读：覆盖了 {0}"},
            {"value.staleReadTag", "使用前已过期"},
            {"value.earlier", "更早的 {0} 次读写未显示"},
        };
    }
}
