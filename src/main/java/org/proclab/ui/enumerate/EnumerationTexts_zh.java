package org.proclab.ui.enumerate;

import java.util.ListResourceBundle;

/** The enumeration view's texts in Chinese. */
public final class EnumerationTexts_zh extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {"placeholder", "带上几个目录运行第 6 课。任务的每个版本都会显示在这里：每个目录一根条形，随着进程找到文件而增长；"
                    + "各版本的用时并排显示。"},
            {"version.one-process", "单个进程"},
            {"version.many-processes", "每个目录一个进程"},
            {"version.pool", "进程池"},
            {"version.batches-of-1000", "每批 1000 个路径"},
            {"version.one-per-file", "每个文件一条消息"},
            {"processes", "{0,choice,0#进程数：\u2014|1#{0} 个进程}"},
            {"phase.WAITING", "等待中"},
            {"phase.RUNNING", "运行中"},
            {"phase.FINISHED", "已完成"},
            {"lane.worker", "{0} \u00b7 pid {1,number,#}"},
            {"lane.files", "{0,number,integer}"},
            {"lane.unreadable", "{0,number,integer} 个无法读取"},
            {"lane.none", "还没有目录"},
            {"total", "{0,number,integer} 个文件"},
            {"time", "{0,number,integer} 毫秒"},
            {"time.unknown", "\u2014 毫秒"},
            {"fastest", "最快"},
        };
    }
}
