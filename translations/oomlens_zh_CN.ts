<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AnalysisDriver</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>standard input can be read only once</source>
        <translation>标准输入只能读取一次</translation>
    </message>
</context>
<context>
    <name>AnalysisFormat</name>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>pid %1 removed</source>
        <translation>移除 pid %1</translation>
    </message>
    <message>
        <source>pid %1 with oom_score_adj %2</source>
        <translation>pid %1 的 oom_score_adj 设为 %2</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <source>Kernel&apos;s victim ranking (badness formula of %1, confidence %2)</source>
        <translation>内核的受害进程排名 (%1 的 badness 公式，置信度 %2)</translation>
    </message>
    <message>
        <source>totalpages %1</source>
        <translation>totalpages %1</translation>
    </message>
    <message>
        <source>totalpages %1: %2</source>
        <translation>totalpages %1: %2</translation>
    </message>
    <message>
        <source>totalpages unknown</source>
        <translation>totalpages 未知</translation>
    </message>
    <message>
        <source>totalpages unknown: %1</source>
        <translation>totalpages 未知：%1</translation>
    </message>
    <message>
        <source>rank</source>
        <extracomment>Column headers of the victim ranking. &quot;points&quot; is what the kernel compares (oom_badness); &quot;oom_score&quot; is the kernel&apos;s /proc/&lt;pid&gt;/oom_score: keep it as is.</extracomment>
        <translation>排名</translation>
    </message>
    <message>
        <source>pid</source>
        <translation>pid</translation>
    </message>
    <message>
        <source>points</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>adj</source>
        <translation>adj</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>1 task in the table</source>
        <translation>表中有 1 个任务</translation>
    </message>
    <message>
        <source>%1 tasks in the table</source>
        <translation>表中有 %1 个任务</translation>
    </message>
    <message>
        <source>%1, %2 not eligible</source>
        <translation>%1，其中 %2 个不符合条件</translation>
    </message>
    <message>
        <source>No victim was predicted, and the kernel killed none.</source>
        <translation>未预测出受害进程，内核也未杀死任何进程。</translation>
    </message>
    <message>
        <source>Predicted victim: %1, the task the kernel selected.</source>
        <translation>预测的受害进程：%1，与内核选中的任务一致。</translation>
    </message>
    <message>
        <source>Predicted victim: %1, the task the kernel killed.</source>
        <translation>预测的受害进程：%1，与内核杀死的任务一致。</translation>
    </message>
    <message>
        <source>Predicted victim: %1, but the kernel killed %2.</source>
        <translation>预测的受害进程：%1，但内核杀死的是 %2。</translation>
    </message>
    <message>
        <source>Predicted victim: %1; the log does not say whom the kernel killed.</source>
        <translation>预测的受害进程：%1；日志未说明内核杀死了哪个进程。</translation>
    </message>
    <message>
        <source>No victim can be predicted, and the log does not say whom the kernel killed.</source>
        <translation>无法预测受害进程，日志也未说明内核杀死了哪个进程。</translation>
    </message>
    <message>
        <source>No victim can be predicted from this report; the kernel killed %1.</source>
        <translation>无法根据此报告预测受害进程；内核杀死了 %1。</translation>
    </message>
    <message>
        <source>No victim can be predicted from this report.</source>
        <translation>无法根据此报告预测受害进程。</translation>
    </message>
    <message>
        <source>totalpages is unknown: the prediction is the task with both the most memory and the highest oom_score_adj.</source>
        <translation>totalpages 未知：预测结果为内存占用最多且 oom_score_adj 最高的任务。</translation>
    </message>
    <message>
        <source>The score %1 printed for pid %2 matches the recomputed one.</source>
        <translation>为 pid %2 打印的得分 %1 与重新计算的结果一致。</translation>
    </message>
    <message>
        <source>The score %1 printed for pid %2 differs from the recomputed %3.</source>
        <translation>为 pid %2 打印的得分 %1 与重新计算的 %3 不同。</translation>
    </message>
    <message>
        <source>With the formula of %1 the prediction would be %2.</source>
        <translation>若采用 %1 的公式，预测结果将是 %2。</translation>
    </message>
    <message>
        <source>What-if: %1</source>
        <translation>假设分析：%1</translation>
    </message>
    <message>
        <source>pid %1 is not in the task table.</source>
        <translation>pid %1 不在任务表中。</translation>
    </message>
    <message>
        <source>No victim could be predicted.</source>
        <translation>无法预测受害进程。</translation>
    </message>
    <message>
        <source>The kernel would still pick %1.</source>
        <translation>内核仍会选择 %1。</translation>
    </message>
    <message>
        <source>The kernel would pick %1.</source>
        <translation>内核会选择 %1。</translation>
    </message>
    <message>
        <source>The kernel would pick %1 instead of %2.</source>
        <translation>内核会选择 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>%1 阶</translation>
    </message>
    <message>
        <source>order %1 (%2)</source>
        <translation>%1 阶 (%2)</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <source>%1 short by %2 and without a free block of order %3</source>
        <translation>%1 缺少 %2，且没有 %3 阶的空闲块</translation>
    </message>
    <message>
        <source>%1 without a free block of order %2</source>
        <translation>%1 没有 %2 阶的空闲块</translation>
    </message>
    <message>
        <source>%1 short by %2</source>
        <translation>%1 缺少 %2</translation>
    </message>
    <message>
        <source>zones up to %1, assumed</source>
        <translation>区域最高至 %1，为推测值</translation>
    </message>
    <message>
        <source>zones up to %1</source>
        <translation>区域最高至 %1</translation>
    </message>
    <message>
        <source>Zones against their watermarks for the order-%1 allocation (%2)</source>
        <translation>%1 阶分配时各区域与其水位线的对比 (%2)</translation>
    </message>
    <message>
        <source>— an atomic __GFP_HIGH request may dig below min by half and then a quarter</source>
        <translation>— 原子性的 __GFP_HIGH 请求可将 min 水位线先降低一半，再降低四分之一</translation>
    </message>
    <message>
        <source>— a __GFP_HIGH request may dig halfway below min</source>
        <translation>— __GFP_HIGH 请求可将 min 水位线降低一半</translation>
    </message>
    <message>
        <source>No zone in the report may serve this allocation.</source>
        <translation>报告中没有可满足此分配的区域。</translation>
    </message>
    <message>
        <source>No zone this allocation may use passes: %1.</source>
        <translation>此分配可用的区域均未通过检查：%1。</translation>
    </message>
    <message>
        <source>%1 passes the check at the moment of the report.</source>
        <translation>在报告时刻，%1 通过了检查。</translation>
    </message>
    <message>
        <source>%1 passes; %2.</source>
        <translation>%1 通过；%2。</translation>
    </message>
    <message>
        <source>Fails: %1.</source>
        <translation>未通过：%1。</translation>
    </message>
    <message>
        <source>Unknown for %1: the log lacks its numbers or its lowmem_reserve line.</source>
        <translation>%1 的结果未知：日志中缺少其数值或 lowmem_reserve 行。</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>usable free</source>
        <translation>可用空闲</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>reserve</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>needs more than</source>
        <translation>需多于</translation>
    </message>
    <message>
        <source>short by</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>largest free block</source>
        <translation>最大空闲块</translation>
    </message>
    <message>
        <source>not usable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>%1 (of %2)</source>
        <translation>%1 (原为 %2)</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>Fragmentation at order %1</source>
        <translation>%1 阶的碎片化</translation>
    </message>
    <message>
        <source>Unusable index: the share of free memory in blocks too small for the order. Fragmentation index: near 1, the allocation failed for fragmentation; near 0, for lack of memory; -1, a large enough block was free.</source>
        <translation>不可用指数：空闲内存中因块太小而无法满足该阶的部分所占的比例。碎片化指数：接近 1 表示分配因碎片化而失败；接近 0 表示因内存不足而失败；-1 表示当时有足够大的空闲块。</translation>
    </message>
    <message>
        <source>unusable index</source>
        <translation>不可用指数</translation>
    </message>
    <message>
        <source>fragmentation index</source>
        <translation>碎片化指数</translation>
    </message>
    <message>
        <source>anonymous memory</source>
        <translation>匿名内存</translation>
    </message>
    <message>
        <source>file cache</source>
        <translation>文件缓存</translation>
    </message>
    <message>
        <source>shmem / tmpfs</source>
        <translation>shmem / tmpfs</translation>
    </message>
    <message>
        <source>unevictable</source>
        <translation>不可驱逐</translation>
    </message>
    <message>
        <source>slab, reclaimable</source>
        <translation>slab，可回收</translation>
    </message>
    <message>
        <source>slab, unreclaimable</source>
        <translation>slab，不可回收</translation>
    </message>
    <message>
        <source>page tables</source>
        <translation>页表</translation>
    </message>
    <message>
        <source>kernel stacks</source>
        <translation>内核栈</translation>
    </message>
    <message>
        <source>hugetlb pages</source>
        <translation>hugetlb 页</translation>
    </message>
    <message>
        <source>socket buffers</source>
        <translation>套接字缓冲区</translation>
    </message>
    <message>
        <source>per-CPU memory</source>
        <translation>per-CPU 内存</translation>
    </message>
    <message>
        <source>kernel memory (kmem)</source>
        <translation>内核内存 (kmem)</translation>
    </message>
    <message>
        <source>unaccounted</source>
        <translation>未计入</translation>
    </message>
    <message>
        <source>Where the memory went in the memory cgroup (usage %1)</source>
        <translation>内存 cgroup 中的内存去向 (用量 %1)</translation>
    </message>
    <message>
        <source>Where the memory went (RAM %1)</source>
        <translation>内存去向 (RAM %1)</translation>
    </message>
    <message>
        <source>part</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Swap: %1 used, limit %2.</source>
        <translation>交换空间：已用 %1，限制为 %2。</translation>
    </message>
    <message>
        <source>Swap: none configured.</source>
        <translation>交换空间：未配置。</translation>
    </message>
    <message>
        <source>Swap: %1 used of %2.</source>
        <translation>交换空间：已用 %1，共 %2。</translation>
    </message>
    <message>
        <source>Swap: %1 used.</source>
        <translation>交换空间：已用 %1。</translation>
    </message>
    <message>
        <source>Swap: %1 in total, use unknown.</source>
        <translation>交换空间：共 %1，用量未知。</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>kernel OOM killer %1</source>
        <translation>内核 OOM Killer %1 次</translation>
    </message>
    <message>
        <source>userspace killer %1</source>
        <translation>用户态 killer %1 次</translation>
    </message>
    <message>
        <source>allocation failure %1</source>
        <translation>分配失败 %1 次</translation>
    </message>
    <message>
        <source>no cause found</source>
        <translation>未找到原因</translation>
    </message>
    <message>
        <source>%1 (pids %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <source>none (no process name was killed twice)</source>
        <translation>无 (没有同名进程被杀死两次或以上)</translation>
    </message>
    <message>
        <source>%1 (its limit hit %2 times)</source>
        <translation>%1 (触及限制 %2 次)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 without a date</source>
        <translation>%1 个无日期</translation>
    </message>
    <message>
        <source>boot %1</source>
        <translation>第 %1 次启动</translation>
    </message>
    <message>
        <source>boot %1 of %2</source>
        <translation>%2 的第 %1 次启动</translation>
    </message>
    <message>
        <source>%1 without a kernel timestamp</source>
        <translation>%1 个无内核时间戳</translation>
    </message>
    <message>
        <source>wall clock</source>
        <translation>挂钟时间</translation>
    </message>
    <message>
        <source>kernel timestamps</source>
        <translation>内核时间戳</translation>
    </message>
    <message>
        <source>wall clock and kernel timestamps</source>
        <translation>挂钟时间和内核时间戳</translation>
    </message>
    <message>
        <source>min %1, median %2, max %3 (%4)</source>
        <translation>最短 %1，中位数 %2，最长 %3 (%4)</translation>
    </message>
    <message>
        <source>Across the %1 incidents</source>
        <translation>全部 %1 个事件汇总</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Primary causes</source>
        <translation>主要原因</translation>
    </message>
    <message>
        <source>Recurring victims</source>
        <translation>重复出现的受害进程</translation>
    </message>
    <message>
        <source>Recurring cgroups</source>
        <translation>重复出现的 cgroup</translation>
    </message>
    <message>
        <source>Recurring units</source>
        <translation>重复出现的单元</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Per boot</source>
        <translation>每次启动</translation>
    </message>
    <message>
        <source>Intervals</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>oom_score</source>
        <translation>oom_score</translation>
    </message>
</context>
<context>
    <name>Analyzer</name>
    <message>
        <source>not read: reading /proc/kmsg takes messages away from the system logger; use /dev/kmsg</source>
        <translation>未读取：读取 /proc/kmsg 会从系统日志服务处取走消息；请使用 /dev/kmsg</translation>
    </message>
    <message>
        <source>stopped looking after %1 entries; name the folder holding the logs</source>
        <translation>检查 %1 个条目后停止查找；请指定存放日志的目录</translation>
    </message>
    <message>
        <source>folders more than %1 levels deep were not searched</source>
        <translation>未搜索深度超过 %1 层的目录</translation>
    </message>
    <message>
        <source>no log files found in this folder</source>
        <translation>此目录中未找到日志文件</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>AppMenuBar</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Open the &amp;Live System</source>
        <translation>打开当前运行的系统(&amp;L)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel Loading</source>
        <translation>取消加载(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export Session…</source>
        <translation>导出会话(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Incident…</source>
        <translation>导出事件(&amp;I)…</translation>
    </message>
    <message>
        <source>Copy Incident as &amp;Text</source>
        <translation>将事件复制为文本(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <source>not a readable archive</source>
        <translation>不是可读取的归档</translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation>绝对路径</translation>
    </message>
    <message>
        <source>path leaves the archive (&quot;..&quot;)</source>
        <translation>路径超出归档范围 (&quot;..&quot;)</translation>
    </message>
    <message>
        <source>empty path</source>
        <translation>空路径</translation>
    </message>
    <message>
        <source>read error</source>
        <translation>读取错误</translation>
    </message>
    <message>
        <source>hard link (not followed)</source>
        <translation>硬链接 (未跟随)</translation>
    </message>
    <message>
        <source>symbolic link (not followed)</source>
        <translation>符号链接 (未跟随)</translation>
    </message>
    <message>
        <source>device or special file</source>
        <translation>设备或特殊文件</translation>
    </message>
    <message>
        <source>encrypted (not supported)</source>
        <translation>已加密 (不支持)</translation>
    </message>
</context>
<context>
    <name>ArchiveRootLoader</name>
    <message>
        <source>not a directory or a bundle archive</source>
        <translation>不是目录或数据包归档</translation>
    </message>
    <message numerus="yes">
        <source>The archive is damaged after %n member(s): %1</source>
        <translation>
            <numerusform>归档在第 %n 个成员之后已损坏：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: left out: %2</source>
        <translation>%1: 已略过：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: only the first %2 were loaded (the bundle limit for one file).</source>
        <translation>%1: 只加载了前 %2 (数据包对单个文件的限制)。</translation>
    </message>
    <message>
        <source>Only the first %1 of the bundle were loaded (the bundle size limit); later files are unknown.</source>
        <translation>只加载了数据包的前 %1 (数据包大小限制)；之后的文件情况未知。</translation>
    </message>
    <message>
        <source>the archive holds no proc/ or sys/ tree to read</source>
        <translation>归档中没有可读取的 proc/ 或 sys/ 目录树</translation>
    </message>
</context>
<context>
    <name>BadnessText</name>
    <message>
        <source>oom_score_adj is -1000: never killed</source>
        <translation>oom_score_adj 为 -1000：永远不会被杀死</translation>
    </message>
    <message>
        <source>oom_adj is -17 (OOM_DISABLE): never killed</source>
        <translation>oom_adj 为 -17 (OOM_DISABLE)：永远不会被杀死</translation>
    </message>
    <message>
        <source>init is never killed</source>
        <translation>init 永远不会被杀死</translation>
    </message>
    <message>
        <source>kernel threads and tasks without memory are never killed</source>
        <translation>内核线程和没有内存的任务永远不会被杀死</translation>
    </message>
    <message>
        <source>an earlier OOM kill already took this task (its memory was reaped)</source>
        <translation>此任务已被之前的一次 OOM 杀死 (其内存已被回收)</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>BuddyModel</name>
    <message>
        <source>Largest free order</source>
        <translation>最大空闲阶</translation>
    </message>
    <message>
        <source>Unusable free index (×10)</source>
        <translation>不可用指数 (×10)</translation>
    </message>
    <message>
        <source>Too small for order %1</source>
        <translation>小于 %1 阶</translation>
    </message>
    <message>
        <source>Free memory</source>
        <translation>空闲内存</translation>
    </message>
    <message>
        <source>Could serve order %1</source>
        <translation>可满足 %1 阶</translation>
    </message>
    <message>
        <source>Free blocks</source>
        <translation>空闲块数</translation>
    </message>
    <message>
        <source>No free block of order %1 or larger: this zone could not serve the allocation from its free lists without compaction.</source>
        <translation>没有 %1 阶或更大的空闲块：不进行内存规整，该区域无法从空闲链表满足这次分配。</translation>
    </message>
    <message numerus="yes">
        <source>%n free block(s) could serve order %1; the watermark check still decides whether the zone may hand one out.</source>
        <translation>
            <numerusform>有 %n 个空闲块可满足 %1 阶；区域能否分出其中一个仍由水位线检查决定。</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1]</source>
        <extracomment>the failed allocation&apos;s order on the histogram&apos;s axis, e.g. &quot;[3]&quot;</extracomment>
        <translation>[%1]</translation>
    </message>
</context>
<context>
    <name>BundleCollector</name>
    <message>
        <source>nice 19</source>
        <translation>nice 19</translation>
    </message>
    <message>
        <source>nice unchanged (%1)</source>
        <translation>nice 值未更改 (%1)</translation>
    </message>
    <message>
        <source>I/O class idle</source>
        <translation>I/O 调度类 idle</translation>
    </message>
    <message>
        <source>I/O priority unchanged (%1)</source>
        <translation>I/O 优先级未更改 (%1)</translation>
    </message>
    <message>
        <source>Collected as a regular user (uid %1): what only root may read is listed under leftOut; run as root for a complete bundle.</source>
        <translation>以普通用户 (uid %1) 身份收集：只有 root 可读的内容列在 leftOut 中；以 root 身份运行可获得完整的数据包。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an archive; collect reads a live system or a root directory</source>
        <translation>%1 是归档；collect 只读取运行中的系统或根目录</translation>
    </message>
    <message numerus="yes">
        <source>a read did not return within %n second(s) after the time limit</source>
        <translation>
            <numerusform>超过时间限制后，一次读取在 %n 秒内仍未返回</numerusform>
        </translation>
    </message>
    <message>
        <source>cgroup tree</source>
        <translation>cgroup 树</translation>
    </message>
    <message>
        <source>process table</source>
        <translation>进程表</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>not supported by this kernel (disabled at boot)</source>
        <translation>此内核不支持 (启动时已禁用)</translation>
    </message>
    <message numerus="yes">
        <source>the time limit of %n second(s) was reached</source>
        <translation>
            <numerusform>已达到 %n 秒的时间限制</numerusform>
        </translation>
    </message>
    <message>
        <source>larger than the per-file limit of %1; the start is kept</source>
        <translation>超过单文件限制 %1；保留了开头部分</translation>
    </message>
    <message>
        <source>the bundle size limit was reached</source>
        <translation>已达到数据包大小限制</translation>
    </message>
    <message>
        <source>cgroup mounts only</source>
        <translation>仅 cgroup 挂载项</translation>
    </message>
    <message>
        <source>Not the live system: no kernel log or journal was collected.</source>
        <translation>不是运行中的系统：未收集内核日志或 journal。</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>无条目</translation>
    </message>
    <message>
        <source>cut to %1: %2</source>
        <translation>截断至 %1：%2</translation>
    </message>
    <message>
        <source>the collection stopped first</source>
        <translation>收集在此之前已停止</translation>
    </message>
    <message>
        <source>more than %1 cgroups</source>
        <translation>超过 %1 个 cgroup</translation>
    </message>
    <message>
        <source>%1 processes, more than the limit of %2</source>
        <translation>%1 个进程，超过了 %2 的限制</translation>
    </message>
    <message numerus="yes">
        <source>the bundle size limit was reached after %n process(es)</source>
        <translation>
            <numerusform>收集 %n 个进程后已达到数据包大小限制</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>cannot start the archive</source>
        <translation>无法创建归档</translation>
    </message>
    <message>
        <source>cannot add %1</source>
        <translation>无法添加 %1</translation>
    </message>
    <message>
        <source>cannot write the manifest</source>
        <translation>无法写入清单 (manifest)</translation>
    </message>
    <message>
        <source>unexpected tar layout from libarchive</source>
        <translation>libarchive 生成了意外的 tar 布局</translation>
    </message>
    <message>
        <source>cannot compress the manifest</source>
        <translation>无法压缩清单</translation>
    </message>
    <message>
        <source>cannot finish the archive</source>
        <translation>无法完成归档</translation>
    </message>
    <message>
        <source>cannot write the archive: %1</source>
        <translation>无法写入归档：%1</translation>
    </message>
</context>
<context>
    <name>Cause</name>
    <message>
        <source>Unreclaimable kernel slab held %1 (%2 % of RAM), memory no process kill can free; this suggests a kernel memory leak.</source>
        <translation>不可回收的内核 slab 占用了 %1 (占 RAM 的 %2 %)，这部分内存无法通过杀死进程释放；这表明可能存在内核内存泄漏。</translation>
    </message>
    <message>
        <source>Unreclaimable kernel slab outgrew all user memory, which no process kill can free; this suggests a kernel memory leak.</source>
        <translation>不可回收的内核 slab 超过了全部用户内存，且无法通过杀死进程释放；这表明可能存在内核内存泄漏。</translation>
    </message>
    <message>
        <source> Largest caches: %1.</source>
        <translation> 占用最多的缓存：%1。</translation>
    </message>
    <message>
        <source>Shared memory and tmpfs held %1 (%2 % of RAM); killing a process frees it only if that process was its last user, and files in tmpfs stay.</source>
        <translation>共享内存和 tmpfs 占用了 %1 (占 RAM 的 %2 %)；只有当被杀死的进程是其最后一个使用者时才会释放，且 tmpfs 中的文件会保留。</translation>
    </message>
    <message>
        <source>%1 of RAM was reserved as huge pages (vm.nr_hugepages), which ordinary allocations and the OOM killer cannot use.</source>
        <translation>有 %1 的 RAM 被预留为大页 (vm.nr_hugepages)，普通分配和 OOM Killer 都无法使用这部分内存。</translation>
    </message>
    <message>
        <source>Transparent huge pages made up %1 of %2 anonymous memory; 2 MiB pages fill a limit in large steps and can hold memory that is barely used.</source>
        <translation>在 %2 匿名内存中，透明大页占了 %1；2 MiB 的页会以大步长填满限制，并可能占住几乎未被使用的内存。</translation>
    </message>
    <message>
        <source>%1 processes named %2 were running (%3 % of all tasks): a fork storm or a worker pool without a limit.</source>
        <translation>有 %1 个名为 %2 的进程在运行 (占所有任务的 %3 %)：可能是 fork 风暴或没有上限的工作进程池。</translation>
    </message>
    <message>
        <source>systemd-oomd killed %1 because swap use passed its limit of %2 %: %3 of %4 swap was in use.</source>
        <translation>systemd-oomd 杀死了 %1，因为交换空间用量超过了其 %2 % 的限制：%4 交换空间中已使用 %3。</translation>
    </message>
    <message>
        <source>systemd-oomd killed %1 because memory pressure in %2 was %3 %, above its limit of %4 % for more than %5.</source>
        <translation>systemd-oomd 杀死了 %1，因为 %2 中的内存压力为 %3 %，超过其 %4 % 的限制已达 %5 以上。</translation>
    </message>
    <message>
        <source> Available memory was %1 % and free swap %2 %.</source>
        <translation> 当时可用内存为 %1 %，空闲交换空间为 %2 %。</translation>
    </message>
    <message>
        <source>earlyoom sent %1 to %2 before the kernel ran out of memory.</source>
        <translation>earlyoom 在内核内存耗尽之前向 %2 发送了 %1。</translation>
    </message>
    <message>
        <source>nohang sent %1 to %2 before the kernel ran out of memory.</source>
        <translation>nohang 在内核内存耗尽之前向 %2 发送了 %1。</translation>
    </message>
    <message>
        <source>Someone started the OOM killer by hand (SysRq-f or /proc/sysrq-trigger); the memory state did not require a kill.</source>
        <translation>有人手动触发了 OOM Killer (SysRq-f 或 /proc/sysrq-trigger)；当时的内存状态并不需要杀死进程。</translation>
    </message>
    <message>
        <source>vm.panic_on_oom is set, so the kernel panicked (and rebooted or hung) instead of killing a process.</source>
        <translation>设置了 vm.panic_on_oom，因此内核发生了 panic (随后重启或挂起)，而不是杀死进程。</translation>
    </message>
    <message>
        <source>No process could be killed (all were protected, exiting or kernel threads), so the kernel panicked.</source>
        <translation>没有可杀死的进程 (全部受保护、正在退出或是内核线程)，因此内核发生了 panic。</translation>
    </message>
    <message>
        <source>No process could be killed: every candidate was protected (oom_score_adj −1000), already exiting, or a kernel thread.</source>
        <translation>没有可杀死的进程：每个候选进程要么受保护 (oom_score_adj −1000)，要么已在退出，要么是内核线程。</translation>
    </message>
    <message>
        <source>%1 could not allocate %2 contiguous (order %3, mode %4); the kernel gave up without killing a process and the caller saw an error.</source>
        <translation>%1 无法分配 %2 的连续内存 (%3 阶，mode %4)；内核未杀死进程便放弃了分配，调用方收到了错误。</translation>
    </message>
    <message>
        <source>A kernel path</source>
        <translation>某个内核路径</translation>
    </message>
    <message>
        <source>Kernel memory charged to cgroup %1 (%2 of its %3 usage) filled it: the limit was reached by kernel allocations such as page tables, sockets or dentries, not by the processes&apos; own memory.</source>
        <translation>计入 cgroup %1 的内核内存 (占其 %3 用量中的 %2) 将其占满：达到限制的是页表、套接字或 dentry 等内核分配，而不是进程自身的内存。</translation>
    </message>
    <message>
        <source>The cgroup %1 reached its limit of %2; the process was in its child cgroup %3, so the parent&apos;s limit (shared by everything below it) decided, not a limit of the child&apos;s own.</source>
        <translation>cgroup %1 达到了其 %2 的限制；该进程位于其子 cgroup %3 中，因此起决定作用的是父级的限制 (由其下的所有内容共享)，而不是子 cgroup 自身的限制。</translation>
    </message>
    <message>
        <source>The cgroup %1 reached its limit; the process was in its child cgroup %2, so the parent&apos;s limit (shared by everything below it) decided, not a limit of the child&apos;s own.</source>
        <translation>cgroup %1 达到了其限制；该进程位于其子 cgroup %2 中，因此起决定作用的是父级的限制 (由其下的所有内容共享)，而不是子 cgroup 自身的限制。</translation>
    </message>
    <message>
        <source>The cgroup %1 reached its memory limit; the kernel killed a process inside it.</source>
        <translation>cgroup %1 达到了其内存限制；内核杀死了其中的一个进程。</translation>
    </message>
    <message>
        <source>The allocation could only use NUMA node(s) %1 (%2), which had %3 free, while the system as a whole still had %4 free.</source>
        <translation>该分配可用的 NUMA 节点仅为 %1 (%2)，这些节点只有 %3 空闲，而整个系统仍有 %4 空闲。</translation>
    </message>
    <message>
        <source>of its cpuset</source>
        <translation>其 cpuset 中的节点</translation>
    </message>
    <message>
        <source>The allocation could only use NUMA node(s) %1 (%2), and they ran out of memory.</source>
        <translation>该分配可用的 NUMA 节点仅为 %1 (%2)，而这些节点的内存已耗尽。</translation>
    </message>
    <message>
        <source> The largest free block was %1 (order %2).</source>
        <translation> 最大的空闲块为 %1 (%2 阶)。</translation>
    </message>
    <message>
        <source> This kernel was built without compaction, so it could not defragment.</source>
        <translation> 此内核编译时未启用内存规整 (compaction)，因此无法进行碎片整理。</translation>
    </message>
    <message>
        <source>Zone %1 had %2 free, above what the allocation required (%3), but not as a contiguous block of %4 (order %5): memory was fragmented.</source>
        <translation>区域 %1 有 %2 空闲，高于此分配的要求 (%3)，但没有 %4 (%5 阶) 的连续块：内存已碎片化。</translation>
    </message>
    <message>
        <source>A kernel allocation needed low memory (the Normal zone of this 32-bit kernel), which had %1 free against a minimum of %2, while HighMem still had %3 free that the kernel cannot use for itself.</source>
        <translation>一次内核分配需要低端内存 (此 32 位内核的 Normal 区域)，其空闲量为 %1，而最低要求为 %2；HighMem 虽仍有 %3 空闲，但内核无法将其用于自身。</translation>
    </message>
    <message>
        <source>The whole system ran out of memory (a system-wide OOM: no cgroup limit or NUMA binding was involved).</source>
        <translation>整个系统的内存已耗尽 (系统级 OOM：不涉及 cgroup 限制或 NUMA 绑定)。</translation>
    </message>
    <message>
        <source>The whole system ran out of memory: the zones the allocation could use had %1 free, below the %2 they must keep.</source>
        <translation>整个系统的内存已耗尽：此分配可用的区域共有 %1 空闲，低于它们必须保留的 %2。</translation>
    </message>
    <message>
        <source>The system had no swap, so no anonymous memory could be moved out of RAM before a process had to be killed.</source>
        <translation>系统没有交换空间，因此在不得不杀死进程之前，无法将任何匿名内存移出 RAM。</translation>
    </message>
    <message>
        <source>Swap was full: %1 of %2 in use, so reclaim had nowhere left to put anonymous memory.</source>
        <translation>交换空间已满：%2 中已使用 %1，因此回收时已无处存放匿名内存。</translation>
    </message>
    <message>
        <source>%1 (pid %2) was chosen because of its oom_score_adj of +%3: %4 (pid %5) used more memory (%6 against %7) but had an adjustment of %8.</source>
        <translation>%1 (pid %2) 因其 oom_score_adj 为 +%3 而被选中：%4 (pid %5) 使用的内存更多 (%6 对 %7)，但其调整值为 %8。</translation>
    </message>
    <message>
        <source>%1 (pid %2) used more memory than the victim (%3 against %4) but its oom_score_adj of %5 protected it, so %6 (pid %7) was killed instead.</source>
        <translation>%1 (pid %2) 使用的内存比受害进程多 (%3 对 %4)，但值为 %5 的 oom_score_adj 保护了它，因此被杀死的是 %6 (pid %7)。</translation>
    </message>
    <message numerus="yes">
        <source>The cgroup %1 reached its memory limit of %2 (usage %3, the limit was hit %n time(s)); the kernel killed a process inside it.</source>
        <translation>
            <numerusform>cgroup %1 达到了其 %2 的内存限制 (用量 %3，已触及限制 %n 次)；内核杀死了其中的一个进程。</numerusform>
        </translation>
    </message>
    <message>
        <source>The cgroup %1 reached its memory limit of %2 (usage %3); the kernel killed a process inside it.</source>
        <translation>cgroup %1 达到了其 %2 的内存限制 (用量 %3)；内核杀死了其中的一个进程。</translation>
    </message>
    <message>
        <source>This is why the system ran out of memory; killing a process could not free it.</source>
        <translation>这正是系统内存耗尽的原因；杀死进程无法释放这部分内存。</translation>
    </message>
    <message>
        <source>This is why the system ran out of memory; killing %1 could not free it.</source>
        <translation>这正是系统内存耗尽的原因；杀死 %1 无法释放这部分内存。</translation>
    </message>
    <message>
        <source>systemd-oomd killed %1 because swap use passed its limit (SwapUsedLimit=); it chose the cgroup using the most swap. The log does not show the figures.</source>
        <translation>systemd-oomd 杀死了 %1，因为交换空间用量超过了其限制 (SwapUsedLimit=)；它选择了使用交换空间最多的 cgroup。日志中没有具体数值。</translation>
    </message>
    <message>
        <source>systemd-oomd killed %1 because memory pressure in %2 was %3 %, above its limit of %4 %.</source>
        <translation>systemd-oomd 杀死了 %1，因为 %2 的内存压力为 %3 %，超过了其 %4 % 的限制。</translation>
    </message>
    <message>
        <source>systemd-oomd killed %1; the log does not show its reason (memory pressure or swap use) or its figures.</source>
        <translation>systemd-oomd 杀死了 %1；日志中没有显示原因（内存压力或交换空间用量）及其数值。</translation>
    </message>
    <message>
        <source>an unknown gfp mask</source>
        <translation>未知的 gfp_mask</translation>
    </message>
    <message>
        <source>a slab cache</source>
        <translation>某个 slab 缓存</translation>
    </message>
    <message>
        <source>The %1 allocator could not grow %2 (mode %3); the kernel gave up without killing a process and the caller saw an error.</source>
        <translation>%1 分配器无法扩展 %2 (mode %3)；内核没有杀死任何进程就放弃了，调用方收到了错误。</translation>
    </message>
    <message>
        <source>%1 could not allocate memory (mode %2; the log does not show the size); the kernel gave up without killing a process and the caller saw an error.</source>
        <translation>%1 无法分配内存 (mode %2；日志中没有大小)；内核没有杀死任何进程就放弃了，调用方收到了错误。</translation>
    </message>
    <message>
        <source>Only NUMA node %1 ran out (%2 free, below its watermarks) while node(s) %3 still had %4 free: the task was bound to node %1 by a memory policy (mbind, set_mempolicy or numactl --membind), which this kernel does not print in its report.</source>
        <translation>只有 NUMA 节点 %1 耗尽（空闲 %2，低于其水位线），而节点 %3 仍有 %4 空闲：该任务被内存策略（mbind、set_mempolicy 或 numactl --membind）绑定到节点 %1，而此内核不会在报告中打印该策略。</translation>
    </message>
    <message>
        <source>A page fault failed because a memory cgroup refused to charge it (on cgroup v1 usually its kernel-memory limit), not because the host ran out: every zone was above its watermarks with %1 free. This kernel then ran the system-wide OOM killer from pagefault_out_of_memory().</source>
        <translation>页错误失败是因为内存 cgroup 拒绝了计费（在 cgroup v1 上通常是其内核内存限制），而不是主机内存耗尽：所有区域都高于水位线，共有 %1 空闲。此内核随后从 pagefault_out_of_memory() 运行了全系统的 OOM Killer。</translation>
    </message>
    <message>
        <source>A page fault in cgroup %1 failed because the cgroup refused to charge it (on cgroup v1 usually its kernel-memory limit), not because the host ran out: every zone was above its watermarks with %2 free. This kernel then ran the system-wide OOM killer from pagefault_out_of_memory().</source>
        <translation>cgroup %1 中的页错误失败是因为该 cgroup 拒绝了计费（在 cgroup v1 上通常是其内核内存限制），而不是主机内存耗尽：所有区域都高于水位线，共有 %2 空闲。此内核随后从 pagefault_out_of_memory() 运行了全系统的 OOM Killer。</translation>
    </message>
    <message>
        <source>Slab caches of the cgroup had failed to grow just before (%1).</source>
        <translation>在此之前，该 cgroup 的 slab 缓存刚刚扩展失败 (%1)。</translation>
    </message>
    <message>
        <source>not in the log</source>
        <translation>日志中没有</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <source>The log does not show why memory ran out. Checked: cgroup limits (%1), zone watermarks (%2), swap (%3), the task table (%4).</source>
        <extracomment>%1-%4: &quot;not in the log&quot; or &quot;nothing found&quot;, for each part of the report checked</extracomment>
        <translation>日志未显示内存耗尽的原因。已检查：cgroup 限制 (%1)、区域水位线 (%2)、交换空间 (%3)、任务表 (%4)。</translation>
    </message>
    <message>
        <source> Swap still had %1 of %2 free: more swap would not have prevented it.</source>
        <translation> 交换空间仍有 %1 空闲（共 %2）：增加交换空间也无法避免这次 OOM。</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <source>Chrome on ChromeOS closed %1 to free an estimated %2 when the system ran low on memory, before the kernel ran out.</source>
        <translation>ChromeOS 上的 Chrome 在系统内存不足时关闭了 %1，以释放估计 %2 的内存，发生在内核耗尽内存之前。</translation>
    </message>
    <message>
        <source>Android&apos;s low memory killer daemon (lmkd) killed %1, oom_score_adj %2, to free %3 before the kernel ran out of memory. The log does not show its reason.</source>
        <translation>Android 的低内存终止守护进程 (lmkd) 在内核耗尽内存之前终止了 %1（oom_score_adj %2），以释放 %3。日志中没有其原因。</translation>
    </message>
    <message>
        <source>The kernel&apos;s Android lowmemorykiller driver killed %1, oom_score_adj %2, to free %3 before the kernel ran out of memory. The log does not show its reason.</source>
        <translation>内核的 Android lowmemorykiller 驱动在内核耗尽内存之前终止了 %1（oom_score_adj %2），以释放 %3。日志中没有其原因。</translation>
    </message>
    <message>
        <source>Android&apos;s low memory killer daemon (lmkd) killed %1, oom_score_adj %2, to free %3 before the kernel ran out of memory; its reason: %4.</source>
        <translation>Android 的低内存终止守护进程 (lmkd) 在内核耗尽内存之前终止了 %1（oom_score_adj %2），以释放 %3；其原因：%4。</translation>
    </message>
    <message>
        <source>The kernel&apos;s Android lowmemorykiller driver killed %1, oom_score_adj %2, to free %3 before the kernel ran out of memory; its reason: %4.</source>
        <translation>内核的 Android lowmemorykiller 驱动在内核耗尽内存之前终止了 %1（oom_score_adj %2），以释放 %3；其原因：%4。</translation>
    </message>
    <message>
        <source>Slab caches of the cgroup kept failing to grow after the kill (%1).</source>
        <translation>在终止进程之后，该 cgroup 的 slab 缓存仍持续扩展失败 (%1)。</translation>
    </message>
    <message>
        <source>The kernel&apos;s Android lowmemorykiller driver killed %1 before the kernel ran out of memory; the log shows neither its reason nor the memory it freed.</source>
        <translation>内核的 Android lowmemorykiller 驱动在内核耗尽内存之前终止了 %1；日志中既没有其原因，也没有其释放的内存量。</translation>
    </message>
    <message>
        <source>The OpenVZ container with beancounter %1 reached its memory limit; the kernel killed a process inside it. The limit is set on the OpenVZ host (vzctl or prlctl set --ram), not in a cgroup of this system.</source>
        <translation>beancounter 为 %1 的 OpenVZ 容器达到了内存限制，内核杀死了其中的一个进程。该限制在 OpenVZ 主机上设置（vzctl 或 prlctl set --ram），不在本系统的 cgroup 中。</translation>
    </message>
</context>
<context>
    <name>CauseCard</name>
    <message>
        <source>%1 · primary cause</source>
        <translation>%1 · 主要原因</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Show line %1 in the log</source>
        <translation>在日志中显示第 %1 行</translation>
    </message>
</context>
<context>
    <name>CauseTitle</name>
    <message>
        <source>Memory cgroup limit reached</source>
        <translation>达到内存 cgroup 上限</translation>
    </message>
    <message>
        <source>A parent cgroup&apos;s limit reached</source>
        <translation>达到父 cgroup 的上限</translation>
    </message>
    <message>
        <source>Kernel memory (kmem) limit reached</source>
        <translation>达到内核内存 (kmem) 上限</translation>
    </message>
    <message>
        <source>The whole system ran out of memory</source>
        <translation>整个系统内存耗尽</translation>
    </message>
    <message>
        <source>Swap full</source>
        <translation>交换空间已满</translation>
    </message>
    <message>
        <source>No swap</source>
        <translation>没有交换空间</translation>
    </message>
    <message>
        <source>NUMA node out of memory</source>
        <translation>NUMA 节点内存耗尽</translation>
    </message>
    <message>
        <source>Memory fragmentation</source>
        <translation>内存碎片化</translation>
    </message>
    <message>
        <source>Memory reserved for huge pages</source>
        <translation>为大页预留的内存</translation>
    </message>
    <message>
        <source>Unreclaimable kernel slab</source>
        <translation>不可回收的内核 slab</translation>
    </message>
    <message>
        <source>Shared memory and tmpfs</source>
        <translation>共享内存与 tmpfs</translation>
    </message>
    <message>
        <source>Transparent huge pages</source>
        <translation>透明大页</translation>
    </message>
    <message>
        <source>Processes shielded by oom_score_adj</source>
        <translation>受 oom_score_adj 保护的进程</translation>
    </message>
    <message>
        <source>Fork storm</source>
        <translation>fork 风暴</translation>
    </message>
    <message>
        <source>Low memory exhausted (32-bit kernel)</source>
        <extracomment>The low memory zone of a 32-bit kernel (below HighMem).</extracomment>
        <translation>低端内存耗尽 (32 位内核)</translation>
    </message>
    <message>
        <source>Started by hand (SysRq)</source>
        <translation>手动触发 (SysRq)</translation>
    </message>
    <message>
        <source>Kernel panic on OOM</source>
        <translation>OOM 时内核 panic</translation>
    </message>
    <message>
        <source>No process could be killed</source>
        <translation>没有可终止的进程</translation>
    </message>
    <message>
        <source>systemd-oomd: memory pressure</source>
        <translation>systemd-oomd：内存压力</translation>
    </message>
    <message>
        <source>systemd-oomd: swap full</source>
        <translation>systemd-oomd：交换空间已满</translation>
    </message>
    <message>
        <source>Killed by earlyoom</source>
        <translation>被 earlyoom 终止</translation>
    </message>
    <message>
        <source>Killed by nohang</source>
        <translation>被 nohang 终止</translation>
    </message>
    <message>
        <source>Page allocation failure</source>
        <translation>页分配失败</translation>
    </message>
    <message>
        <source>Cause not determined</source>
        <translation>无法确定原因</translation>
    </message>
    <message>
        <source>Killed by Android&apos;s low memory killer</source>
        <translation>被 Android 低内存终止机制终止</translation>
    </message>
    <message>
        <source>Closed by ChromeOS on low memory</source>
        <translation>因内存不足被 ChromeOS 关闭</translation>
    </message>
</context>
<context>
    <name>CgroupTreeModel</name>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>limit hit</source>
        <translation>达到限制</translation>
    </message>
    <message>
        <source>victim&apos;s cgroup</source>
        <translation>受害进程的 cgroup</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Reading the cgroup hierarchy…</source>
        <translation>正在读取 cgroup 层级…</translation>
    </message>
    <message>
        <source>The report names no memory cgroup: a global OOM, or a kernel that does not print the victim&apos;s cgroup.</source>
        <translation>报告中没有内存 cgroup：这是全局 OOM，或者内核不输出受害进程的 cgroup。</translation>
    </message>
    <message>
        <source>The kernel printed &quot;limit of host&quot;: a system-wide OOM, not a cgroup limit.</source>
        <translation>内核输出了 &quot;limit of host&quot;：这是全系统的 OOM，而不是 cgroup 限制。</translation>
    </message>
    <message>
        <source>The limit of %1, an ancestor of the victim&apos;s cgroup %2, was hit.</source>
        <translation>达到了受害进程 cgroup %2 的祖先 %1 的限制。</translation>
    </message>
    <message>
        <source>The victim&apos;s own cgroup %1 hit its limit.</source>
        <translation>受害进程自身的 cgroup %1 达到了限制。</translation>
    </message>
    <message>
        <source>The victim ran in %1; no cgroup limit was hit.</source>
        <translation>受害进程运行在 %1 中；未达到任何 cgroup 限制。</translation>
    </message>
    <message>
        <source>No cgroup hierarchy is mounted.</source>
        <translation>未挂载任何 cgroup 层级。</translation>
    </message>
    <message numerus="yes">
        <source>Now: %n memory cgroup(s).</source>
        <translation>
            <numerusform>当前：%n 个内存 cgroup。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CgroupsPage</name>
    <message>
        <source>Cgroups</source>
        <translation>cgroup</translation>
    </message>
    <message>
        <source>Filter by name or unit</source>
        <translation>按名称或单元筛选</translation>
    </message>
    <message>
        <source>Filter cgroups</source>
        <translation>筛选 cgroup</translation>
    </message>
    <message>
        <source>Change limits…</source>
        <translation>修改限制…</translation>
    </message>
    <message>
        <source>Cgroup</source>
        <translation>cgroup</translation>
    </message>
    <message>
        <source>Usage / limit</source>
        <translation>用量 / 限制</translation>
    </message>
    <message>
        <source>memory.high</source>
        <translation>memory.high</translation>
    </message>
    <message>
        <source>Swap / limit</source>
        <translation>交换空间 / 限制</translation>
    </message>
    <message>
        <source>oom / oom_kill</source>
        <translation>oom / oom_kill</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>PSI some</source>
        <translation>PSI some</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>折叠</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>展开</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 / %2 · %3</source>
        <translation>%1 / %2 · %3</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>failcnt %1</source>
        <translation>failcnt %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--what-if: &quot;%1&quot; is not PID=ADJ or PID=remove</source>
        <translation>--what-if: &quot;%1&quot; 不是 PID=ADJ 或 PID=remove 格式</translation>
    </message>
    <message>
        <source>--what-if: &quot;%1&quot;: the adjustment must be -1000 to 1000 or remove</source>
        <translation>--what-if: &quot;%1&quot;: 调整值必须在 -1000 到 1000 之间，或为 remove</translation>
    </message>
    <message>
        <source>--what-if needs PID=ADJ or PID=remove</source>
        <translation>--what-if 需要 PID=ADJ 或 PID=remove 格式的参数</translation>
    </message>
    <message>
        <source>Finds every OOM incident (kernel OOM kills, systemd-oomd, earlyoom and nohang kills, page allocation failures) in the given logs and explains each one.</source>
        <translation>在给定的日志中查找每一个 OOM 事件 (内核 OOM 杀死、systemd-oomd、earlyoom 和 nohang 的杀死操作、页分配失败)，并逐一进行解释。</translation>
    </message>
    <message>
        <source>Output format: text (default), json or markdown.</source>
        <translation>输出格式：text (默认)、json 或 markdown。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Rank again as if the given tasks had another oom_score_adj (-1000..1000) or were gone, and print the new ranking and predicted victim of each report with a task table. May be repeated.</source>
        <translation>假设给定任务的 oom_score_adj 为另一个值 (-1000..1000) 或该任务已不存在，重新排名，并为每个带任务表的报告打印新的排名和预测的受害进程。可重复使用。</translation>
    </message>
    <message>
        <source>Log files (plain or compressed), directories, archives, sosreport or supportconfig bundles, journal files or exports; &quot;-&quot; reads standard input. Without PATH: the live system&apos;s kernel log.</source>
        <translation>日志文件 (普通或压缩)、目录、归档、sosreport 或 supportconfig 数据包、journal 文件或导出文件；&quot;-&quot; 表示读取标准输入。未指定 PATH 时：读取当前运行系统的内核日志。</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use text, json or markdown)</source>
        <translation>未知格式 &quot;%1&quot; (请使用 text、json 或 markdown)</translation>
    </message>
    <message>
        <source>no PATH given, reading the live system&apos;s kernel log: %1</source>
        <translation>未指定 PATH，正在读取当前运行系统的内核日志：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>--what-if: no kernel OOM report with a task table was found</source>
        <translation>--what-if: 未找到带任务表的内核 OOM 报告</translation>
    </message>
    <message>
        <source>Gathers what OOM Lens needs from this system — /proc and /sys memory files, the cgroup tree, the process table, the kernel log and the OOM-related journal entries — into one .tar.zst bundle to analyse elsewhere (&quot;oomlens-cli analyze BUNDLE&quot;, or drop it onto OOM Lens). Bounded in size and time, at the lowest CPU and I/O priority; see COLLECT.md for what is and is not included.</source>
        <translation>从本系统收集 OOM Lens 所需的信息——/proc 和 /sys 中的内存文件、cgroup 树、进程表、内核日志以及与 OOM 相关的 journal 条目——打包为一个 .tar.zst 数据包，以便在其他地方分析 (&quot;oomlens-cli analyze BUNDLE&quot;，或将其拖放到 OOM Lens 上)。大小和时间均有上限，并以最低的 CPU 和 I/O 优先级运行；包含和不包含哪些内容请参见 COLLECT.md。</translation>
    </message>
    <message>
        <source>Where to write the bundle (&quot;-&quot;: standard output). Default: oomlens-&lt;host&gt;-&lt;date&gt;.tar.zst in the current directory.</source>
        <translation>数据包的写入位置 (&quot;-&quot;：标准输出)。默认：当前目录下的 oomlens-&lt;host&gt;-&lt;date&gt;.tar.zst。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Stop reading after this many seconds (default 30).</source>
        <translation>读取超过此秒数后停止 (默认 30)。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>At most this many MiB before compression (default 64).</source>
        <translation>压缩前最多为此数量的 MiB (默认 64)。</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Collect from this root directory (a mounted image, a test fixture) instead of the live system; no kernel log or journal then.</source>
        <translation>从此根目录 (已挂载的镜像、测试夹具) 而不是运行中的系统收集；此时不收集内核日志和 journal。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>--time-limit: a number of seconds from 1 to 3600</source>
        <translation>--time-limit: 应为 1 到 3600 之间的秒数</translation>
    </message>
    <message>
        <source>--size-limit: a number of MiB from 1 to 4096</source>
        <translation>--size-limit: 应为 1 到 4096 之间的 MiB 数</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>已略过：%1</translation>
    </message>
    <message>
        <source>cut short: %1</source>
        <translation>已截断：%1</translation>
    </message>
    <message>
        <source>stopped early: %1</source>
        <translation>提前停止：%1</translation>
    </message>
    <message>
        <source>wrote %1: %2 files, %3 before compression%4, in %5 s</source>
        <translation>已写入 %1：%2 个文件，压缩前 %3%4，用时 %5 秒</translation>
    </message>
    <message>
        <source>the bundle to standard output</source>
        <translation>标准输出 (数据包)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令:</translation>
    </message>
    <message>
        <source>Run &quot;%1 &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation>运行 &quot;%1 &lt;command&gt; --help&quot; 查看某个命令的选项。</translation>
    </message>
    <message>
        <source>OOM Lens: finds Linux out-of-memory incidents in logs and explains them.</source>
        <translation>OOM Lens：在日志中查找 Linux 内存不足 (OOM) 事件并加以解释。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>要运行的命令。</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令 &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n kernel thread(s) and exited task(s) without memory are not listed: the OOM killer never chooses them (oom_score 0).</source>
        <translation>
            <numerusform>未列出 %n 个内核线程和已退出且没有内存的任务：OOM Killer 从不选择它们 (oom_score 0)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Victim ranking for a global OOM now, as Linux %1 ranks (formula of %2)</source>
        <translation>按 Linux %1 的方式计算的当前全局 OOM 受害进程排名 (%2 的公式)</translation>
    </message>
    <message>
        <source>Victim ranking for a global OOM on the system of %1, as Linux %2 ranks (formula of %3)</source>
        <translation>按 Linux %2 的方式计算的 %1 下系统的全局 OOM 受害进程排名 (%3 的公式)</translation>
    </message>
    <message>
        <source>totalpages %1 = RAM %2 + swap %3 (pages of %4 KiB)</source>
        <translation>totalpages %1 = RAM %2 + 交换空间 %3 (每页 %4 KiB)</translation>
    </message>
    <message>
        <source>Predicted victim: %1 (%2), oom_score %3</source>
        <translation>预测的受害进程：%1 (%2)，oom_score %3</translation>
    </message>
    <message>
        <source>Predicted victim: none (no task can be chosen)</source>
        <translation>预测的受害进程：无 (没有可选择的任务)</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>pid</source>
        <translation>pid</translation>
    </message>
    <message>
        <source>oom_score</source>
        <translation>oom_score</translation>
    </message>
    <message>
        <source>points</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>adj</source>
        <translation>adj</translation>
    </message>
    <message>
        <source>rss</source>
        <translation>rss</translation>
    </message>
    <message>
        <source>swap</source>
        <translation>交换空间</translation>
    </message>
    <message>
        <source>pgtables</source>
        <translation>pgtables</translation>
    </message>
    <message>
        <source>comm</source>
        <translation>comm</translation>
    </message>
    <message>
        <source>cgroup</source>
        <translation>cgroup</translation>
    </message>
    <message>
        <source>… %1 more (use --limit 0 for all)</source>
        <translation>… 还有 %1 个 (使用 --limit 0 显示全部)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注:</translation>
    </message>
    <message>
        <source>Ranks the processes as the kernel&apos;s OOM killer would for a global OOM right now: each task&apos;s points and the oom_score it predicts, highest first.</source>
        <translation>按内核 OOM Killer 在此刻发生全局 OOM 时的方式对进程排名：列出每个任务的分数及其预测的 oom_score，从高到低排列。</translation>
    </message>
    <message>
        <source>Write JSON (schema oomlens.rank/1) instead of a table.</source>
        <translation>输出 JSON (schema oomlens.rank/1) 而不是表格。</translation>
    </message>
    <message>
        <source>Show the first N tasks (0: all). Default: %1 in the table, all in JSON.</source>
        <translation>显示前 N 个任务 (0：全部)。默认：表格中显示 %1 个，JSON 中显示全部。</translation>
    </message>
    <message>
        <source>Rank the system below DIR (a collected bundle) instead of /.</source>
        <translation>对 DIR (已收集的数据包) 下的系统而不是 / 进行排名。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>意外的参数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--limit needs a number, 0 or more</source>
        <translation>--limit 需要一个大于或等于 0 的数</translation>
    </message>
    <message>
        <source>--with: unknown file &quot;%1&quot; (use stat, oom_score, cmdline, smaps_rollup or pagetypeinfo)</source>
        <translation>--with: 未知文件 &quot;%1&quot; (请使用 stat、oom_score、cmdline、smaps_rollup 或 pagetypeinfo)</translation>
    </message>
    <message>
        <source>Not read, to keep the snapshot fast and light: %1 (add them with --with). oom_score is predicted from status and oom_score_adj instead.</source>
        <translation>为使快照快速且轻量，未读取：%1 (可用 --with 添加)。oom_score 改为根据 status 和 oom_score_adj 预测。</translation>
    </message>
    <message>
        <source>Snapshot of %1 at %2 (Linux %3, host %4)</source>
        <translation>%1 的快照，时间 %2 (Linux %3，主机 %4)</translation>
    </message>
    <message>
        <source>Memory: total %1, available %2, free %3; swap total %4, free %5</source>
        <translation>内存：总计 %1，可用 %2，空闲 %3；交换空间总计 %4，空闲 %5</translation>
    </message>
    <message>
        <source>Memory pressure: some %1 % / full %2 % of the last 10 s</source>
        <translation>内存压力：最近 10 秒内 some %1 % / full %2 %</translation>
    </message>
    <message>
        <source>node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>managed</source>
        <translation>managed</translation>
    </message>
    <message>
        <source>largest free block</source>
        <translation>最大空闲块</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>%1 processes (%2 kernel threads), %3 cgroups</source>
        <translation>%1 个进程 (%2 个内核线程)，%3 个 cgroup</translation>
    </message>
    <message>
        <source>A global OOM now would kill %1 (%2); `oomlens-cli rank` shows the ranking.</source>
        <translation>若此时发生全局 OOM，将会杀死 %1 (%2)；`oomlens-cli rank` 可显示排名。</translation>
    </message>
    <message>
        <source>(--json prints everything: vmstat, buddy lists, cgroups, every task.)</source>
        <translation>(--json 会输出全部内容：vmstat、伙伴系统空闲链表、cgroup、每个任务。)</translation>
    </message>
    <message>
        <source>Prints the memory state of the system: meminfo, vmstat, zones and buddy lists, pressure, swap, vm sysctls, THP, NUMA, the cgroup tree and every process.</source>
        <translation>打印系统的内存状态：meminfo、vmstat、区域和伙伴系统空闲链表、压力、交换空间、vm sysctl、THP、NUMA、cgroup 树以及每个进程。</translation>
    </message>
    <message>
        <source>Write everything as JSON (schema oomlens.snapshot/1).</source>
        <translation>以 JSON 格式输出全部内容 (schema oomlens.snapshot/1)。</translation>
    </message>
    <message>
        <source>Read the system below DIR (a collected bundle, or its archive) instead of /.</source>
        <translation>读取 DIR (已收集的数据包或其归档) 下的系统，而不是 /。</translation>
    </message>
    <message>
        <source>Also read these files: stat (each process&apos;s start time), oom_score (the kernel&apos;s own, next to the prediction), cmdline, smaps_rollup (PSS; slow), pagetypeinfo (free blocks per migrate type; holds the zone locks).</source>
        <translation>同时读取以下文件：stat (每个进程的启动时间)、oom_score (内核自身的值，与预测值并列显示)、cmdline、smaps_rollup (PSS；较慢)、pagetypeinfo (按迁移类型统计的空闲块；会持有区域锁)。</translation>
    </message>
    <message>
        <source>Find OOM incidents in logs and explain them</source>
        <translation>在日志中查找 OOM 事件并加以解释</translation>
    </message>
    <message>
        <source>Gather this system&apos;s memory state and logs into a bundle</source>
        <translation>将本系统的内存状态和日志收集到一个数据包中</translation>
    </message>
    <message>
        <source>Rank the processes as the OOM killer would now</source>
        <translation>按 OOM Killer 此刻的方式对进程排名</translation>
    </message>
    <message>
        <source>Print the memory state of the system</source>
        <translation>打印系统的内存状态</translation>
    </message>
    <message>
        <source>Print each new OOM incident as it happens</source>
        <translation>在每个新的 OOM 事件发生时将其打印出来</translation>
    </message>
    <message>
        <source>Cause: %1 [%2]</source>
        <translation>原因：%1 [%2]</translation>
    </message>
    <message>
        <source>Follows the live kernel log (/dev/kmsg, else the journal, else /var/log/kern.log or /var/log/messages) and prints each new OOM incident as it happens, until interrupted. Standard error says which log is followed and why.</source>
        <translation>跟踪当前运行系统的内核日志 (/dev/kmsg，否则为 journal，再否则为 /var/log/kern.log 或 /var/log/messages)，在每个新的 OOM 事件发生时将其打印出来，直到被中断。标准错误输出会说明正在跟踪哪个日志以及原因。</translation>
    </message>
    <message>
        <source>Print each incident as one oomlens.report/1 event object per line (compact JSON).</source>
        <translation>将每个事件输出为一行一个 oomlens.report/1 事件对象 (紧凑 JSON)。</translation>
    </message>
    <message>
        <source>Also print the incidents the log already holds.</source>
        <translation>同时打印日志中已有的事件。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>--set %1: expected KEY=VALUE</source>
        <translation>--set %1：应为 KEY=VALUE 形式</translation>
    </message>
    <message>
        <source>Apply these changes? [y/N] </source>
        <translation>应用这些更改吗？[y/N] </translation>
    </message>
    <message>
        <source>Plans a remedy (%1) from an analysed incident and the live system, shows it, and applies it through oomlens-helper and systemd after you confirm. Every change is authorized by polkit and can be undone.</source>
        <translation>根据已分析的事件和当前系统规划补救措施（%1）并显示，确认后通过 oomlens-helper 和 systemd 应用。每项更改都经 polkit 授权，并且可以撤销。</translation>
    </message>
    <message>
        <source>Print the plan and change nothing.</source>
        <translation>只打印计划，不做任何更改。</translation>
    </message>
    <message>
        <source>Apply without asking (the plan is still printed).</source>
        <translation>不询问直接应用（仍会打印计划）。</translation>
    </message>
    <message>
        <source>Take the values from an oomlens.report/1 JSON file.</source>
        <translation>从 oomlens.report/1 JSON 文件中获取数值。</translation>
    </message>
    <message>
        <source>The incident of the report (&quot;&lt;input&gt;:&lt;first line&gt;&quot;).</source>
        <translation>报告中的事件（&quot;&lt;输入&gt;:&lt;首行&gt;&quot;）。</translation>
    </message>
    <message>
        <source>Plan against the system below DIR (implies --dry-run).</source>
        <translation>针对 DIR 下的系统进行规划（隐含 --dry-run）。</translation>
    </message>
    <message>
        <source>limits, cpuset: the cgroup path.</source>
        <translation>limits、cpuset：cgroup 路径。</translation>
    </message>
    <message>
        <source>limits, cpuset, oom-priority, systemd-policy: the systemd unit.</source>
        <translation>limits、cpuset、oom-priority、systemd-policy：systemd 单元。</translation>
    </message>
    <message>
        <source>limits: max, high or swap-max.</source>
        <translation>limits：max、high 或 swap-max。</translation>
    </message>
    <message>
        <source>limits: the new limit (2G, 512M, bytes, or max).</source>
        <translation>limits：新的限制（2G、512M、字节数或 max）。</translation>
    </message>
    <message>
        <source>limits: accept a maximum below the current usage.</source>
        <translation>limits：接受低于当前用量的上限。</translation>
    </message>
    <message>
        <source>cpuset: NUMA nodes, e.g. 0-1.</source>
        <translation>cpuset：NUMA 节点，例如 0-1。</translation>
    </message>
    <message>
        <source>compaction: one NUMA node (default: all).</source>
        <translation>compaction：单个 NUMA 节点（默认：全部）。</translation>
    </message>
    <message>
        <source>compaction, systemd-policy: a sysctl to set, KEY=VALUE.</source>
        <translation>compaction（内存规整）、systemd-policy：要设置的 sysctl，KEY=VALUE。</translation>
    </message>
    <message>
        <source>Also keep the change across reboots (sysctl.d, systemd drop-in).</source>
        <translation>同时在重启后保留更改（sysctl.d、systemd 附加配置）。</translation>
    </message>
    <message>
        <source>swap: where the swap file goes.</source>
        <translation>swap：交换文件的位置。</translation>
    </message>
    <message>
        <source>swap: the size of the swap file (e.g. 4G).</source>
        <translation>swap：交换文件的大小（例如 4G）。</translation>
    </message>
    <message>
        <source>swap: the swap priority.</source>
        <translation>swap：交换空间优先级。</translation>
    </message>
    <message>
        <source>swap: do not add an /etc/fstab line.</source>
        <translation>swap：不在 /etc/fstab 中添加条目。</translation>
    </message>
    <message>
        <source>swap: also set vm.swappiness.</source>
        <translation>swap：同时设置 vm.swappiness。</translation>
    </message>
    <message>
        <source>oom-priority: a running process.</source>
        <translation>oom-priority：正在运行的进程。</translation>
    </message>
    <message>
        <source>oom-priority: the oom_score_adj (-1000 to 1000).</source>
        <translation>oom-priority：oom_score_adj（-1000 到 1000）。</translation>
    </message>
    <message>
        <source>oom-priority: OOMPolicy= continue, stop or kill.</source>
        <translation>oom-priority：OOMPolicy= continue、stop 或 kill。</translation>
    </message>
    <message>
        <source>systemd-policy: ManagedOOMMemoryPressure= auto or kill.</source>
        <translation>systemd-policy：ManagedOOMMemoryPressure= auto 或 kill。</translation>
    </message>
    <message>
        <source>systemd-policy: ManagedOOMSwap= auto or kill.</source>
        <translation>systemd-policy：ManagedOOMSwap= auto 或 kill。</translation>
    </message>
    <message>
        <source>name one wizard: %1</source>
        <translation>请指定一个向导：%1</translation>
    </message>
    <message>
        <source>%1 is not a wizard; the wizards are: %2</source>
        <translation>%1 不是向导；可用的向导有：%2</translation>
    </message>
    <message>
        <source>--from-report and --incident go together</source>
        <translation>--from-report 与 --incident 必须同时使用</translation>
    </message>
    <message>
        <source>%1 is not a size such as 4G or 512M</source>
        <translation>%1 不是 4G 或 512M 这样的大小</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>未做任何更改</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>已验证：%1</translation>
    </message>
    <message>
        <source>Not yet in effect: %1</source>
        <translation>尚未生效：%1</translation>
    </message>
    <message>
        <source>Undo with the app, or: busctl call io.github.oomlens.Helper1 /io/github/oomlens/Helper1 io.github.oomlens.Helper1 Undo x %1</source>
        <translation>可在应用中撤销，或运行：busctl call io.github.oomlens.Helper1 /io/github/oomlens/Helper1 io.github.oomlens.Helper1 Undo x %1</translation>
    </message>
    <message>
        <source>Plan and apply a remedy for an incident (swap, limits, ...)</source>
        <translation>为事件规划并应用补救措施（交换空间、内存限制等）</translation>
    </message>
    <message>
        <source>Speak this language (%1) instead of the saved setting&apos;s or the environment&apos;s.</source>
        <translation>使用此语言 (%1)，而不是已保存设置或环境中的语言。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; for --lang (available: %2)</source>
        <translation>--lang 的语言 &quot;%1&quot; 未知 (可用：%2)</translation>
    </message>
</context>
<context>
    <name>CollectLogs</name>
    <message>
        <source>the journal cannot be opened: %1</source>
        <translation>无法打开 journal：%1</translation>
    </message>
    <message>
        <source>not root: the journal shows only what this user may read (members of systemd-journal or adm see the system journal)</source>
        <translation>不是 root：journal 只显示此用户可读的内容 (systemd-journal 或 adm 组的成员可以查看系统 journal)</translation>
    </message>
    <message>
        <source>the oldest records were left out to stay within %1</source>
        <translation>为不超过 %1，略去了最早的记录</translation>
    </message>
    <message>
        <source>/dev/kmsg holds no records</source>
        <translation>/dev/kmsg 中没有记录</translation>
    </message>
    <message>
        <source>/dev/kmsg: permission denied (kernel.dmesg_restrict is set)</source>
        <translation>/dev/kmsg: 权限不足 (已设置 kernel.dmesg_restrict)</translation>
    </message>
    <message>
        <source>/dev/kmsg: %1</source>
        <translation>/dev/kmsg: %1</translation>
    </message>
    <message>
        <source>the journal cannot be queried for this boot</source>
        <translation>无法查询本次启动的 journal</translation>
    </message>
    <message>
        <source>the time limit ended the journal read</source>
        <translation>已到时间限制，journal 读取结束</translation>
    </message>
    <message>
        <source>the oldest messages were left out to stay within %1</source>
        <translation>为不超过 %1，略去了最早的消息</translation>
    </message>
    <message>
        <source>the journal (kernel messages of this boot)</source>
        <translation>journal (本次启动的内核消息)</translation>
    </message>
    <message>
        <source>the journal holds no kernel messages of this boot</source>
        <translation>journal 中没有本次启动的内核消息</translation>
    </message>
    <message>
        <source>the journal: this build has no libsystemd</source>
        <translation>journal: 此构建版本不含 libsystemd</translation>
    </message>
    <message>
        <source>the journal</source>
        <translation>journal</translation>
    </message>
    <message>
        <source>the journal holds no OOM-related entries</source>
        <translation>journal 中没有与 OOM 相关的条目</translation>
    </message>
    <message>
        <source>the journal is empty or absent for this user (no readable files under /var/log/journal or /run/log/journal)</source>
        <translation>对此用户而言 journal 为空或不存在 (/var/log/journal 或 /run/log/journal 下没有可读文件)</translation>
    </message>
    <message>
        <source>the time limit ended the journal read; older entries are missing</source>
        <translation>已到时间限制，journal 读取结束；缺少较早的条目</translation>
    </message>
    <message>
        <source>older entries were left out to stay within %1</source>
        <translation>为不超过 %1，略去了较早的条目</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>物理内存</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Free memory moves all the time; compare the limits and sizes.</source>
        <translation>空闲内存随时在变；请比较限制和容量。</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>交换空间</translation>
    </message>
    <message>
        <source>cgroup gone</source>
        <translation>cgroup 已不存在</translation>
    </message>
    <message>
        <source>Cgroup %1</source>
        <translation>cgroup %1</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>内存限制</translation>
    </message>
    <message>
        <source>Watermarks</source>
        <translation>水位线</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 的 min</translation>
    </message>
    <message>
        <source>zone absent</source>
        <translation>区域不存在</translation>
    </message>
    <message>
        <source>Top processes then</source>
        <translation>当时排名靠前的进程</translation>
    </message>
    <message>
        <source>%1, oom_score_adj %2</source>
        <translation>%1，oom_score_adj %2</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>未在运行</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>第 %1 名 %2</translation>
    </message>
    <message>
        <source>pid %1 now (matched by name)</source>
        <translation>现在为 pid %1（按名称匹配）</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Incident against now</source>
        <translation>事件与当前对比</translation>
    </message>
    <message>
        <source>Pick an incident to compare its moment with the live system.</source>
        <translation>选择一个事件，将其发生时刻与当前系统进行对比。</translation>
    </message>
    <message>
        <source>Reading the live system…</source>
        <translation>正在读取当前系统…</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) differ between the incident and now.</source>
        <translation>
            <numerusform>事件发生时与当前有 %n 项数值不同。</numerusform>
        </translation>
    </message>
    <message>
        <source>Value</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>At the incident</source>
        <translation>事件发生时</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1（已变化）</translation>
    </message>
</context>
<context>
    <name>ComparisonText</name>
    <message>
        <source>The selected task %1 (%2) is not in the task table.</source>
        <translation>被选中的任务 %1 (%2) 不在任务表中。</translation>
    </message>
    <message>
        <source>Before 2.6.36 the score is divided by the square roots of the task&apos;s cpu and run time, which the report does not print: %1 is an upper bound.</source>
        <translation>在 2.6.36 之前，得分会除以任务 CPU 时间和运行时间的平方根，而报告中没有打印这些值：%1 只是上限。</translation>
    </message>
    <message>
        <source>totalpages is unknown, so the score cannot be recomputed.</source>
        <translation>totalpages 未知，因此无法重新计算得分。</translation>
    </message>
    <message>
        <source>The printed score %1 matches only without the root bonus: pid %2 runs as uid 0 but without CAP_SYS_ADMIN (containers drop it).</source>
        <translation>打印的得分 %1 只有在不计 root 优待时才一致：pid %2 以 uid 0 运行，但没有 CAP_SYS_ADMIN (容器会去掉该能力)。</translation>
    </message>
    <message>
        <source>The printed score matches the formula of %1.</source>
        <translation>打印的得分与 %1 的公式相符。</translation>
    </message>
    <message>
        <source>Off by one: the counters moved between the selection and the dump.</source>
        <translation>相差 1：计数器在选择和转储之间发生了变化。</translation>
    </message>
    <message>
        <source>The printed score implies totalpages between %1 and %2, not %3.</source>
        <translation>打印的得分意味着 totalpages 介于 %1 和 %2 之间，而不是 %3。</translation>
    </message>
    <message>
        <source>vm.oom_kill_allocating_task is set: the kernel killed the allocating task without ranking.</source>
        <translation>设置了 vm.oom_kill_allocating_task：内核未经排名，直接杀死了发起分配的任务。</translation>
    </message>
    <message>
        <source>The task table is cut: some tasks are missing.</source>
        <translation>任务表不完整：缺少部分任务。</translation>
    </message>
    <message>
        <source>No task is eligible, and the kernel found no killable process either.</source>
        <translation>没有符合条件的任务，内核也没有找到可杀死的进程。</translation>
    </message>
    <message>
        <source>The report was rate-limited: only the kill line is in the log, no task table.</source>
        <translation>该报告受到速率限制：日志中只有 kill 行，没有任务表。</translation>
    </message>
    <message>
        <source>The report has no task table (vm.oom_dump_tasks = 0, the default before 2.6.36, or lines lost).</source>
        <translation>该报告没有任务表 (vm.oom_dump_tasks = 0，这是 2.6.36 之前的默认值；或者有行丢失)。</translation>
    </message>
    <message>
        <source>The task table header is there but its rows are not.</source>
        <translation>有任务表的表头，但没有表中的行。</translation>
    </message>
    <message>
        <source>Without totalpages the order of these tasks cannot be known.</source>
        <translation>没有 totalpages，无法确定这些任务的先后顺序。</translation>
    </message>
    <message>
        <source>The log does not say which task the kernel killed.</source>
        <translation>日志未说明内核杀死了哪个任务。</translation>
    </message>
    <message>
        <source>No kill line: compared with the task the kernel selected.</source>
        <translation>没有 kill 行：改为与内核选中的任务进行比较。</translation>
    </message>
    <message>
        <source>The kill line names pid %1, a thread of %2 (pid %3 in the table).</source>
        <translation>kill 行给出的是 pid %1，它是 %2 (表中的 pid %3) 的一个线程。</translation>
    </message>
    <message>
        <source>The selection line names pid %1, a thread of %2 (pid %3 in the table).</source>
        <translation>选择行给出的是 pid %1，它是 %2 (表中的 pid %3) 的一个线程。</translation>
    </message>
    <message>
        <source>Agrees once pid %1, killed by an earlier OOM kill, is skipped as already reaped.</source>
        <translation>将已被之前的 OOM 杀死的 pid %1 视为已回收并跳过后，结果一致。</translation>
    </message>
    <message>
        <source>The killed task %1 (%2) is not in the task table.</source>
        <translation>被杀死的任务 %1 (%2) 不在任务表中。</translation>
    </message>
    <message>
        <source>The kernel selected %1 (pid %2) as predicted, then killed %3 (pid %4): up to 5.0 a child with its own memory dies in place of the selected parent.</source>
        <translation>内核如预测一样选中了 %1 (pid %2)，随后却杀死了 %3 (pid %4)：在 5.0 及之前的内核中，拥有自己内存的子进程会代替被选中的父进程被杀死。</translation>
    </message>
    <message>
        <source>Up to 5.0 the kernel kills a child of the selected task in its place; %1 may be a child of %2.</source>
        <translation>在 5.0 及之前的内核中，内核会杀死被选中任务的一个子进程来代替它；%1 可能是 %2 的子进程。</translation>
    </message>
    <message>
        <source>Both score %1: the tie rule decides, and it is not certain for this kernel.</source>
        <translation>两者得分均为 %1：由平局规则决定，而该规则对此内核并不确定。</translation>
    </message>
    <message>
        <source>The scores differ by %1 pages only: the rss counters are batched per thread and the table is printed after the choice.</source>
        <translation>得分仅相差 %1 页：rss 计数器按线程批量更新，且任务表是在做出选择之后打印的。</translation>
    </message>
    <message>
        <source>Under the formula of %1, which the text does not rule out, %2 would have been chosen.</source>
        <translation>若采用 %1 的公式 (从文本上无法排除)，被选中的将是 %2。</translation>
    </message>
    <message>
        <source>Without the root bonus for uid-0 tasks (CAP_SYS_ADMIN is not in the report) %1 would have been chosen.</source>
        <translation>若不给 uid 0 的任务 root 优待 (报告中没有 CAP_SYS_ADMIN 信息)，被选中的将是 %1。</translation>
    </message>
    <message>
        <source>The report does not explain the difference.</source>
        <translation>报告无法解释这一差异。</translation>
    </message>
    <message>
        <source>The log starts at the kill line: the report before it, with its task table, was not copied.</source>
        <translation>日志从杀死进程的那一行开始：之前的报告（包括任务表）没有被复制。</translation>
    </message>
</context>
<context>
    <name>DecompressStream</name>
    <message>
        <source>cannot start the gzip decoder</source>
        <translation>无法启动 gzip 解码器</translation>
    </message>
    <message>
        <source>compressed data is truncated</source>
        <translation>压缩数据被截断</translation>
    </message>
    <message>
        <source>compressed data is corrupt (%1)</source>
        <translation>压缩数据已损坏 (%1)</translation>
    </message>
    <message>
        <source>cannot start the zstd decoder</source>
        <translation>无法启动 zstd 解码器</translation>
    </message>
</context>
<context>
    <name>DecompressionGuard</name>
    <message>
        <source>decompressed size exceeds the limit of %1</source>
        <translation>解压后的大小超过了 %1 的限制</translation>
    </message>
    <message>
        <source>compression ratio exceeds %1:1</source>
        <translation>压缩比超过 %1:1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraText</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The header has symbolic gfp flags but no nodemask (4.5–4.8).</source>
        <translation>报告头包含符号形式的 gfp 标志，但没有 nodemask (4.5–4.8)。</translation>
    </message>
    <message>
        <source>The text fits kernels %1 to %2; the formula of %3 was used.</source>
        <translation>该文本符合内核 %1 到 %2；使用了 %3 的公式。</translation>
    </message>
    <message>
        <source>today</source>
        <translation>最新版本</translation>
    </message>
    <message>
        <source>The task table has cpu and oom_adj columns (2.6.25–2.6.35).</source>
        <translation>任务表包含 cpu 和 oom_adj 列 (2.6.25–2.6.35)。</translation>
    </message>
    <message>
        <source>The task table has cpu, oom_adj and oom_score_adj columns (2.6.36–3.4).</source>
        <translation>任务表包含 cpu、oom_adj 和 oom_score_adj 列 (2.6.36–3.4)。</translation>
    </message>
    <message>
        <source>The task table has nr_ptes and swapents columns (3.5–3.19).</source>
        <translation>任务表包含 nr_ptes 和 swapents 列 (3.5–3.19)。</translation>
    </message>
    <message>
        <source>The task table has an nr_pmds column (4.0–4.14).</source>
        <translation>任务表包含 nr_pmds 列 (4.0–4.14)。</translation>
    </message>
    <message>
        <source>The task table has a pgtables_bytes column (4.15+).</source>
        <translation>任务表包含 pgtables_bytes 列 (4.15+)。</translation>
    </message>
    <message>
        <source>The task table splits rss into rss_anon, rss_file and rss_shmem (6.8+).</source>
        <translation>任务表将 rss 拆分为 rss_anon、rss_file 和 rss_shmem (6.8+)。</translation>
    </message>
    <message>
        <source>The task dump starts with &quot;Tasks state (memory values in pages)&quot; (4.19+).</source>
        <translation>任务转储以 &quot;Tasks state (memory values in pages)&quot; 开头 (4.19+)。</translation>
    </message>
    <message>
        <source>The header prints oom_adj (or oomkilladj) only (up to 2.6.35).</source>
        <translation>报告头只打印 oom_adj (或 oomkilladj) (2.6.35 及之前)。</translation>
    </message>
    <message>
        <source>The header prints both oom_adj and oom_score_adj (2.6.36–3.6).</source>
        <translation>报告头同时打印 oom_adj 和 oom_score_adj (2.6.36–3.6)。</translation>
    </message>
    <message>
        <source>The header prints oom_score_adj only (3.7+).</source>
        <translation>报告头只打印 oom_score_adj (3.7+)。</translation>
    </message>
    <message>
        <source>The header decodes the gfp flags symbolically (4.5+).</source>
        <translation>报告头以符号形式解码 gfp 标志 (4.5+)。</translation>
    </message>
    <message>
        <source>The header prints nodemask= (4.9–4.20).</source>
        <translation>报告头打印 nodemask= (4.9–4.20)。</translation>
    </message>
    <message>
        <source>A separate cpuset line follows the header (up to 4.20).</source>
        <translation>报告头之后有单独的 cpuset 行 (4.20 及之前)。</translation>
    </message>
    <message>
        <source>The stack dump header prints UID: (6.10+).</source>
        <translation>栈转储头打印 UID: (6.10+)。</translation>
    </message>
    <message>
        <source>&quot;COMPACTION is disabled!!!&quot; is printed (4.9+).</source>
        <translation>打印了 &quot;COMPACTION is disabled!!!&quot; (4.9+)。</translation>
    </message>
    <message>
        <source>&quot;Task in … killed as a result of limit of …&quot; is printed (up to 4.20).</source>
        <translation>打印了 &quot;Task in … killed as a result of limit of …&quot; (4.20 及之前)。</translation>
    </message>
    <message>
        <source>The memcg report has a kmem: line (3.8+).</source>
        <translation>memcg 报告中有 kmem: 行 (3.8+)。</translation>
    </message>
    <message>
        <source>The memcg report has a cgroup v2 swap: line (5.3+).</source>
        <translation>memcg 报告中有 cgroup v2 的 swap: 行 (5.3+)。</translation>
    </message>
    <message>
        <source>The memcg statistics are printed inline in KB (3.9–5.2).</source>
        <translation>memcg 统计信息以 KB 为单位内联打印 (3.9–5.2)。</translation>
    </message>
    <message>
        <source>The memcg statistics are a memory.stat dump in bytes (5.3+).</source>
        <translation>memcg 统计信息是以字节为单位的 memory.stat 转储 (5.3+)。</translation>
    </message>
    <message>
        <source>memory.stat has workingset_refault_anon or percpu (5.9+).</source>
        <translation>memory.stat 中有 workingset_refault_anon 或 percpu (5.9+)。</translation>
    </message>
    <message>
        <source>The memcg statistics use the v1 memory.stat format (6.5+).</source>
        <translation>memcg 统计信息使用 v1 的 memory.stat 格式 (6.5+)。</translation>
    </message>
    <message>
        <source>memory.stat still has a single workingset_refault key (5.3–5.8).</source>
        <translation>memory.stat 中仍只有单个 workingset_refault 键 (5.3–5.8)。</translation>
    </message>
    <message>
        <source>memory.oom.group killed the whole cgroup (4.19+).</source>
        <translation>memory.oom.group 杀死了整个 cgroup (4.19+)。</translation>
    </message>
    <message>
        <source>Mem-Info has per-node lines (node-based LRU, 4.8+).</source>
        <translation>Mem-Info 中有按节点的行 (基于节点的 LRU，4.8+)。</translation>
    </message>
    <message>
        <source>The per-node line has kernel_stack (5.11+).</source>
        <translation>按节点的行中有 kernel_stack (5.11+)。</translation>
    </message>
    <message>
        <source>The zone lines print boost: (5.16+).</source>
        <translation>区域行打印 boost: (5.16+)。</translation>
    </message>
    <message>
        <source>The zone lines print reserved_highatomic: (5.8+).</source>
        <translation>区域行打印 reserved_highatomic: (5.8+)。</translation>
    </message>
    <message>
        <source>The zone lines print managed: (3.8+).</source>
        <translation>区域行打印 managed: (3.8+)。</translation>
    </message>
    <message>
        <source>Mem-Info counts sec_pagetables (6.1+).</source>
        <translation>Mem-Info 统计 sec_pagetables (6.1+)。</translation>
    </message>
    <message>
        <source>Mem-Info counts kernel_misc_reclaimable (between 5.11 and 5.15+).</source>
        <translation>Mem-Info 统计 kernel_misc_reclaimable (介于 5.11 和 5.15+ 之间)。</translation>
    </message>
    <message>
        <source>Mem-Info counts free_pcp (4.1+).</source>
        <translation>Mem-Info 统计 free_pcp (4.1+)。</translation>
    </message>
    <message>
        <source>Mem-Info still counts unstable pages (up to 5.7).</source>
        <translation>Mem-Info 仍统计 unstable 页 (5.7 及之前)。</translation>
    </message>
    <message>
        <source>Per-node hugepages lines are printed (3.10+).</source>
        <translation>打印了按节点的 hugepages 行 (3.10+)。</translation>
    </message>
    <message>
        <source>The buddy lists show migrate types such as (UME) (3.8+).</source>
        <translation>伙伴系统空闲链表显示迁移类型，如 (UME) (3.8+)。</translation>
    </message>
    <message>
        <source>&quot;Kill process … score …&quot; is printed (up to 5.0).</source>
        <translation>打印了 &quot;Kill process … score …&quot; (5.0 及之前)。</translation>
    </message>
    <message>
        <source>The selection score %1 is beyond the 0–2000 scale of 2.6.36+ (up to 2.6.35).</source>
        <translation>选择得分 %1 超出了 2.6.36+ 的 0–2000 范围 (2.6.35 及之前)。</translation>
    </message>
    <message>
        <source>The oom-kill: summary line is printed (5.0+, backported by RHEL 7).</source>
        <translation>打印了 oom-kill: 摘要行 (5.0+，RHEL 7 已向后移植)。</translation>
    </message>
    <message>
        <source>The summary line has no constraint: the RHEL 7 backport (3.10 with the 3.14 root bonus).</source>
        <translation>摘要行中没有 constraint：这是 RHEL 7 的向后移植 (3.10，带有 3.14 的 root 优待)。</translation>
    </message>
    <message>
        <source>&quot;OOM victim … is already exiting&quot; is printed (5.9+).</source>
        <translation>打印了 &quot;OOM victim … is already exiting&quot; (5.9+)。</translation>
    </message>
    <message>
        <source>The kill line prints UID, pgtables and oom_score_adj (5.4+).</source>
        <translation>kill 行打印 UID、pgtables 和 oom_score_adj (5.4+)。</translation>
    </message>
    <message>
        <source>The kill line has the 5.1 message prefix but no summary line: RHEL 8 (4.18).</source>
        <translation>kill 行带有 5.1 的消息前缀，但没有摘要行：RHEL 8 (4.18)。</translation>
    </message>
    <message>
        <source>The kill line starts with the OOM message (5.1+, RHEL 8).</source>
        <translation>kill 行以 OOM 消息开头 (5.1+，RHEL 8)。</translation>
    </message>
    <message>
        <source>The kill line prints shmem-rss (4.5+) next to a 3.x task table: RHEL 7 (3.10 with the 3.14 root bonus).</source>
        <translation>kill 行打印 shmem-rss (4.5+)，而任务表是 3.x 格式：RHEL 7 (3.10，带有 3.14 的 root 优待)。</translation>
    </message>
    <message>
        <source>The kill line prints shmem-rss without a message prefix (4.5–5.0).</source>
        <translation>kill 行打印 shmem-rss，但没有消息前缀 (4.5–5.0)。</translation>
    </message>
    <message>
        <source>The header is &quot;oom-killer: gfp_mask=…&quot; without the task&apos;s name or an adjustment (before 2.6.2x).</source>
        <translation>报告头为 &quot;oom-killer: gfp_mask=…&quot; 形式，没有任务名，也没有调整值 (2.6.2x 之前)。</translation>
    </message>
    <message>
        <source>The text fits several formulas; the stack dump names kernel %1, whose formula (%2) was used.</source>
        <translation>该文本符合多个公式；栈转储指明内核为 %1，因此使用了其公式（%2）。</translation>
    </message>
    <message>
        <source>The stack dump names kernel %1, but the report&apos;s text rules out that version&apos;s formula (a backport): the text decides.</source>
        <translation>栈转储指明内核为 %1，但报告的文本排除了该版本的公式（向后移植）：以文本为准。</translation>
    </message>
    <message>
        <source>The stack dump names %1, a vendor kernel that carries backported OOM code: its version does not tell the formula.</source>
        <translation>栈转储指明内核为 %1，这是带有向后移植 OOM 代码的发行版内核：其版本号无法说明公式。</translation>
    </message>
    <message>
        <source>The stack dump names %1: 3.10 stable kernels took the 3.14 root bonus (3.10.99), so the version does not tell the formula.</source>
        <translation>栈转储指明内核为 %1：3.10 稳定版内核引入了 3.14 的 root 加成（3.10.99），因此版本号无法说明公式。</translation>
    </message>
    <message>
        <source>The stack dump names %1: late 5.4 stable kernels carry the 5.9 formula (5.4.273), so the version does not tell the formula.</source>
        <translation>栈转储指明内核为 %1：较新的 5.4 稳定版内核带有 5.9 的公式（5.4.273），因此版本号无法说明公式。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the incident</source>
        <translation>导出事件</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>导出会话</translation>
    </message>
    <message>
        <source>Markdown (for a ticket or a wiki)</source>
        <translation>Markdown（用于工单或 Wiki）</translation>
    </message>
    <message>
        <source>HTML (for a browser or mail)</source>
        <translation>HTML（用于浏览器或邮件）</translation>
    </message>
    <message>
        <source>JSON (for scripts)</source>
        <translation>JSON（用于脚本）</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Redact host names, user names, home paths and IP addresses</source>
        <translation>隐去主机名、用户名、主目录路径和 IP 地址</translation>
    </message>
    <message>
        <source>Each is replaced by the same stand-in everywhere. Process names and cgroup paths stay: check them before you publish the report.</source>
        <translation>每一项在所有位置都替换为同一个代称。进程名和 cgroup 路径会保留：发布报告前请检查它们。</translation>
    </message>
    <message>
        <source>Copy as text instead</source>
        <translation>改为复制为文本</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>FactTable</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Show line %1 in the log</source>
        <translation>在日志中显示第 %1 行</translation>
    </message>
</context>
<context>
    <name>FileFollowedLog</name>
    <message>
        <source>%1 was truncated (rotated by copytruncate); reading it from the start</source>
        <translation>%1 已被截断 (被 copytruncate 轮转)；从头开始读取</translation>
    </message>
    <message>
        <source>%1 was rotated; following the new file</source>
        <translation>%1 已被轮转；正在跟踪新文件</translation>
    </message>
</context>
<context>
    <name>FileStream</name>
    <message>
        <source>a directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>块设备</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>没有该文件或目录</translation>
    </message>
    <message>
        <source>a component of the path is not a directory</source>
        <translation>路径中的某一部分不是目录</translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>符号链接层数过多</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>是一个目录</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>输入/输出错误</translation>
    </message>
    <message>
        <source>not a regular file (%1)</source>
        <translation>不是普通文件 (%1)</translation>
    </message>
</context>
<context>
    <name>FollowSourceSelector</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>/dev/kmsg: permission denied (kernel.dmesg_restrict=%1)</source>
        <translation>/dev/kmsg: 权限不足 (kernel.dmesg_restrict=%1)</translation>
    </message>
    <message>
        <source>/dev/kmsg: %1</source>
        <translation>/dev/kmsg: %1</translation>
    </message>
    <message>
        <source>following /dev/kmsg (the kernel&apos;s ring buffer) and the journal for userspace OOM killers</source>
        <translation>正在跟踪 /dev/kmsg (内核环形缓冲区)，并通过 journal 跟踪用户态 OOM Killer</translation>
    </message>
    <message>
        <source>following /dev/kmsg (the kernel&apos;s ring buffer), without userspace OOM killers: %1</source>
        <translation>正在跟踪 /dev/kmsg (内核环形缓冲区)，不跟踪用户态 OOM Killer：%1</translation>
    </message>
    <message>
        <source>following the journal</source>
        <translation>正在跟踪 journal</translation>
    </message>
    <message>
        <source>following %1</source>
        <translation>正在跟踪 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no kernel log can be followed: %1</source>
        <translation>没有可跟踪的内核日志：%1</translation>
    </message>
</context>
<context>
    <name>FragmentationPage</name>
    <message>
        <source>Fragmentation</source>
        <translation>碎片化</translation>
    </message>
    <message>
        <source>The failed allocation asked for order %1: %2 contiguous pages.</source>
        <translation>失败的分配请求的是 %1 阶：%2 个连续页面。</translation>
    </message>
    <message>
        <source>Order to assess</source>
        <translation>评估的阶</translation>
    </message>
    <message>
        <source>Compact now…</source>
        <translation>立即规整内存…</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>阶</translation>
    </message>
    <message>
        <source>Free blocks</source>
        <translation>空闲块数</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>块大小</translation>
    </message>
    <message>
        <source>Free memory</source>
        <translation>空闲内存</translation>
    </message>
    <message>
        <source>Unusable index</source>
        <translation>不可用指数</translation>
    </message>
    <message>
        <source>Migrate types</source>
        <translation>迁移类型</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1（失败）</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Largest free order</source>
        <translation>最大空闲阶</translation>
    </message>
    <message>
        <source>Unusable free index at order %1 (×10)</source>
        <translation>%1 阶的不可用指数 (×10)</translation>
    </message>
</context>
<context>
    <name>HelperClient</name>
    <message>
        <source>This step is not made through oomlens-helper.</source>
        <translation>此步骤不通过 oomlens-helper 执行。</translation>
    </message>
    <message>
        <source>The system bus cannot be reached: nothing was sent.</source>
        <translation>无法连接系统总线：未发送任何内容。</translation>
    </message>
    <message>
        <source>The service that makes this change is not installed or could not be started.</source>
        <translation>执行此更改的服务未安装或无法启动。</translation>
    </message>
    <message>
        <source>No answer in time (was the authorization dialog left open?).</source>
        <translation>未在规定时间内得到应答（授权对话框是否一直未关闭？）。</translation>
    </message>
</context>
<context>
    <name>HostCommand</name>
    <message>
        <source>no session bus to reach the host</source>
        <translation>没有可用于访问主机的会话总线</translation>
    </message>
    <message>
        <source>the host refused to start %1: %2</source>
        <translation>主机拒绝启动 %1：%2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 ms on the host</source>
        <translation>%1 未在主机上于 %2 ms 内结束</translation>
    </message>
</context>
<context>
    <name>HostGatherReply</name>
    <message>
        <source>the host gatherer&apos;s reply is malformed at byte %1: %2</source>
        <translation>主机采集程序的回复在第 %1 字节处格式错误：%2</translation>
    </message>
    <message>
        <source>no record header</source>
        <translation>没有记录头</translation>
    </message>
    <message>
        <source>the header is cut</source>
        <translation>记录头被截断</translation>
    </message>
    <message>
        <source>a bad header</source>
        <translation>记录头无效</translation>
    </message>
    <message>
        <source>the data is cut</source>
        <translation>数据被截断</translation>
    </message>
</context>
<context>
    <name>HostGatherer</name>
    <message>
        <source>%1 failed on the host (exit status %2)</source>
        <translation>%1 在主机上失败 (退出状态 %2)</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>OOM Lens report</source>
        <translation>OOM Lens 报告</translation>
    </message>
    <message>
        <source>Generated by %1</source>
        <translation>由 %1 生成</translation>
    </message>
    <message>
        <source>No OOM incidents found.</source>
        <translation>未发现 OOM 事件。</translation>
    </message>
    <message>
        <source>OOM incidents found: %1.</source>
        <translation>发现的 OOM 事件：%1 个。</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>IncidentFacts</name>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>约束</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>交换空间</translation>
    </message>
    <message>
        <source>Panic</source>
        <translation>内核恐慌</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>受害进程</translation>
    </message>
    <message>
        <source>Memory cgroup</source>
        <translation>内存 cgroup</translation>
    </message>
    <message>
        <source>Limit hit in</source>
        <translation>达到限制的 cgroup</translation>
    </message>
    <message>
        <source>Victim&apos;s cgroup</source>
        <translation>受害进程的 cgroup</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
</context>
<context>
    <name>IncidentFormat</name>
    <message>
        <source>%1 s after boot</source>
        <extracomment>An incident without a wall-clock time: seconds since the machine booted.</extracomment>
        <translation>启动后 %1 秒</translation>
    </message>
    <message>
        <source>Kernel</source>
        <extracomment>Who killed the process: the Linux kernel&apos;s OOM killer.</extracomment>
        <translation>内核</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>The incident killed nothing (an allocation failure warning).</extracomment>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>ChromeOS tab manager</source>
        <extracomment>Who killed the process: Chrome&apos;s low-memory tab killer on ChromeOS.</extracomment>
        <translation>ChromeOS 标签页管理器</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Killer</source>
        <extracomment>Column: who killed (the kernel, systemd-oomd, earlyoom).</extracomment>
        <translation>终止者</translation>
    </message>
    <message>
        <source>Victim</source>
        <extracomment>Column: the process that was killed.</extracomment>
        <translation>受害进程</translation>
    </message>
    <message>
        <source>Cgroup or unit</source>
        <translation>cgroup 或单元</translation>
    </message>
    <message>
        <source>Primary cause</source>
        <translation>主要原因</translation>
    </message>
</context>
<context>
    <name>IncidentPage</name>
    <message>
        <source>← All incidents</source>
        <translation>← 所有事件</translation>
    </message>
    <message>
        <source>Also reported in: %1</source>
        <translation>也记录于：%1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The diagnosis found no cause for this incident.</source>
        <translation>诊断未找到此事件的原因。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The report in the log</source>
        <translation>日志中的报告</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Hide the raw report</source>
        <translation>隐藏原始报告</translation>
    </message>
    <message>
        <source>Show the raw report</source>
        <translation>显示原始报告</translation>
    </message>
    <message>
        <source>Open in the log view</source>
        <translation>在日志视图中打开</translation>
    </message>
    <message>
        <source>%1, lines %2–%3</source>
        <translation>%1，第 %2–%3 行</translation>
    </message>
    <message>
        <source>No incident selected</source>
        <translation>未选择事件</translation>
    </message>
    <message>
        <source>Choose an incident in the list.</source>
        <translation>请在列表中选择一个事件。</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Filter by process, cgroup, unit or cause</source>
        <translation>按进程、cgroup、单元或原因筛选</translation>
    </message>
    <message>
        <source>Filter incidents</source>
        <translation>筛选事件</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2 个</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>按%1排序</translation>
    </message>
    <message>
        <source>No incidents yet</source>
        <translation>尚无事件</translation>
    </message>
    <message>
        <source>No OOM incidents found</source>
        <translation>未发现 OOM 事件</translation>
    </message>
    <message>
        <source>Drop a log, a sosreport or a bundle here — or press Ctrl+O.</source>
        <translation>将日志、sosreport 或数据包拖放到此处，或按 Ctrl+O。</translation>
    </message>
</context>
<context>
    <name>InputProcessor</name>
    <message>
        <source>member not read: %1</source>
        <translation>未读取成员：%1</translation>
    </message>
    <message>
        <source>no log files found in this archive</source>
        <translation>此归档中未找到日志文件</translation>
    </message>
    <message>
        <source>containers nested more than %1 deep</source>
        <translation>压缩文件或归档嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>not a text log (binary data)</source>
        <translation>不是文本日志 (二进制数据)</translation>
    </message>
    <message>
        <source>7-Zip archives are not supported; unpack it or repack it as .tar.xz</source>
        <translation>不支持 7-Zip 归档；请将其解压，或重新打包为 .tar.xz</translation>
    </message>
    <message>
        <source>no kernel or system log sections in this supportconfig file</source>
        <translation>此 supportconfig 文件中没有内核日志或系统日志部分</translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries could not be read and were skipped</source>
        <translation>
            <numerusform>%n 个 journal 条目无法读取，已跳过</numerusform>
        </translation>
    </message>
    <message>
        <source>journal file: %1</source>
        <translation>journal 文件：%1</translation>
    </message>
</context>
<context>
    <name>JournalFiles</name>
    <message>
        <source>binary journal files need libsystemd, which this build lacks; export the journal with `journalctl -o export` and analyse that</source>
        <translation>读取二进制 journal 文件需要 libsystemd，但此构建未包含它；请用 `journalctl -o export` 导出 journal 后再分析导出结果</translation>
    </message>
    <message>
        <source>journal read error: %1</source>
        <translation>journal 读取错误：%1</translation>
    </message>
    <message>
        <source>cannot open the journal: %1</source>
        <translation>无法打开 journal：%1</translation>
    </message>
    <message>
        <source>journal query failed: %1</source>
        <translation>journal 查询失败：%1</translation>
    </message>
    <message>
        <source>cannot open the journal files: %1</source>
        <translation>无法打开 journal 文件：%1</translation>
    </message>
</context>
<context>
    <name>JournalFollowedLog</name>
    <message>
        <source>the journal shows this user no kernel messages of this boot (members of the systemd-journal or adm group see them)</source>
        <translation>journal 未向此用户显示本次启动的任何内核消息 (systemd-journal 或 adm 组的成员可以看到)</translation>
    </message>
    <message>
        <source>journal query failed: %1</source>
        <translation>journal 查询失败：%1</translation>
    </message>
    <message>
        <source>cannot watch the journal: %1</source>
        <translation>无法监视 journal：%1</translation>
    </message>
    <message>
        <source>cannot open the journal: %1</source>
        <translation>无法打开 journal：%1</translation>
    </message>
    <message>
        <source>there are no journal files (systemd-journald is not running)</source>
        <translation>没有 journal 文件 (systemd-journald 未运行)</translation>
    </message>
    <message>
        <source>cannot open the journal files: %1</source>
        <translation>无法打开 journal 文件：%1</translation>
    </message>
    <message>
        <source>this build has no libsystemd to read the journal</source>
        <translation>此构建不含 libsystemd，无法读取 journal</translation>
    </message>
</context>
<context>
    <name>KernelLogFollower</name>
    <message>
        <source>cannot create an eventfd: %1</source>
        <translation>无法创建 eventfd：%1</translation>
    </message>
    <message>
        <source>%1: read failed: %2</source>
        <translation>%1: 读取失败：%2</translation>
    </message>
    <message>
        <source>%1: read failed: %2; userspace OOM killers are no longer followed</source>
        <translation>%1: 读取失败：%2；不再跟踪用户态 OOM Killer</translation>
    </message>
    <message>
        <source>poll() failed: %1</source>
        <translation>poll() 失败：%1</translation>
    </message>
</context>
<context>
    <name>KmsgFollowedLog</name>
    <message numerus="yes">
        <source>%1: %n record(s) were overwritten by the kernel before they could be read; an incident among them may be incomplete</source>
        <translation>
            <numerusform>%1: %n 条记录在读取前已被内核覆盖；其中的事件可能不完整</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: records were overwritten by the kernel before they could be read; an incident among them may be incomplete</source>
        <translation>%1: 有记录在读取前已被内核覆盖；其中的事件可能不完整</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>&quot;%1&quot; is not one of the languages %2</source>
        <translation>&quot;%1&quot; 不是可用语言 (%2) 之一</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1：无法写入</translation>
    </message>
</context>
<context>
    <name>LineIndexer</name>
    <message>
        <source>could not create a temporary copy of %1: %2</source>
        <translation>无法创建 %1 的临时副本：%2</translation>
    </message>
    <message>
        <source>could not write the temporary copy of %1: %2</source>
        <translation>无法写入 %1 的临时副本：%2</translation>
    </message>
</context>
<context>
    <name>LiveKernelLog</name>
    <message>
        <source>/dev/kmsg (the kernel&apos;s ring buffer)</source>
        <translation>/dev/kmsg (内核环形缓冲区)</translation>
    </message>
    <message>
        <source>, and the journal for userspace OOM killers</source>
        <translation>，以及用于用户态 OOM Killer 的 journal</translation>
    </message>
    <message>
        <source>/dev/kmsg: permission denied (kernel.dmesg_restrict is set)</source>
        <translation>/dev/kmsg: 权限不足 (已设置 kernel.dmesg_restrict)</translation>
    </message>
    <message>
        <source>/dev/kmsg: %1</source>
        <translation>/dev/kmsg: %1</translation>
    </message>
    <message>
        <source>/dev/kmsg holds no messages</source>
        <translation>/dev/kmsg 中没有消息</translation>
    </message>
    <message>
        <source>the journal (this boot and the previous one), because %1</source>
        <translation>journal (本次启动及上一次启动)，因为 %1</translation>
    </message>
    <message>
        <source>the journal has no kernel messages for this user</source>
        <translation>journal 中没有此用户可见的内核消息</translation>
    </message>
    <message>
        <source>the journal: %1</source>
        <translation>journal: %1</translation>
    </message>
    <message>
        <source>%1, because %2 and %3</source>
        <translation>%1，因为 %2，且 %3</translation>
    </message>
    <message>
        <source>no kernel log is readable: %1; %2; and neither /var/log/kern.log nor /var/log/messages exists</source>
        <translation>没有可读取的内核日志：%1；%2；且 /var/log/kern.log 和 /var/log/messages 均不存在</translation>
    </message>
</context>
<context>
    <name>LiveRanking</name>
    <message>
        <source>MemTotal is missing from proc/meminfo: totalpages, the points and oom_score are unknown.</source>
        <translation>proc/meminfo 中缺少 MemTotal：totalpages、分数和 oom_score 均未知。</translation>
    </message>
    <message>
        <source>The kernel release is unknown: the 5.9+ formula was used.</source>
        <translation>内核版本未知：已使用 5.9+ 的公式。</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) left out: their status could not be read (permission denied, or not in the bundle).</source>
        <translation>
            <numerusform>已略去 %n 个进程：无法读取其状态 (权限不足，或不在数据包中)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oom_score_adj is unknown for %n process(es) and was taken as 0.</source>
        <translation>
            <numerusform>%n 个进程的 oom_score_adj 未知，已按 0 处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>No swap: totalpages is the RAM alone, and swapped-out memory counts for nothing.</source>
        <translation>无交换空间：totalpages 仅为 RAM，被换出的内存不计入。</translation>
    </message>
</context>
<context>
    <name>LiveSampler</name>
    <message>
        <source>Per-cgroup memory is unknown: no cgroup hierarchy is mounted.</source>
        <translation>各 cgroup 的内存未知：未挂载任何 cgroup 层级。</translation>
    </message>
    <message>
        <source>Per-cgroup memory is unknown: the memory controller is not enabled on any cgroup hierarchy.</source>
        <translation>各 cgroup 的内存未知：任何 cgroup 层级上都未启用 memory 控制器。</translation>
    </message>
    <message>
        <source>Hybrid cgroup layout: per-cgroup usage is the v1 memory controller&apos;s memory.usage_in_bytes (page cache included) against memory.limit_in_bytes; memory.high does not exist there.</source>
        <translation>混合 cgroup 布局：各 cgroup 的用量取自 v1 内存控制器 (memory) 的 memory.usage_in_bytes（含页缓存），对照 memory.limit_in_bytes；该布局下不存在 memory.high。</translation>
    </message>
    <message>
        <source>cgroup v1 only: per-cgroup usage is memory.usage_in_bytes (page cache included) against memory.limit_in_bytes; memory.high and per-cgroup pressure do not exist.</source>
        <translation>仅有 cgroup v1：各 cgroup 的用量为 memory.usage_in_bytes (含页缓存)，对照 memory.limit_in_bytes；不存在 memory.high 和各 cgroup 的压力数据。</translation>
    </message>
    <message>
        <source>Per-cgroup memory</source>
        <translation>各 cgroup 的内存</translation>
    </message>
    <message>
        <source>Only the first %1 cgroups were considered when picking the %2 largest.</source>
        <translation>选取最大的 %2 个 cgroup 时，只考虑了前 %1 个 cgroup。</translation>
    </message>
    <message numerus="yes">
        <source>%n cgroup file(s) could not be read: permission denied.</source>
        <translation>
            <numerusform>%n 个 cgroup 文件无法读取：权限不足。</numerusform>
        </translation>
    </message>
    <message>
        <source>System memory (meminfo)</source>
        <translation>系统内存 (meminfo)</translation>
    </message>
    <message>
        <source>Available memory is unknown: MemAvailable appeared in Linux 3.14.</source>
        <translation>可用内存未知：MemAvailable 自 Linux 3.14 起才出现。</translation>
    </message>
    <message>
        <source>The OOM kill counter (vmstat)</source>
        <translation>OOM kill 计数器 (vmstat)</translation>
    </message>
    <message>
        <source>The OOM kill counter is unknown: vmstat has oom_kill from Linux 4.13.</source>
        <translation>OOM kill 计数器未知：vmstat 自 Linux 4.13 起才有 oom_kill。</translation>
    </message>
    <message>
        <source>Nothing can be sampled: %1: %2.</source>
        <translation>无法采样任何数据：%1: %2。</translation>
    </message>
    <message>
        <source>Not running as root: system memory, pressure and zones are complete; cgroup files and other users&apos; process details that are not world-readable are shown as unknown.</source>
        <translation>未以 root 身份运行：系统内存、压力和区域 (zone) 信息完整；cgroup 文件以及其他用户进程中非全局可读的详细信息显示为未知。</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>No match.</source>
        <translation>没有匹配项。</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>无法显示 %1：%2</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>搜索日志</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>OOM reports only</source>
        <translation>仅 OOM 报告</translation>
    </message>
    <message>
        <source>Line (Ctrl+G)</source>
        <translation>行（Ctrl+G）</translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation>跳转到行</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation>复制所选行</translation>
    </message>
    <message>
        <source>Indexing… %1 lines</source>
        <translation>正在建立索引… %1 行</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>Plain text (this build has no syntax highlighting)</source>
        <translation>纯文本（此构建不含语法高亮）</translation>
    </message>
    <message>
        <source>This input cannot be shown</source>
        <translation>无法显示此输入</translation>
    </message>
    <message>
        <source>No log to show yet</source>
        <translation>尚无可显示的日志</translation>
    </message>
    <message>
        <source>Drop a log, a sosreport or a bundle here — or press Ctrl+O. Its lines appear here once it is read.</source>
        <translation>将日志、sosreport 或数据包拖放到此处，或按 Ctrl+O。读取后其内容行会显示在这里。</translation>
    </message>
</context>
<context>
    <name>LogSearch</name>
    <message>
        <source>Type something to search for.</source>
        <translation>请输入要搜索的内容。</translation>
    </message>
</context>
<context>
    <name>LogSource</name>
    <message>
        <source>the archive has no member %1</source>
        <translation>归档中没有成员 %1</translation>
    </message>
    <message>
        <source>%1 is not an archive</source>
        <translation>%1 不是归档文件</translation>
    </message>
    <message>
        <source>this input is not a text log (%1); the log view shows text logs only</source>
        <translation>此输入不是文本日志（%1）；日志视图只显示文本日志</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Log lines</source>
        <translation>日志行</translation>
    </message>
    <message>
        <source>Reading lines…</source>
        <extracomment>The name a screen reader gives the log view&apos;s busy indicator: the text of the lines in view is still being read from the file.</extracomment>
        <translation>正在读取行…</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>OOM Lens</source>
        <translation>OOM Lens</translation>
    </message>
    <message>
        <source>%1 — OOM Lens</source>
        <translation>%1 — OOM Lens</translation>
    </message>
    <message>
        <source>Open logs, archives or bundles</source>
        <translation>打开日志、归档或数据包</translation>
    </message>
    <message>
        <source>Open a folder (an extracted sosreport or bundle)</source>
        <translation>打开文件夹（已解压的 sosreport 或数据包）</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation>碎片化</translation>
    </message>
    <message>
        <source>Cgroups</source>
        <translation>cgroup</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
</context>
<context>
    <name>MarkdownReport</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>pid</source>
        <translation>pid</translation>
    </message>
    <message>
        <source>process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>uid</source>
        <translation>uid</translation>
    </message>
    <message>
        <source>cgroup</source>
        <translation>cgroup</translation>
    </message>
    <message>
        <source>anon</source>
        <translation>匿名页</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件页</translation>
    </message>
    <message>
        <source>shmem</source>
        <translation>shmem</translation>
    </message>
    <message>
        <source>total-vm</source>
        <translation>total-vm</translation>
    </message>
    <message>
        <source>page tables</source>
        <translation>页表</translation>
    </message>
    <message>
        <source>oom_score_adj</source>
        <translation>oom_score_adj</translation>
    </message>
    <message>
        <source>reaped</source>
        <translation>已回收</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>**Limit hit in:** %1</source>
        <translation>**触及限制的位置:** %1</translation>
    </message>
    <message>
        <source>**Limit hit in:** the host</source>
        <translation>**触及限制的位置:** 主机</translation>
    </message>
    <message>
        <source>**Victim&apos;s cgroup:** %1</source>
        <translation>**受害进程的 cgroup:** %1</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>memory+swap</source>
        <translation>内存+交换空间</translation>
    </message>
    <message>
        <source>kmem</source>
        <translation>kmem</translation>
    </message>
    <message>
        <source>swap</source>
        <translation>交换空间</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>计数器</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>failcnt</source>
        <translation>failcnt</translation>
    </message>
    <message>
        <source>rss</source>
        <translation>rss</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>**below min**</source>
        <translation>**低于 min**</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>managed</source>
        <translation>managed</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>## Incident %1: %2</source>
        <translation>## 事件 %1：%2</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>**What happened:** %1</source>
        <translation>**发生了什么:** %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发进程</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>约束</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注</translation>
    </message>
    <message>
        <source>only the kill line is in the log (the kernel rate-limits the details)</source>
        <translation>日志中只有 kill 行 (内核对详细信息做了限速)</translation>
    </message>
    <message>
        <source>memory.oom.group</source>
        <translation>memory.oom.group</translation>
    </message>
    <message>
        <source>Panic</source>
        <translation>内核 panic</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>交换空间</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>受害进程</translation>
    </message>
    <message>
        <source>Memory cgroup</source>
        <translation>内存 cgroup</translation>
    </message>
    <message>
        <source>Largest tasks (%1 of %2, by rss)</source>
        <translation>最大的任务 (按 rss，共 %2 个中的 %1 个)</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>区域 (zone)</translation>
    </message>
    <message>
        <source>systemd units</source>
        <translation>systemd 单元</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>OOM Lens report</source>
        <translation>OOM Lens 报告</translation>
    </message>
    <message>
        <source>Generated by %1.</source>
        <translation>由 %1 生成。</translation>
    </message>
    <message>
        <source>No OOM incidents found.</source>
        <translation>未发现 OOM 事件。</translation>
    </message>
    <message>
        <source>OOM incidents found: %1.</source>
        <translation>发现 %1 个 OOM 事件。</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>events</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告: </translation>
    </message>
    <message>
        <source>Also in</source>
        <translation>也见于</translation>
    </message>
    <message>
        <source>Slab allocation failures</source>
        <translation>slab 分配失败</translation>
    </message>
</context>
<context>
    <name>MemoryFormat</name>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>a size with its binary unit, e.g. &quot;1.5 MiB&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 pages (%2)</source>
        <extracomment>a page count and what it amounts to, e.g. &quot;1,024 pages (4.0 MiB)&quot;</extracomment>
        <translation>%1 页 (%2)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>MemoryPage</name>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>The allocation that failed: %1</source>
        <translation>失败的分配：%1</translation>
    </message>
    <message>
        <source>Reading /proc/zoneinfo…</source>
        <translation>正在读取 /proc/zoneinfo…</translation>
    </message>
</context>
<context>
    <name>MemorySummary</name>
    <message>
        <source>MemAvailable (GiB)</source>
        <translation>MemAvailable (GiB)</translation>
    </message>
    <message>
        <source>Swap used (GiB)</source>
        <translation>已用交换空间 (GiB)</translation>
    </message>
    <message>
        <source>some (%)</source>
        <translation>some (%)</translation>
    </message>
    <message>
        <source>full (%)</source>
        <translation>full (%)</translation>
    </message>
    <message>
        <source>At the incident: the report&apos;s Mem-Info (no MemAvailable or pressure in an OOM report).</source>
        <translation>事件发生时：报告中的 Mem-Info（OOM 报告不含 MemAvailable 和内存压力）。</translation>
    </message>
    <message>
        <source>The report has no Mem-Info block.</source>
        <translation>报告中没有 Mem-Info 块。</translation>
    </message>
    <message>
        <source>Pressure stall information is not available (kernel 4.20+ with CONFIG_PSI, psi=1 on the command line).</source>
        <translation>压力阻塞信息 (PSI) 不可用（需要 4.20 及以上内核、CONFIG_PSI，并在命令行中设置 psi=1）。</translation>
    </message>
</context>
<context>
    <name>MemorySummaryPanel</name>
    <message>
        <source>MemAvailable</source>
        <translation>MemAvailable</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Swap used</source>
        <translation>已用交换空间</translation>
    </message>
    <message>
        <source>Pressure some / full (avg10)</source>
        <translation>内存压力 some / full (avg10)</translation>
    </message>
    <message>
        <source>OOM kills since boot</source>
        <translation>启动以来的 OOM 杀死次数</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>no swap</source>
        <translation>无交换空间</translation>
    </message>
    <message>
        <source>%1 % / %2 %</source>
        <translation>%1 % / %2 %</translation>
    </message>
    <message>
        <source>MemAvailable (GiB)</source>
        <translation>MemAvailable (GiB)</translation>
    </message>
    <message>
        <source>Swap used (GiB)</source>
        <translation>已用交换空间 (GiB)</translation>
    </message>
    <message>
        <source>Memory pressure some (%)</source>
        <translation>内存压力 some (%)</translation>
    </message>
    <message>
        <source>Memory pressure full (%)</source>
        <translation>内存压力 full (%)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Nothing open yet</source>
        <translation>尚未打开任何内容</translation>
    </message>
    <message>
        <source>Drop a log, a sosreport or a bundle here — or press Ctrl+O. OOM Lens finds every out-of-memory kill in it and explains why it happened.</source>
        <translation>将日志、sosreport 或数据包拖放到此处，或按 Ctrl+O。OOM Lens 会找出其中每一次内存不足导致的进程终止，并解释其原因。</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open the Live System</source>
        <translation>打开当前运行的系统</translation>
    </message>
    <message>
        <source>Looking for OOM incidents…</source>
        <translation>正在查找 OOM 事件…</translation>
    </message>
    <message>
        <source>No OOM incidents found</source>
        <translation>未发现 OOM 事件</translation>
    </message>
    <message>
        <source>Incidents appear here as soon as they are found.</source>
        <translation>事件一经发现就会显示在这里。</translation>
    </message>
    <message>
        <source>The kernel log since boot holds no OOM kill. OOM Lens keeps watching: a new one appears here at once.</source>
        <translation>自启动以来的内核日志中没有 OOM 终止。OOM Lens 会持续监视：新的事件会立即显示在这里。</translation>
    </message>
    <message>
        <source>These inputs hold no OOM kill, earlyoom or systemd-oomd kill and no allocation failure. Drop another log, or open the live system.</source>
        <translation>这些输入中没有 OOM、earlyoom 或 systemd-oomd 终止，也没有分配失败。请拖放其他日志，或打开当前运行的系统。</translation>
    </message>
    <message numerus="yes">
        <source>%n OOM incident(s)</source>
        <translation>
            <numerusform>%n 个 OOM 事件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by the kernel&apos;s OOM killer, %2 by a userspace killer, %3 allocation failures</source>
        <translation>内核 OOM Killer %1 个，用户空间终止程序 %2 个，分配失败 %3 个</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>于 %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>从 %1 到 %2</translation>
    </message>
    <message>
        <source>Leading causes</source>
        <translation>主要原因</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>A leading cause: how many incidents had it, and its name.</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Show the latest</source>
        <translation>显示最近一个</translation>
    </message>
    <message>
        <source>Show the latest incident with this cause</source>
        <translation>显示此原因最近的事件</translation>
    </message>
    <message>
        <source>Processes killed most</source>
        <translation>被终止最多的进程</translation>
    </message>
    <message>
        <source>Cgroups involved most</source>
        <translation>涉及最多的 cgroup</translation>
    </message>
    <message>
        <source>Units affected most</source>
        <translation>受影响最多的单元</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Now (live), updated while this page is shown</source>
        <translation>当前（实时），显示此页面时持续更新</translation>
    </message>
    <message>
        <source>At the incident, as the kernel&apos;s report shows it</source>
        <translation>事件发生时，如内核报告所示</translation>
    </message>
    <message>
        <source>Now (live), updated every %1 s while this page is shown</source>
        <translation>当前（实时），显示此页面时每 %1 秒更新一次</translation>
    </message>
</context>
<context>
    <name>PageSizeText</name>
    <message>
        <source>%1 kB pages, from the buddy lists of the report.</source>
        <translation>页大小 %1 kB，依据报告中的伙伴系统空闲链表得出。</translation>
    </message>
    <message>
        <source>%1 kB pages: the kill line&apos;s %2 kB rss over the task table&apos;s %3 pages.</source>
        <translation>页大小 %1 kB：由 kill 行的 rss %2 kB 除以任务表中的 %3 pages 得出。</translation>
    </message>
    <message>
        <source>%1 kB pages: the memcg&apos;s usage of %2 kB over the tasks&apos; %3 rss pages.</source>
        <translation>页大小 %1 kB：由 memcg 用量 %2 kB 除以各任务的 rss %3 pages 得出。</translation>
    </message>
    <message>
        <source>The report does not tell the page size; 4 kB was assumed.</source>
        <translation>报告未给出页大小；假定为 4 kB。</translation>
    </message>
</context>
<context>
    <name>PlanExecutor</name>
    <message>
        <source>The value of %1 before the change is unknown.</source>
        <translation>更改前 %1 的值未知。</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的内容。</translation>
    </message>
    <message>
        <source>The plan has no applicable step.</source>
        <translation>计划中没有可应用的步骤。</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation>失败：%1：%2</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Could not undo %1: %2</source>
        <translation>无法撤销 %1：%2</translation>
    </message>
</context>
<context>
    <name>PlanFormatter</name>
    <message>
        <source>persistent</source>
        <translation>持久</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>仅运行时</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>风险：%1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销方式：%1</translation>
    </message>
    <message>
        <source>Cannot be undone: %1</source>
        <translation>无法撤销：%1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>计划：%1</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <source>Already in place:</source>
        <translation>已经就绪：</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>已拒绝：</translation>
    </message>
    <message>
        <source>Steps (each is authorized, applied and verified; a failure undoes the earlier ones):</source>
        <translation>步骤（每一步都经过授权、应用和验证；失败时会撤销之前的步骤）：</translation>
    </message>
    <message>
        <source>Confirmed by you: %1</source>
        <translation>您已确认：%1</translation>
    </message>
    <message>
        <source>Afterwards:</source>
        <translation>之后：</translation>
    </message>
</context>
<context>
    <name>Planners</name>
    <message>
        <source>The failed allocation needed a block of order %1 (%2 contiguous).</source>
        <translation>失败的分配需要 order %1 的块（连续 %2）。</translation>
    </message>
    <message>
        <source>Node %1 %2: %3 free blocks of order %4 or larger now.</source>
        <translation>节点 %1 %2：当前有 %3 个 order %4 及以上的空闲块。</translation>
    </message>
    <message>
        <source>Compact the memory of every node</source>
        <translation>整理所有节点的内存碎片</translation>
    </message>
    <message>
        <source>Compact the memory of node %1</source>
        <translation>整理节点 %1 的内存碎片</translation>
    </message>
    <message>
        <source>Compaction uses CPU time and may stall allocations for a moment on a busy machine.</source>
        <translation>内存规整会占用 CPU 时间，在繁忙的机器上可能使分配短暂停顿。</translation>
    </message>
    <message>
        <source>Nothing to undo: compaction only moves pages.</source>
        <translation>无需撤销：内存规整只是移动页面。</translation>
    </message>
    <message>
        <source>%1 is not a compaction setting.</source>
        <translation>%1 不是内存规整设置。</translation>
    </message>
    <message>
        <source>The allocation could use only node(s) %1.</source>
        <translation>该分配只能使用节点 %1。</translation>
    </message>
    <message>
        <source>Node %1: %2 free of %3.</source>
        <translation>节点 %1：%3 中空闲 %2。</translation>
    </message>
    <message>
        <source>Allow %1 to use NUMA node(s) %2</source>
        <translation>允许 %1 使用 NUMA 节点 %2</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <source>persistent: a drop-in written by systemd</source>
        <translation>持久：由 systemd 写入的附加配置</translation>
    </message>
    <message>
        <source>runtime: until the next reboot</source>
        <translation>仅运行时：直到下次重启</translation>
    </message>
    <message>
        <source>Set AllowedMemoryNodes back to %1 through systemd</source>
        <translation>通过 systemd 将 AllowedMemoryNodes 恢复为 %1</translation>
    </message>
    <message>
        <source>The cgroup %1 has no cpuset controller now: nothing to change.</source>
        <translation>cgroup %1 当前没有 cpuset 控制器：无需更改。</translation>
    </message>
    <message>
        <source>Write %1 to cpuset.mems of %2</source>
        <translation>将 %1 写入 %2 的 cpuset.mems</translation>
    </message>
    <message>
        <source>(parent&apos;s)</source>
        <translation>（父级的值）</translation>
    </message>
    <message>
        <source>Write %1 back to cpuset.mems</source>
        <translation>将 %1 写回 cpuset.mems</translation>
    </message>
    <message>
        <source>Memory on a distant node is slower to reach; latency-sensitive workloads may run slower.</source>
        <translation>远端节点的内存访问较慢；对延迟敏感的工作负载可能变慢。</translation>
    </message>
    <message>
        <source>%1 already uses node(s) %2: nothing to change.</source>
        <translation>%1 已在使用节点 %2：无需更改。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The cgroup %1 does not exist now (or has no memory controller): nothing to change.</source>
        <translation>cgroup %1 当前不存在（或没有内存控制器）：无需更改。</translation>
    </message>
    <message>
        <source>The limit of %1, a parent of the killed process&apos;s cgroup, was the bottleneck: the change is proposed there.</source>
        <translation>被终止进程所在 cgroup 的父级 %1 的限制是瓶颈：因此建议在那里更改。</translation>
    </message>
    <message>
        <source>The limit hit was %1; the proposal is half as much again, or a quarter above today&apos;s usage if that is more.</source>
        <translation>触及的限制为 %1；建议值为其 1.5 倍，若当前用量的 1.25 倍更大则取后者。</translation>
    </message>
    <message>
        <source>%1 uses %2 now (limit %3).</source>
        <translation>%1 当前使用 %2（限制 %3）。</translation>
    </message>
    <message>
        <source>The new maximum %1 is below the %2 the cgroup uses now: the kernel will reclaim at once and may kill processes in it. memory.high (MemoryHigh=) would throttle instead of killing.</source>
        <translation>新上限 %1 低于该 cgroup 当前用量 %2：内核会立即回收，并可能终止其中的进程。memory.high（MemoryHigh=）则会限速而不是终止。</translation>
    </message>
    <message>
        <source>A limit that is too low makes the kernel reclaim and kill inside this cgroup sooner.</source>
        <translation>限制过低会使内核更早在该 cgroup 内回收内存并终止进程。</translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3</source>
        <translation>将 %2 的 %1 设为 %3</translation>
    </message>
    <message>
        <source>Set %1 back to %2 through systemd</source>
        <translation>通过 systemd 将 %1 恢复为 %2</translation>
    </message>
    <message>
        <source>Write %1 to %2 of %3</source>
        <translation>将 %1 写入 %3 的 %2</translation>
    </message>
    <message>
        <source>runtime: lost when the cgroup is recreated</source>
        <translation>仅运行时：cgroup 重建后失效</translation>
    </message>
    <message>
        <source>Whoever manages this cgroup (systemd, a container runtime) may set its own value again.</source>
        <translation>管理该 cgroup 的程序（systemd、容器运行时）可能会重新设置自己的值。</translation>
    </message>
    <message>
        <source>Write %1 back to %2</source>
        <translation>将 %1 写回 %2</translation>
    </message>
    <message>
        <source>%1 is already %2: nothing to change.</source>
        <translation>%1 已经是 %2：无需更改。</translation>
    </message>
    <message>
        <source>Set %1=%2 for %3</source>
        <translation>为 %3 设置 %1=%2</translation>
    </message>
    <message>
        <source>Takes effect when %1 is restarted; systemd reloads its configuration at once.</source>
        <translation>重启 %1 后生效；systemd 会立即重新加载配置。</translation>
    </message>
    <message>
        <source>Restore or delete %1 and reload systemd</source>
        <translation>恢复或删除 %1 并重新加载 systemd</translation>
    </message>
    <message>
        <source>The killed process %1 had oom_score_adj %2.</source>
        <translation>被终止的进程 %1 的 oom_score_adj 为 %2。</translation>
    </message>
    <message>
        <source>oom_score_adj adds %1 points per 1000 to the badness the kernel computes from memory use; -1000 exempts a process.</source>
        <translation>oom_score_adj 会在内核根据内存用量计算的 badness 上每 1000 加 %1 分；-1000 使进程免于被选中。</translation>
    </message>
    <message>
        <source>Process %1 does not run any more.</source>
        <translation>进程 %1 已不再运行。</translation>
    </message>
    <message>
        <source>No oom_score_adj value chosen.</source>
        <translation>未选择 oom_score_adj 值。</translation>
    </message>
    <message>
        <source>Process %1 already has oom_score_adj %2.</source>
        <translation>进程 %1 的 oom_score_adj 已是 %2。</translation>
    </message>
    <message>
        <source>Set oom_score_adj of %1 (%2) to %3</source>
        <translation>将 %1（%2）的 oom_score_adj 设为 %3</translation>
    </message>
    <message>
        <source>runtime: until the process exits</source>
        <translation>仅运行时：直到进程退出</translation>
    </message>
    <message>
        <source>Another process becomes the OOM killer&apos;s choice instead.</source>
        <translation>改由另一个进程成为 OOM Killer 的选择。</translation>
    </message>
    <message>
        <source>Write %1 back, if the same process still runs</source>
        <translation>若同一进程仍在运行，则写回 %1</translation>
    </message>
    <message>
        <source>Choose a running process or a service.</source>
        <translation>请选择一个正在运行的进程或服务。</translation>
    </message>
    <message>
        <source>OOMPolicy=continue keeps the service running when the kernel kills one of its processes; stop and kill end the service.</source>
        <translation>OOMPolicy=continue 使服务在内核终止其某个进程时继续运行；stop 和 kill 会结束服务。</translation>
    </message>
    <message>
        <source>Nothing chosen to change.</source>
        <translation>未选择要更改的内容。</translation>
    </message>
    <message>
        <source>Restart %1 when convenient: systemctl restart %1</source>
        <translation>请在方便时重启 %1：systemctl restart %1</translation>
    </message>
    <message>
        <source>Add swap</source>
        <translation>添加交换空间</translation>
    </message>
    <message>
        <source>Change a memory limit</source>
        <translation>更改内存限制</translation>
    </message>
    <message>
        <source>Bind to NUMA nodes</source>
        <translation>绑定到 NUMA 节点</translation>
    </message>
    <message>
        <source>Compact memory</source>
        <translation>内存规整</translation>
    </message>
    <message>
        <source>Change OOM priority</source>
        <translation>更改 OOM 优先级</translation>
    </message>
    <message>
        <source>Choose the OOM policy</source>
        <translation>选择 OOM 策略</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>将 %1 设为 %2</translation>
    </message>
    <message>
        <source>Nothing to restore: the value before was unknown</source>
        <translation>无需恢复：更改前的值未知</translation>
    </message>
    <message>
        <source>; remove the line from /etc/sysctl.d/90-oomlens.conf</source>
        <translation>；从 /etc/sysctl.d/90-oomlens.conf 中删除该行</translation>
    </message>
    <message>
        <source>%1 is not an OOM policy setting.</source>
        <translation>%1 不是 OOM 策略设置。</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 已经是 %2。</translation>
    </message>
    <message>
        <source>The next OOM reboots or halts the whole machine instead of killing one process.</source>
        <translation>下一次 OOM 将重启或停止整台机器，而不是终止一个进程。</translation>
    </message>
    <message>
        <source>Strict accounting: programs that reserve more than they use (browsers, JVMs) may fail to start.</source>
        <translation>严格记账：预留多于实际使用量的程序（浏览器、JVM）可能无法启动。</translation>
    </message>
    <message>
        <source>The process that asked for memory is killed, even if a much larger one caused the shortage.</source>
        <translation>即使内存短缺是由大得多的进程造成的，也会终止请求内存的进程。</translation>
    </message>
    <message>
        <source>With kill, systemd-oomd may end the whole unit under pressure.</source>
        <translation>设为 kill 时，systemd-oomd 可能在压力下结束整个单元。</translation>
    </message>
    <message>
        <source>Set %1 back to auto through systemd</source>
        <translation>通过 systemd 将 %1 恢复为 auto</translation>
    </message>
    <message numerus="yes">
        <source>Swap now: %1 on %n device(s).</source>
        <translation>
            <numerusform>当前交换空间：%n 个设备上共 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The killed process held %1; the swap file is sized to absorb about twice that, at least an eighth of RAM.</source>
        <translation>被终止的进程占用了 %1；交换文件的大小约为其两倍，且至少为内存的八分之一。</translation>
    </message>
    <message>
        <source>%1 is already in use as swap: nothing to do.</source>
        <translation>%1 已用作交换空间：无需操作。</translation>
    </message>
    <message>
        <source>%1 is not a mount point on this system.</source>
        <translation>%1 不是此系统上的挂载点。</translation>
    </message>
    <message>
        <source>%1 has %2 free: not enough for %3 of swap and room to spare.</source>
        <translation>%1 剩余 %2：不足以容纳 %3 的交换空间并留有余量。</translation>
    </message>
    <message>
        <source>%1 (%2) has the most free space: %3.</source>
        <translation>%1（%2）的剩余空间最多：%3。</translation>
    </message>
    <message>
        <source>Create and enable the swap file %1 (%2)</source>
        <translation>创建并启用交换文件 %1（%2）</translation>
    </message>
    <message>
        <source>new file %1, mode 0600, %2, formatted with mkswap, enabled with priority %3</source>
        <translation>新文件 %1，权限 0600，%2，用 mkswap 格式化，以优先级 %3 启用</translation>
    </message>
    <message>
        <source>On btrfs the file is created without copy-on-write and cannot be part of a snapshot while it is in use.</source>
        <translation>在 btrfs 上，该文件以禁用写时复制的方式创建，使用期间不能包含在快照中。</translation>
    </message>
    <message>
        <source>Heavy swapping makes the system slow instead of killing a process.</source>
        <translation>大量换页会使系统变慢，而不是终止进程。</translation>
    </message>
    <message>
        <source>swapoff, delete %1%2</source>
        <translation>swapoff，删除 %1%2</translation>
    </message>
    <message>
        <source>, remove the line from /etc/fstab</source>
        <translation>，从 /etc/fstab 中删除该行</translation>
    </message>
    <message>
        <source>%1 is not a wizard; the wizards are: %2</source>
        <translation>%1 不是向导；可用的向导有：%2</translation>
    </message>
    <message>
        <source>The free space on %1 is unknown, so the size of the swap file cannot be checked against it.</source>
        <translation>%1 的可用空间未知，因此无法检查交换文件的大小是否放得下。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>I understand: %1</source>
        <translation>我已了解：%1</translation>
    </message>
    <message>
        <source>I have read the plan; make these changes</source>
        <translation>我已阅读计划；执行这些更改</translation>
    </message>
</context>
<context>
    <name>PrivateCopy</name>
    <message>
        <source>cannot make a private temporary directory: %1</source>
        <translation>无法创建私有临时目录：%1</translation>
    </message>
    <message>
        <source>cannot make a private copy: %1</source>
        <translation>无法创建私有副本：%1</translation>
    </message>
    <message>
        <source>larger than %1; extract it and analyse the file itself</source>
        <translation>大于 %1；请将其解压后直接分析其中的文件</translation>
    </message>
</context>
<context>
    <name>ProcessesPage</name>
    <message>
        <source>Processes</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>Filter by name, pid or cgroup</source>
        <translation>按名称、pid 或 cgroup 筛选</translation>
    </message>
    <message>
        <source>Filter processes</source>
        <translation>筛选进程</translation>
    </message>
    <message>
        <source>How is this ranked?</source>
        <translation>排名是如何计算的？</translation>
    </message>
    <message>
        <source>Undo what-if</source>
        <translation>撤销假设</translation>
    </message>
    <message>
        <source>Apply with the OOM priority wizard…</source>
        <translation>用 OOM 优先级向导应用…</translation>
    </message>
    <message>
        <source>%1 ▼</source>
        <translation>%1 ▼</translation>
    </message>
    <message>
        <source>%1 ▲</source>
        <translation>%1 ▲</translation>
    </message>
    <message>
        <source>oom_score_adj of pid %1</source>
        <translation>pid %1 的 oom_score_adj</translation>
    </message>
    <message>
        <source>Remove pid %1 from the ranking</source>
        <translation>从排名中移除 pid %1</translation>
    </message>
    <message>
        <source>What if this process were not there</source>
        <translation>假如没有这个进程</translation>
    </message>
    <message>
        <source>Ranked as for a global OOM (all of RAM and swap); a cgroup OOM ranks only that cgroup&apos;s processes.</source>
        <translation>按全局 OOM（全部物理内存和交换空间）排名；cgroup OOM 只对该 cgroup 中的进程排名。</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>用法: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数:</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[选项]</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>未知选项 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>未知选项：%1。</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>&quot;%1&quot; 之后缺少值。</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>&quot;%1&quot; 之后有意外的值。</translation>
    </message>
</context>
<context>
    <name>RankingText</name>
    <message>
        <source>Nothing in the report dates the kernel; the 5.9+ formula was used.</source>
        <translation>报告中没有可确定内核年代的信息；已使用 5.9+ 的公式。</translation>
    </message>
    <message>
        <source>The selection score shows the uid-0 tasks lack CAP_SYS_ADMIN; no root bonus applied.</source>
        <translation>选择行的得分表明 uid 为 0 的任务不具备 CAP_SYS_ADMIN；未应用 root 优待。</translation>
    </message>
    <message>
        <source>The selection line&apos;s score matches the formula of %1.</source>
        <translation>选择行的得分与 %1 的公式相符。</translation>
    </message>
    <message>
        <source>The report has no task table; the ranking cannot be recomputed.</source>
        <translation>报告中没有任务表；无法重新计算排名。</translation>
    </message>
    <message>
        <source>totalpages is unknown: %1</source>
        <translation>totalpages 未知：%1</translation>
    </message>
    <message>
        <source>What-if: pid %1 is not in the task table.</source>
        <translation>假设分析：pid %1 不在任务表中。</translation>
    </message>
    <message>
        <source>Ranked with the formula of %1 for the running kernel.</source>
        <translation>已按运行中内核对应的 %1 公式进行排名。</translation>
    </message>
    <message>
        <source>totalram_pages + total_swap_pages = %1 pages</source>
        <translation>totalram_pages + total_swap_pages = %1 页</translation>
    </message>
</context>
<context>
    <name>RecurringList</name>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemedyContextReader</name>
    <message>
        <source>not an oomlens.report/1 document</source>
        <translation>不是 oomlens.report/1 文档</translation>
    </message>
    <message>
        <source>the report holds no incident, so %1 is not in it</source>
        <translation>报告中没有任何事件，因此不包含 %1</translation>
    </message>
    <message>
        <source>no incident %1 in the report; its incidents are: %2</source>
        <translation>报告中没有事件 %1；其中的事件有：%2</translation>
    </message>
</context>
<context>
    <name>RemedyText</name>
    <message>
        <source>Add swap (a swap file or zram) so the kernel can move idle anonymous memory out of RAM before it has to kill, and check vm.swappiness.</source>
        <translation>添加交换空间（交换文件或 zram），使内核在不得不终止进程之前能把空闲的匿名内存移出 RAM，并检查 vm.swappiness。</translation>
    </message>
    <message>
        <source>Raise the memory limit of the cgroup or unit that ran out (MemoryMax=, or memory.max), or set MemoryHigh= below it so the workload is slowed and reclaimed before it is killed.</source>
        <translation>提高耗尽内存的 cgroup 或单元的内存限制（MemoryMax= 或 memory.max），或在其下设置 MemoryHigh=，让工作负载在被终止之前先被减速并回收内存。</translation>
    </message>
    <message>
        <source>Let the workload allocate from more NUMA nodes (AllowedMemoryNodes=, or cpuset.mems), or move it to a node with free memory.</source>
        <translation>让工作负载可从更多 NUMA 节点分配内存（AllowedMemoryNodes= 或 cpuset.mems），或将其移到有空闲内存的节点。</translation>
    </message>
    <message>
        <source>Compact memory (echo 1 &gt; /proc/sys/vm/compact_memory) and keep more free memory in reserve (vm.min_free_kbytes, vm.watermark_scale_factor) so large contiguous allocations succeed.</source>
        <translation>整理内存（echo 1 &gt; /proc/sys/vm/compact_memory），并保留更多空闲内存（vm.min_free_kbytes、vm.watermark_scale_factor），使大块连续分配能够成功。</translation>
    </message>
    <message>
        <source>Protect the processes that matter with a lower oom_score_adj (OOMScoreAdjust= for a unit), and let expendable ones be chosen first.</source>
        <translation>用更低的 oom_score_adj（单元使用 OOMScoreAdjust=）保护重要进程，让可牺牲的进程先被选中。</translation>
    </message>
    <message>
        <source>Choose what systemd does when a process of the unit is killed (OOMPolicy=continue keeps the service running), and review the kernel&apos;s OOM policy (vm.panic_on_oom, vm.overcommit_memory).</source>
        <translation>选择单元中的进程被终止时 systemd 的行为（OOMPolicy=continue 可让服务继续运行），并检查内核的 OOM 策略（vm.panic_on_oom、vm.overcommit_memory）。</translation>
    </message>
    <message>
        <source>Add swap…</source>
        <translation>添加交换空间…</translation>
    </message>
    <message>
        <source>Change the memory limit…</source>
        <translation>更改内存限制…</translation>
    </message>
    <message>
        <source>Change the NUMA nodes…</source>
        <translation>更改 NUMA 节点…</translation>
    </message>
    <message>
        <source>Compact memory…</source>
        <translation>整理内存…</translation>
    </message>
    <message>
        <source>Change the OOM priority…</source>
        <translation>更改 OOM 优先级…</translation>
    </message>
    <message>
        <source>Change the OOM policy…</source>
        <translation>更改 OOM 策略…</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 页</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation>第 %1–%2 行</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>usage %1, limit %2, failcnt %3</source>
        <translation>用量 %1，限制 %2，failcnt %3</translation>
    </message>
    <message>
        <source>no swap configured</source>
        <translation>未配置交换空间</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>共 %2，空闲 %1</translation>
    </message>
    <message>
        <source>a process was killed by the kernel OOM killer</source>
        <translation>一个进程被内核 OOM Killer 杀死</translation>
    </message>
    <message>
        <source>the unit failed with result &apos;oom-kill&apos;</source>
        <translation>单元失败，结果为 &apos;oom-kill&apos;</translation>
    </message>
    <message>
        <source>systemd-oomd killed 1 process</source>
        <translation>systemd-oomd 杀死了 1 个进程</translation>
    </message>
    <message>
        <source>systemd-oomd killed %1 processes</source>
        <translation>systemd-oomd 杀死了 %1 个进程</translation>
    </message>
    <message>
        <source>systemd-oomd killed processes</source>
        <translation>systemd-oomd 杀死了若干进程</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>[%1] %2: %3</source>
        <translation>[%1] %2: %3</translation>
    </message>
    <message>
        <source>evidence: lines %1</source>
        <translation>证据：第 %1 行</translation>
    </message>
    <message>
        <source>fix: %1 wizard</source>
        <translation>修复措施：%1 向导</translation>
    </message>
    <message>
        <source>converted from %1</source>
        <translation>已从 %1 转换</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 个事件</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (the log shows neither year nor time zone)</source>
        <translation>%1 (日志中既无年份也无时区)</translation>
    </message>
    <message>
        <source>%1 (the log shows no time zone)</source>
        <translation>%1 (日志中无时区)</translation>
    </message>
    <message>
        <source>%1 (the log shows no year)</source>
        <translation>%1 (日志中无年份)</translation>
    </message>
    <message>
        <source>uptime %1 s</source>
        <translation>运行时间 %1 秒</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>主机 %1</translation>
    </message>
    <message>
        <source>kernel %1</source>
        <translation>内核 %1</translation>
    </message>
    <message>
        <source>header</source>
        <translation>报告头</translation>
    </message>
    <message>
        <source>stack</source>
        <translation>调用栈</translation>
    </message>
    <message>
        <source>memory cgroup</source>
        <translation>内存 cgroup</translation>
    </message>
    <message>
        <source>Mem-Info</source>
        <translation>Mem-Info</translation>
    </message>
    <message>
        <source>swap</source>
        <translation>交换空间</translation>
    </message>
    <message>
        <source>task table</source>
        <translation>任务表</translation>
    </message>
    <message>
        <source>selection</source>
        <translation>选择行</translation>
    </message>
    <message>
        <source>kill of %1</source>
        <translation>杀死 %1</translation>
    </message>
    <message>
        <source>reaper</source>
        <translation>oom_reaper</translation>
    </message>
    <message>
        <source>userspace killer</source>
        <translation>用户态 killer</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>单元 %1</translation>
    </message>
    <message>
        <source>Node %1 %2</source>
        <translation>节点 %1 %2</translation>
    </message>
    <message>
        <source>free %1 &lt; min %2 (low %3, high %4)</source>
        <translation>空闲 %1 &lt; min %2 (low %3, high %4)</translation>
    </message>
    <message>
        <source>The log shows no kill for this report (it was cut, or the kernel found the victim already exiting).</source>
        <translation>日志中没有此报告对应的 kill 记录 (报告被截断，或内核发现受害进程已在退出)。</translation>
    </message>
    <message>
        <source>Only the kill line is in the log: the kernel rate-limits the report&apos;s details, or they were not copied.</source>
        <translation>日志中只有 kill 行：内核对报告的详细信息做了限速，或者这些信息未被复制。</translation>
    </message>
    <message>
        <source>The report starts in the middle: its beginning is not in the log.</source>
        <translation>报告从中间开始：其开头部分不在日志中。</translation>
    </message>
    <message>
        <source>Lines were left out by whoever copied the log.</source>
        <translation>复制日志的人遗漏了部分行。</translation>
    </message>
    <message>
        <source>The header was glued to the previous line.</source>
        <translation>报告头与上一行粘连在了一起。</translation>
    </message>
    <message>
        <source>A row of the task table was cut.</source>
        <translation>任务表中有一行被截断。</translation>
    </message>
    <message>
        <source>The victim is known only from the oom-kill: summary line.</source>
        <translation>受害进程仅能从 oom-kill: 摘要行得知。</translation>
    </message>
    <message>
        <source>The victim is known only from the oom_reaper line.</source>
        <translation>受害进程仅能从 oom_reaper 行得知。</translation>
    </message>
    <message>
        <source>The victim was already exiting; the kernel skipped killing it.</source>
        <translation>受害进程已在退出；内核未再杀死它。</translation>
    </message>
    <message>
        <source>Only systemd&apos;s unit result is in the log, not the kill itself.</source>
        <translation>日志中只有 systemd 的单元结果，没有 kill 本身的记录。</translation>
    </message>
    <message>
        <source>systemd&apos;s line for %1 was cut by a pager.</source>
        <translation>systemd 关于 %1 的行被分页程序截断。</translation>
    </message>
    <message>
        <source>systemd-oomd&apos;s kill line gives no reason.</source>
        <translation>systemd-oomd 的 kill 行未给出原因。</translation>
    </message>
    <message>
        <source>systemd-oomd&apos;s kill line was wrapped.</source>
        <translation>systemd-oomd 的 kill 行被折行。</translation>
    </message>
    <message>
        <source>systemd-oomd ran in dry-run mode: nothing was killed.</source>
        <translation>systemd-oomd 以 dry-run 模式运行：没有杀死任何进程。</translation>
    </message>
    <message>
        <source>A candidate&apos;s cgroup path was abridged: %1</source>
        <translation>某个候选进程的 cgroup 路径被缩略：%1</translation>
    </message>
    <message>
        <source>A candidate has no cgroup path.</source>
        <translation>某个候选进程没有 cgroup 路径。</translation>
    </message>
    <message>
        <source>earlyoom ran in dry-run mode: nothing was killed.</source>
        <translation>earlyoom 以 dry-run 模式运行：没有杀死任何进程。</translation>
    </message>
    <message>
        <source>earlyoom did not name the signal (before 1.2 it was always SIGKILL).</source>
        <translation>earlyoom 未指明信号 (1.2 之前的版本总是使用 SIGKILL)。</translation>
    </message>
    <message>
        <source>The victim did not exit after earlyoom&apos;s signal.</source>
        <translation>受害进程在收到 earlyoom 的信号后没有退出。</translation>
    </message>
    <message>
        <source>earlyoom escalated to SIGKILL after %1.</source>
        <translation>earlyoom 在 %1 后升级为 SIGKILL。</translation>
    </message>
    <message>
        <source>The victim exited after %1.</source>
        <translation>受害进程在 %1 后退出。</translation>
    </message>
    <message>
        <source>earlyoom could not kill the victim: %1</source>
        <translation>earlyoom 无法杀死受害进程：%1</translation>
    </message>
    <message>
        <source>nohang printed the memory split rounded to MiB.</source>
        <translation>nohang 输出的内存分项已舍入到 MiB。</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <source>an unknown process</source>
        <translation>未知进程</translation>
    </message>
    <message>
        <source>Page allocation failure</source>
        <translation>页分配失败</translation>
    </message>
    <message>
        <source>systemd-oomd kill</source>
        <translation>systemd-oomd 杀死进程</translation>
    </message>
    <message>
        <source>earlyoom kill</source>
        <translation>earlyoom 杀死进程</translation>
    </message>
    <message>
        <source>nohang kill</source>
        <translation>nohang 杀死进程</translation>
    </message>
    <message>
        <source>Userspace OOM kill</source>
        <translation>用户态 OOM 杀死进程</translation>
    </message>
    <message>
        <source>Manual OOM kill (SysRq-f)</source>
        <translation>手动 OOM 杀死进程 (SysRq-f)</translation>
    </message>
    <message>
        <source>Memory cgroup OOM</source>
        <translation>内存 cgroup OOM</translation>
    </message>
    <message>
        <source>Cpuset OOM</source>
        <translation>Cpuset OOM</translation>
    </message>
    <message>
        <source>Memory policy OOM</source>
        <translation>内存策略 (mempolicy) OOM</translation>
    </message>
    <message>
        <source>OOM kill (report suppressed)</source>
        <translation>OOM 杀死进程 (报告被抑制)</translation>
    </message>
    <message>
        <source>System-wide OOM</source>
        <translation>系统级 OOM</translation>
    </message>
    <message>
        <source>uid %1</source>
        <translation>uid %1</translation>
    </message>
    <message>
        <source>anon %1</source>
        <translation>匿名页 %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>文件页 %1</translation>
    </message>
    <message>
        <source>shmem %1</source>
        <translation>shmem %1</translation>
    </message>
    <message>
        <source>total-vm %1</source>
        <translation>total-vm %1</translation>
    </message>
    <message>
        <source>page tables %1</source>
        <translation>页表 %1</translation>
    </message>
    <message>
        <source>oom_score_adj %1</source>
        <translation>oom_score_adj %1</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> 位于 %1</translation>
    </message>
    <message>
        <source>, killed with its memory.oom.group</source>
        <translation>，因其 memory.oom.group 而一并被杀死</translation>
    </message>
    <message>
        <source>, memory reaped</source>
        <translation>，内存已被回收</translation>
    </message>
    <message>
        <source>, the reaper could not free its memory</source>
        <translation>，oom_reaper 未能释放其内存</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <source>order -1 (manual SysRq request)</source>
        <translation>-1 阶 (手动 SysRq 请求)</translation>
    </message>
    <message>
        <source>order %1 (%2)</source>
        <translation>%1 阶 (%2)</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>%1 阶</translation>
    </message>
    <message>
        <source>gfp_mask %1</source>
        <translation>gfp_mask %1</translation>
    </message>
    <message>
        <source>gfp_mask %1 (%2)</source>
        <translation>gfp_mask %1 (%2)</translation>
    </message>
    <message>
        <source>via the page allocator</source>
        <translation>经由页分配器</translation>
    </message>
    <message>
        <source>via the memory cgroup charge</source>
        <translation>经由内存 cgroup 计费 (charge)</translation>
    </message>
    <message>
        <source>via a page fault</source>
        <translation>经由缺页异常</translation>
    </message>
    <message>
        <source>via SysRq-f</source>
        <translation>经由 SysRq-f</translation>
    </message>
    <message>
        <source>cpuset %1</source>
        <translation>cpuset %1</translation>
    </message>
    <message>
        <source>mems_allowed %1</source>
        <translation>mems_allowed %1</translation>
    </message>
    <message>
        <source>compaction disabled</source>
        <translation>已禁用内存规整 (compaction)</translation>
    </message>
    <message>
        <source>%1 requested %2</source>
        <translation>%1 请求了 %2</translation>
    </message>
    <message>
        <source>%1 could not allocate an order-%2 block (%3); the kernel did not kill anything for it</source>
        <translation>%1 无法分配 %2 阶内存块 (%3)；内核没有因此杀死任何进程</translation>
    </message>
    <message>
        <source>A userspace OOM killer</source>
        <translation>某个用户态 OOM Killer</translation>
    </message>
    <message>
        <source>%1 killed a process</source>
        <translation>%1 杀死了一个进程</translation>
    </message>
    <message>
        <source>%1 killed %2</source>
        <translation>%1 杀死了 %2</translation>
    </message>
    <message>
        <source> — swap use exceeded %1%</source>
        <translation> — 交换空间使用率超过 %1%</translation>
    </message>
    <message>
        <source> — memory pressure %1% above the limit %2%</source>
        <translation> — 内存压力 %1%，高于限制 %2%</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> 持续 %1</translation>
    </message>
    <message>
        <source>MemAvailable %1%</source>
        <translation>MemAvailable %1%</translation>
    </message>
    <message>
        <source>SwapFree %1%</source>
        <translation>SwapFree %1%</translation>
    </message>
    <message>
        <source> with %1</source>
        <translation> (信号 %1)</translation>
    </message>
    <message>
        <source> (rss %1)</source>
        <translation> (rss %1)</translation>
    </message>
    <message>
        <source>Memory cgroup OOM in %1</source>
        <translation>%1 中的内存 cgroup OOM</translation>
    </message>
    <message>
        <source>Cpuset OOM in %1</source>
        <translation>%1 中的 Cpuset OOM</translation>
    </message>
    <message>
        <source>killed %1</source>
        <translation>杀死了 %1</translation>
    </message>
    <message>
        <source>killed %1 (%2)</source>
        <translation>杀死了 %1 (%2)</translation>
    </message>
    <message>
        <source> and 1 more process</source>
        <translation> 及另外 1 个进程</translation>
    </message>
    <message>
        <source> and %1 more processes</source>
        <translation> 及另外 %1 个进程</translation>
    </message>
    <message>
        <source>no killable process was found</source>
        <translation>未找到可杀死的进程</translation>
    </message>
    <message>
        <source>the kernel panicked instead of killing</source>
        <translation>内核发生 panic，而未杀死进程</translation>
    </message>
    <message>
        <source>no kill is recorded in the log</source>
        <translation>日志中没有 kill 记录</translation>
    </message>
    <message>
        <source>limit %1 reached, failcnt %2</source>
        <translation>已达到限制 %1，failcnt %2</translation>
    </message>
    <message>
        <source>usage %1 of limit %2, failcnt %3</source>
        <translation>用量 %1 / 限制 %2，failcnt %3</translation>
    </message>
    <message>
        <source>swap: %1</source>
        <translation>交换空间：%1</translation>
    </message>
    <message>
        <source>panic: %1</source>
        <translation>panic: %1</translation>
    </message>
    <message>
        <source>%1; panic: %2</source>
        <translation>%1；panic: %2</translation>
    </message>
    <message>
        <source>critical</source>
        <comment>cause severity</comment>
        <translation>严重</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>cause severity</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <comment>cause severity</comment>
        <translation>信息</translation>
    </message>
    <message>
        <source>The log was quoted in a mail reply or a blockquote; the quote marks were removed.</source>
        <translation>日志是在邮件回复或引用块中被引用的；已去掉引用符号。</translation>
    </message>
    <message>
        <source>Whoever copied the log cut the dates off its lines: the time of day is there, the day is unknown.</source>
        <translation>复制日志的人删去了各行的日期：有时刻，但日期未知。</translation>
    </message>
    <message>
        <source>Lines that a mail client or a terminal had wrapped were joined again.</source>
        <translation>已将被邮件客户端或终端折行的行重新连接起来。</translation>
    </message>
    <message>
        <source>OpenVZ/Virtuozzo container OOM: beancounter %1.</source>
        <translation>OpenVZ/Virtuozzo 容器 OOM：beancounter %1。</translation>
    </message>
    <message>
        <source>The slab allocator failed %1 times in a row; they are shown as one event.</source>
        <translation>slab 分配器连续失败了 %1 次；它们显示为一个事件。</translation>
    </message>
    <message>
        <source>Slab caches that could not grow: %1</source>
        <translation>无法扩展的 slab 缓存：%1</translation>
    </message>
    <message>
        <source>The failed slab allocations did not all have the same gfp mask.</source>
        <translation>失败的 slab 分配的 gfp_mask 并不完全相同。</translation>
    </message>
    <message>
        <source>systemd-oomd&apos;s kill line gives no reason; its candidate list (swap use only) shows a swap-based kill.</source>
        <translation>systemd-oomd 的杀死行没有给出原因；其候选列表（仅有交换空间用量）表明这是基于交换空间的杀死。</translation>
    </message>
    <message>
        <source>The %1 allocator could not grow the slab cache %2 (%3); the kernel did not kill anything for it</source>
        <translation>%1 分配器无法扩展 slab 缓存 %2 (%3)；内核没有因此杀死任何进程</translation>
    </message>
    <message>
        <source> — swap use passed its limit</source>
        <translation> — 交换空间用量超过了限制</translation>
    </message>
    <message>
        <source>slab failures</source>
        <translation>slab 失败</translation>
    </message>
    <message>
        <source>The low-memory killer&apos;s reason lines after its kill line are not in the log.</source>
        <translation>低内存终止机制在终止行之后输出的原因行不在日志中。</translation>
    </message>
    <message>
        <source>Android lmkd kill</source>
        <translation>Android lmkd 杀死进程</translation>
    </message>
    <message>
        <source>Android low memory killer kill</source>
        <translation>Android 低内存终止机制杀死进程</translation>
    </message>
    <message>
        <source>ChromeOS low-memory kill</source>
        <translation>ChromeOS 内存不足时的终止</translation>
    </message>
    <message>
        <source>rss %1</source>
        <translation>rss %1</translation>
    </message>
    <message>
        <source>swap %1</source>
        <translation>交换空间 %1</translation>
    </message>
    <message>
        <source>caches the log does not name</source>
        <extracomment>The slab caches that failed are not printed in the log.</extracomment>
        <translation>日志未列出名称的缓存</translation>
    </message>
    <message>
        <source>%1 first, others later</source>
        <extracomment>gfp_mask of the first failure; the later ones printed other masks.</extracomment>
        <translation>起初为 %1，之后为其他值</translation>
    </message>
    <message>
        <source>after the kill</source>
        <translation>在终止进程之后</translation>
    </message>
    <message>
        <source>%1 s after the report began</source>
        <translation>报告开始后 %1 秒</translation>
    </message>
    <message>
        <source>just before the report</source>
        <translation>紧接在报告之前</translation>
    </message>
    <message>
        <source>%1 s before the report</source>
        <translation>报告之前 %1 秒</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 allocation failure(s) %2, in %3, gfp_mask %4</source>
        <extracomment>%n count, %1 allocator (SLUB, SLAB), %2 when, %3 slab caches, %4 gfp_mask.</extracomment>
        <translation>
            <numerusform>%1 分配失败 %n 次（%2），缓存：%3，gfp_mask %4</numerusform>
        </translation>
    </message>
    <message>
        <source>The kernel&apos;s lowmemorykiller</source>
        <translation>内核的 lowmemorykiller</translation>
    </message>
    <message>
        <source>Chrome&apos;s tab manager</source>
        <translation>Chrome 的标签页管理器</translation>
    </message>
    <message>
        <source> (an estimated %1 freed)</source>
        <translation>（估计释放 %1）</translation>
    </message>
    <message>
        <source>The kernel&apos;s lowmemorykiller printed %1: an adj of this kernel&apos;s scale (oom_adj or oom_score_adj) and a size in pages.</source>
        <translation>内核的 lowmemorykiller 输出了 %1：adj 采用该内核的尺度（oom_adj 或 oom_score_adj），size 以页为单位。</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Waiting for authorization and the changes…</source>
        <translation>正在等待授权和更改…</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>Verified against the live system</source>
        <translation>已对照当前系统验证</translation>
    </message>
</context>
<context>
    <name>SandboxCapabilities</name>
    <message>
        <source>the sandbox does not allow starting the host gatherer (no permission to talk to org.freedesktop.Flatpak)</source>
        <translation>沙盒不允许启动主机采集程序 (没有与 org.freedesktop.Flatpak 通信的权限)</translation>
    </message>
    <message>
        <source>the host gatherer (oomlens-hostgather) is missing from this installation</source>
        <translation>此安装中缺少主机采集程序 (oomlens-hostgather)</translation>
    </message>
    <message>
        <source>org.freedesktop.Flatpak does not answer on the session bus, so the host gatherer cannot be started</source>
        <translation>会话总线上的 org.freedesktop.Flatpak 没有响应，因此无法启动主机采集程序</translation>
    </message>
    <message>
        <source>Allow it with: flatpak override --user --talk-name=org.freedesktop.Flatpak io.github.oomlens.OOMLens, or install OOM Lens from your distribution&apos;s packages.</source>
        <translation>可用 flatpak override --user --talk-name=org.freedesktop.Flatpak io.github.oomlens.OOMLens 允许，或从发行版的软件包安装 OOM Lens。</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation>碎片化</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>Cgroups</source>
        <translation>cgroup</translation>
    </message>
    <message>
        <source>Live kernel log</source>
        <translation>实时内核日志</translation>
    </message>
    <message>
        <source>Journal of earlier boots</source>
        <translation>之前启动的 journal</translation>
    </message>
    <message>
        <source>Fixes</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Host processes are not visible in the Flatpak sandbox (it has its own process namespace), and %1.</source>
        <translation>在 Flatpak 沙盒中看不到主机的进程 (沙盒有自己的进程命名空间)，并且%1。</translation>
    </message>
    <message>
        <source>The cgroup tree (/sys/fs/cgroup) is not mounted in the Flatpak sandbox, and %1.</source>
        <translation>cgroup 树 (/sys/fs/cgroup) 未挂载到 Flatpak 沙盒中，并且%1。</translation>
    </message>
    <message>
        <source>The kernel log (/dev/kmsg) cannot be read in the Flatpak sandbox, and %1; new incidents are not shown as they happen.</source>
        <translation>在 Flatpak 沙盒中无法读取内核日志 (/dev/kmsg)，并且%1；新事件不会在发生时显示。</translation>
    </message>
    <message>
        <source>The journal (%1) is exposed to the sandbox but cannot be read: the host keeps no persistent journal, or this user may not read it.</source>
        <translation>journal (%1) 已向沙盒开放，但无法读取：主机没有保存持久化的 journal，或此用户无权读取。</translation>
    </message>
    <message>
        <source>The sandbox does not expose the journal (%1), so incidents of earlier boots are not found.</source>
        <translation>沙盒没有开放 journal (%1)，因此找不到之前启动中的事件。</translation>
    </message>
    <message>
        <source>Add the user to the systemd-journal group, or open exported logs with Open.</source>
        <translation>将用户加入 systemd-journal 组，或通过“打开”打开导出的日志。</translation>
    </message>
    <message>
        <source>Allow it with: flatpak override --user --filesystem=/var/log/journal:ro io.github.oomlens.OOMLens</source>
        <translation>可用 flatpak override --user --filesystem=/var/log/journal:ro io.github.oomlens.OOMLens 允许</translation>
    </message>
    <message>
        <source>The host has no oomlens-helper, so fixes cannot be applied from the sandbox; each wizard shows the commands to run instead.</source>
        <translation>主机上没有 oomlens-helper，因此无法从沙盒中应用修复；各向导会改为显示需要运行的命令。</translation>
    </message>
    <message>
        <source>The sandbox may not talk to the host&apos;s oomlens-helper, so fixes cannot be applied; each wizard shows the commands to run instead.</source>
        <translation>沙盒无权与主机的 oomlens-helper 通信，因此无法应用修复；各向导会改为显示需要运行的命令。</translation>
    </message>
    <message>
        <source>Install the oomlens package of your distribution on the host; it provides the helper.</source>
        <translation>在主机上安装发行版的 oomlens 软件包，其中包含该辅助程序。</translation>
    </message>
</context>
<context>
    <name>SeriesModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Loading was cancelled: the incidents found so far are shown. Press F5 to load everything again.</source>
        <translation>已取消加载：显示的是目前已找到的事件。按 F5 重新加载全部内容。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>New incidents on this system cannot be followed: %1</source>
        <translation>无法跟踪此系统上的新事件：%1</translation>
    </message>
    <message>
        <source>New incident: %1</source>
        <translation>新事件：%1</translation>
    </message>
</context>
<context>
    <name>SessionOverview</name>
    <message numerus="yes">
        <source>%n day(s) with incidents; at most %1 on %2</source>
        <translation>
            <numerusform>有事件的天数：%n 天；最多一天为 %2，共 %1 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeverityMap</name>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>A severity: nothing is wrong.</extracomment>
        <translation>正常</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
</context>
<context>
    <name>SourceBar</name>
    <message>
        <source>Live system</source>
        <translation>当前运行的系统</translation>
    </message>
    <message>
        <source>No input open</source>
        <translation>未打开任何输入</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>关闭 %1</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>StartOptions</name>
    <message>
        <source>Explains why Linux ran out of memory.</source>
        <translation>解释 Linux 为何内存不足。</translation>
    </message>
    <message>
        <source>Open the demo bundle shipped with OOM Lens.</source>
        <translation>打开 OOM Lens 附带的演示数据包。</translation>
    </message>
    <message>
        <source>Use this language (ja, zh_CN, zh_TW, en).</source>
        <translation>使用此语言（ja、zh_CN、zh_TW、en）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Logs, folders, archives or bundles to open; without any, the live system.</source>
        <translation>要打开的日志、文件夹、归档或数据包；未指定时打开当前运行的系统。</translation>
    </message>
    <message>
        <source>[FILE|DIR|ARCHIVE…]</source>
        <translation>[文件|目录|归档…]</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>加载进度</translation>
    </message>
    <message>
        <source>%1 of %2 MiB</source>
        <translation>%1 / %2 MiB</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>正在跟踪 %1</translation>
    </message>
</context>
<context>
    <name>StdinStream</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>读取错误：%1</translation>
    </message>
    <message>
        <source>%1 data on standard input is not supported; pass the file&apos;s path</source>
        <translation>不支持通过标准输入传入 %1 数据；请改为传入该文件的路径</translation>
    </message>
</context>
<context>
    <name>SystemTree</name>
    <message>
        <source>Cgroup %1 was removed while it was being read.</source>
        <translation>cgroup %1 在读取过程中被删除。</translation>
    </message>
    <message>
        <source>Cgroups deeper than %1 levels below %2 were not read.</source>
        <translation>%2 下深度超过 %1 层的 cgroup 未被读取。</translation>
    </message>
    <message>
        <source>Only the first %1 cgroups were read.</source>
        <translation>只读取了前 %1 个 cgroup。</translation>
    </message>
    <message>
        <source>This cgroup</source>
        <translation>此 cgroup</translation>
    </message>
    <message>
        <source>The cgroup tree</source>
        <translation>cgroup 树</translation>
    </message>
    <message numerus="yes">
        <source>%1 is unknown in %n cgroup(s): permission denied.</source>
        <translation>
            <numerusform>%n 个 cgroup 中的 %1 未知：权限不足。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is unknown: %2: %3.</source>
        <translation>%1 未知：%2: %3。</translation>
    </message>
    <message>
        <source>The process table</source>
        <translation>进程表</translation>
    </message>
    <message>
        <source>Process %1 does not exist (any more).</source>
        <translation>进程 %1 不存在 (或已不存在)。</translation>
    </message>
    <message>
        <source>Process %1 exited while it was being read.</source>
        <translation>进程 %1 在读取过程中退出。</translation>
    </message>
    <message>
        <source>Process %1 (%2) exited while it was being read.</source>
        <translation>进程 %1 (%2) 在读取过程中退出。</translation>
    </message>
    <message numerus="yes">
        <source>%n more process(es) exited while being read.</source>
        <translation>
            <numerusform>另有 %n 个进程在读取过程中退出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is unknown for %n process(es): reading it needs ptrace access (root, or the same user without Yama restrictions).</source>
        <translation>
            <numerusform>%n 个进程的 %1 未知：读取它需要 ptrace 权限 (root，或不受 Yama 限制的同一用户)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is unknown for %n process(es): permission denied.</source>
        <translation>
            <numerusform>%n 个进程的 %1 未知：权限不足。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is unknown for %n process(es): the file does not exist (older kernel, or not in the bundle).</source>
        <translation>
            <numerusform>%n 个进程的 %1 未知：该文件不存在 (内核较旧，或不在数据包中)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process file(s) could not be read or parsed.</source>
        <translation>
            <numerusform>%n 个进程文件无法读取或解析。</numerusform>
        </translation>
    </message>
    <message>
        <source>The kernel release</source>
        <translation>内核版本</translation>
    </message>
    <message>
        <source>System memory (meminfo)</source>
        <translation>系统内存 (meminfo)</translation>
    </message>
    <message>
        <source>Reclaim and OOM counters (vmstat)</source>
        <translation>回收与 OOM 计数器 (vmstat)</translation>
    </message>
    <message>
        <source>Zone watermarks (zoneinfo)</source>
        <translation>区域水位线 (zoneinfo)</translation>
    </message>
    <message>
        <source>Free blocks per order (buddyinfo)</source>
        <translation>各阶的空闲块 (buddyinfo)</translation>
    </message>
    <message>
        <source>Free blocks per migrate type are unknown: proc/pagetypeinfo is readable by root only (Linux 5.4+).</source>
        <translation>各迁移类型的空闲块未知：proc/pagetypeinfo 仅 root 可读 (Linux 5.4+)。</translation>
    </message>
    <message>
        <source>Free blocks per migrate type (pagetypeinfo)</source>
        <translation>各迁移类型的空闲块 (pagetypeinfo)</translation>
    </message>
    <message>
        <source>%1 did not hold PSI lines.</source>
        <translation>%1 中没有 PSI 行。</translation>
    </message>
    <message>
        <source>Pressure stall information</source>
        <translation>压力阻塞信息 (PSI)</translation>
    </message>
    <message>
        <source>Pressure stall information is unknown: PSI is disabled at boot (psi=0, or a CONFIG_PSI_DEFAULT_DISABLED kernel such as RHEL 8 without psi=1).</source>
        <translation>压力阻塞信息 (PSI) 未知：启动时禁用了 PSI (psi=0，或是未加 psi=1 的 CONFIG_PSI_DEFAULT_DISABLED 内核，如 RHEL 8)。</translation>
    </message>
    <message>
        <source>Pressure stall information is unknown: the kernel was booted with psi=0.</source>
        <translation>压力阻塞信息 (PSI) 未知：内核以 psi=0 启动。</translation>
    </message>
    <message>
        <source>Pressure stall information is unknown: the kernel has no CONFIG_PSI, is older than 4.20, or PSI is disabled at boot (psi=0).</source>
        <translation>压力阻塞信息 (PSI) 未知：内核没有 CONFIG_PSI、版本早于 4.20，或启动时禁用了 PSI (psi=0)。</translation>
    </message>
    <message>
        <source>Swap devices</source>
        <translation>交换设备</translation>
    </message>
    <message>
        <source>The vm.* sysctls</source>
        <translation>vm.* sysctl 参数</translation>
    </message>
    <message>
        <source>Transparent huge page settings are unknown: the kernel has no CONFIG_TRANSPARENT_HUGEPAGE (or the bundle lacks them).</source>
        <translation>透明大页 (THP) 设置未知：内核没有 CONFIG_TRANSPARENT_HUGEPAGE (或数据包中缺少这些设置)。</translation>
    </message>
    <message>
        <source>Transparent huge page settings</source>
        <translation>透明大页 (THP) 设置</translation>
    </message>
    <message>
        <source>The NUMA topology (a kernel without CONFIG_NUMA has no node directory)</source>
        <translation>NUMA 拓扑 (没有 CONFIG_NUMA 的内核不存在 node 目录)</translation>
    </message>
    <message>
        <source>Node memory</source>
        <translation>节点内存</translation>
    </message>
    <message>
        <source>Only your own processes are listed: /proc is mounted with hidepid=%1.</source>
        <translation>只列出了你自己的进程：/proc 以 hidepid=%1 挂载。</translation>
    </message>
    <message>
        <source>Cgroups are unknown: no cgroup hierarchy is mounted (or the bundle has none).</source>
        <translation>cgroup 未知：未挂载任何 cgroup 层级 (或数据包中没有)。</translation>
    </message>
    <message>
        <source>cgroup v1 only: per-cgroup memory pressure, memory.events and memory.oom.group do not exist; the v1 counters (limit_in_bytes, failcnt, oom_control) are shown instead.</source>
        <translation>仅有 cgroup v1：不存在各 cgroup 的内存压力、memory.events 和 memory.oom.group；改为显示 v1 计数器 (limit_in_bytes、failcnt、oom_control)。</translation>
    </message>
    <message>
        <source>Hybrid cgroup layout: the memory controller is on cgroup v1 (%1); the v2 hierarchy gives per-cgroup pressure only.</source>
        <translation>混合 cgroup 布局：内存控制器 (memory) 位于 cgroup v1 (%1)；v2 层级只提供各 cgroup 的压力数据。</translation>
    </message>
    <message>
        <source>The cgroup v2 memory controller is not enabled: cgroup memory usage and limits are unknown.</source>
        <translation>未启用 cgroup v2 memory 控制器：cgroup 内存用量和限制未知。</translation>
    </message>
    <message>
        <source>Everything is unknown: %1.</source>
        <translation>全部未知：%1。</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Not running as root: other users&apos; smaps_rollup, proc/pagetypeinfo (Linux 5.4+) and some cgroup files are unknown; everything else is complete.</source>
        <translation>未以 root 身份运行：其他用户的 smaps_rollup、proc/pagetypeinfo (Linux 5.4+) 及部分 cgroup 文件未知；其余信息均完整。</translation>
    </message>
    <message>
        <source>The page size is unknown (the bundle does not state it, and meminfo, zoneinfo and vmstat do not agree on one): 4 KiB is assumed.</source>
        <translation>页大小未知（数据包中未注明，且 meminfo、zoneinfo 和 vmstat 的结果不一致）：假定为 4 KiB。</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>Largest tasks by rss (%1 of %2):</source>
        <translation>按 rss 排序的最大任务 (共 %2 个中的 %1 个):</translation>
    </message>
    <message>
        <source>pid</source>
        <translation>pid</translation>
    </message>
    <message>
        <source>uid</source>
        <translation>uid</translation>
    </message>
    <message>
        <source>rss</source>
        <translation>rss</translation>
    </message>
    <message>
        <source>swap</source>
        <translation>交换空间</translation>
    </message>
    <message>
        <source>adj</source>
        <translation>adj</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>limit of the host</source>
        <translation>主机的限制</translation>
    </message>
    <message>
        <source>limit of %1</source>
        <translation>%1 的限制</translation>
    </message>
    <message>
        <source>victim in %1</source>
        <translation>受害进程位于 %1</translation>
    </message>
    <message>
        <source>Memory cgroup: %1</source>
        <translation>内存 cgroup：%1</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>memory+swap</source>
        <translation>内存+交换空间</translation>
    </message>
    <message>
        <source>kmem</source>
        <translation>kmem</translation>
    </message>
    <message>
        <source>Incident %1 of %2: %3</source>
        <translation>事件 %1/%2：%3</translation>
    </message>
    <message>
        <source>Causes:</source>
        <translation>原因:</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>发生了什么：%1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>来源：%1，%2</translation>
    </message>
    <message>
        <source>Trigger: %1</source>
        <translation>触发进程：%1</translation>
    </message>
    <message>
        <source>Constraint: %1</source>
        <translation>约束：%1</translation>
    </message>
    <message>
        <source>Only the kill line is in the log (the kernel rate-limits the details).</source>
        <translation>日志中只有 kill 行 (内核对详细信息做了限速)。</translation>
    </message>
    <message>
        <source>Victims:</source>
        <translation>受害进程:</translation>
    </message>
    <message>
        <source>Selected first: %1 (pid %2, score %3), then a child was killed</source>
        <translation>首先选中：%1 (pid %2，得分 %3)，随后杀死的是其子进程</translation>
    </message>
    <message>
        <source>memory.oom.group: every task of %1 was killed</source>
        <translation>memory.oom.group: %1 中的所有任务均被杀死</translation>
    </message>
    <message>
        <source>No process could be killed.</source>
        <translation>没有可杀死的进程。</translation>
    </message>
    <message>
        <source>The kernel panicked.</source>
        <translation>内核发生了 panic。</translation>
    </message>
    <message>
        <source>The kernel panicked: %1</source>
        <translation>内核发生了 panic：%1</translation>
    </message>
    <message>
        <source>Zones below their min watermark:</source>
        <translation>低于 min 水位线的区域:</translation>
    </message>
    <message>
        <source>Swap: %1</source>
        <translation>交换空间：%1</translation>
    </message>
    <message>
        <source>systemd units:</source>
        <translation>systemd 单元:</translation>
    </message>
    <message>
        <source>Container runtime %1: %2</source>
        <translation>容器运行时 %1：%2</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <source>No OOM incidents found.</source>
        <translation>未发现 OOM 事件。</translation>
    </message>
    <message>
        <source>OOM incidents found: %1.</source>
        <translation>发现 %1 个 OOM 事件。</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>输入:</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>错误:</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: 警告：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Also in: %1</source>
        <translation>也见于：%1</translation>
    </message>
    <message>
        <source>Also in: %1, %2</source>
        <translation>也见于：%1，%2</translation>
    </message>
    <message>
        <source>Slab allocation failures: %1</source>
        <translation>slab 分配失败：%1</translation>
    </message>
</context>
<context>
    <name>TotalPagesText</name>
    <message>
        <source>The report does not print the total swap; 0 was assumed.</source>
        <translation>报告未输出交换空间总量；假定为 0。</translation>
    </message>
    <message>
        <source>%1 pages RAM − %2 pages reserved + %3 kB swap ÷ %4 kB = %5 pages</source>
        <translation>RAM %1 页 − 保留 %2 页 + 交换空间 %3 kB ÷ %4 kB = %5 页</translation>
    </message>
    <message>
        <source>The report has neither the RAM summary nor zone sizes.</source>
        <translation>报告中既没有 RAM 摘要，也没有区域大小。</translation>
    </message>
    <message>
        <source>Σ managed of the zones %1 kB ÷ %2 kB + %3 kB swap ÷ %2 kB = %4 pages</source>
        <translation>各区域的 Σ managed %1 kB ÷ %2 kB + 交换空间 %3 kB ÷ %2 kB = %4 页</translation>
    </message>
    <message>
        <source>Without the RAM summary the zones printed were summed; zones the report filtered out are missing.</source>
        <translation>由于没有 RAM 摘要，已对报告输出的各区域求和；报告过滤掉的区域未计入。</translation>
    </message>
    <message>
        <source>Zones without managed: (before 3.8) counted with present:, which includes reserved pages.</source>
        <translation>没有 managed: 的区域 (3.8 之前) 按 present: 计算，其中包含保留页。</translation>
    </message>
    <message>
        <source>The memcg report&apos;s memory: line (the limit) is not in the log.</source>
        <translation>memcg 报告中的 memory: 行 (即限制) 不在日志中。</translation>
    </message>
    <message>
        <source>The OOMing memcg prints no memory limit.</source>
        <translation>发生 OOM 的 memcg 未输出内存限制。</translation>
    </message>
    <message>
        <source>Memcg reports since 3.9 do not print the total swap; 0 was assumed.</source>
        <translation>自 3.9 起的 memcg 报告不输出交换空间总量；假定为 0。</translation>
    </message>
    <message>
        <source>Tasks of this memcg have swap entries, so the machine has swap: the real totalpages is larger.</source>
        <translation>此 memcg 中的任务有交换条目，说明机器配置了交换空间：实际的 totalpages 更大。</translation>
    </message>
    <message>
        <source>memory.swappiness is not in the report; a non-zero value (the default) was assumed.</source>
        <translation>报告中没有 memory.swappiness；假定为非零值 (默认值)。</translation>
    </message>
    <message>
        <source>memory.max %1 kB + min(swap.max %2, total swap %3 kB), ÷ %4 kB = %5 pages</source>
        <translation>memory.max %1 kB + min(swap.max %2, 交换空间总量 %3 kB), ÷ %4 kB = %5 页</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>memory limit %1 kB + min(memory+swap limit − memory limit %2, total swap %3 kB), ÷ %4 kB = %5 pages</source>
        <translation>内存限制 %1 kB + min(memory+swap 限制 − 内存限制 %2, 交换空间总量 %3 kB), ÷ %4 kB = %5 页</translation>
    </message>
    <message>
        <source>The memory+swap line is not in the log; no memory+swap limit was assumed.</source>
        <translation>日志中没有 memory+swap 行；假定没有 memory+swap 限制。</translation>
    </message>
    <message>
        <source>The cpuset&apos;s nodes (mems_allowed) or the zone sizes per node are not in the log.</source>
        <translation>日志中没有 cpuset 的节点 (mems_allowed) 或各节点的区域大小。</translation>
    </message>
    <message>
        <source>The allocation&apos;s nodemask or the zone sizes per node are not in the log.</source>
        <translation>日志中没有该次分配的 nodemask 或各节点的区域大小。</translation>
    </message>
    <message>
        <source>No zone of the allowed nodes %1 is in the log.</source>
        <translation>日志中没有允许节点 %1 的任何区域。</translation>
    </message>
    <message>
        <source>Σ present of the zones of nodes %1: %2 kB ÷ %3 kB + %4 kB swap ÷ %3 kB = %5 pages</source>
        <translation>节点 %1 各区域的 Σ present: %2 kB ÷ %3 kB + 交换空间 %4 kB ÷ %3 kB = %5 页</translation>
    </message>
    <message>
        <source>Kernels up to 5.3 count the spanned pages of each node (holes included); present pages were used.</source>
        <translation>5.3 及更早的内核按每个节点的 spanned 页数计算 (包括空洞)；此处使用的是 present 页数。</translation>
    </message>
    <message>
        <source>Some allowed nodes print no zone line; they were not counted.</source>
        <translation>部分允许的节点没有输出区域行；这些节点未计入。</translation>
    </message>
    <message>
        <source>%1 is not a mainline constraint; the global totalpages was used.</source>
        <translation>%1 不是主线内核中的约束；已使用全局 totalpages。</translation>
    </message>
    <message>
        <source>The constraint is not printed; the memcg report makes it a memcg OOM.</source>
        <translation>报告未输出约束；memcg 报告表明这是一次 memcg OOM。</translation>
    </message>
    <message>
        <source>The constraint is not printed (before 5.0); a global OOM was assumed (cpuset and mempolicy OOMs look the same).</source>
        <translation>报告未输出约束 (5.0 之前)；假定为全局 OOM (cpuset 和 mempolicy OOM 的输出与之相同)。</translation>
    </message>
</context>
<context>
    <name>TranscodingStream</name>
    <message>
        <source>cannot convert from %1: the system&apos;s iconv lacks it</source>
        <translation>无法从 %1 转换：系统的 iconv 不支持该编码</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>%1 is not a whole number (for %2).</source>
        <translation>%1 不是整数（用于 %2）。</translation>
    </message>
    <message>
        <source>%1 is outside the range %2 to %3 allowed for %4.</source>
        <translation>%1 超出 %4 允许的范围 %2 到 %3。</translation>
    </message>
    <message>
        <source>%1 is not a setting OOM Lens changes.</source>
        <translation>%1 不是 OOM Lens 会更改的设置。</translation>
    </message>
    <message>
        <source>No unit name given.</source>
        <translation>未指定单元名称。</translation>
    </message>
    <message>
        <source>The unit name %1 is longer than 255 characters.</source>
        <translation>单元名称 %1 超过 255 个字符。</translation>
    </message>
    <message>
        <source>%1 is not a valid name of a service, scope or slice.</source>
        <translation>%1 不是有效的服务、作用域或切片名称。</translation>
    </message>
    <message>
        <source>%1 can only be set for a service, not for %2.</source>
        <translation>%1 只能为服务设置，不能为 %2 设置。</translation>
    </message>
    <message>
        <source>%1 is not one of continue, stop or kill (for OOMPolicy).</source>
        <translation>%1 不是 continue、stop 或 kill 之一（用于 OOMPolicy）。</translation>
    </message>
    <message>
        <source>%1 is not a unit setting OOM Lens writes.</source>
        <translation>%1 不是 OOM Lens 会写入的单元设置。</translation>
    </message>
    <message>
        <source>%1 is neither a byte count nor “infinity” (for %2).</source>
        <translation>%1 既不是字节数也不是“infinity”（用于 %2）。</translation>
    </message>
    <message>
        <source>%1 is not a list of NUMA nodes such as 0-1,3.</source>
        <translation>%1 不是 0-1,3 这样的 NUMA 节点列表。</translation>
    </message>
    <message>
        <source>%1 is not one of auto or kill (for %2).</source>
        <translation>%1 不是 auto 或 kill 之一（用于 %2）。</translation>
    </message>
    <message>
        <source>%1 is not a unit property OOM Lens sets.</source>
        <translation>%1 不是 OOM Lens 会设置的单元属性。</translation>
    </message>
    <message>
        <source>The cgroup path %1 does not start with “/”.</source>
        <translation>cgroup 路径 %1 不是以“/”开头。</translation>
    </message>
    <message>
        <source>The root cgroup has no memory limits to change.</source>
        <translation>根 cgroup 没有可更改的内存限制。</translation>
    </message>
    <message>
        <source>The cgroup path %1 is longer than 4096 characters.</source>
        <translation>cgroup 路径 %1 超过 4096 个字符。</translation>
    </message>
    <message>
        <source>The cgroup path %1 contains a control character.</source>
        <translation>cgroup 路径 %1 包含控制字符。</translation>
    </message>
    <message>
        <source>The cgroup path %1 has an empty component.</source>
        <translation>cgroup 路径 %1 含有空的组成部分。</translation>
    </message>
    <message>
        <source>The cgroup path %1 contains “.” or “..”.</source>
        <translation>cgroup 路径 %1 包含“.”或“..”。</translation>
    </message>
    <message>
        <source>A component of the cgroup path %1 is longer than 255 bytes.</source>
        <translation>cgroup 路径 %1 的某个组成部分超过 255 字节。</translation>
    </message>
    <message>
        <source>%1 is not a cgroup memory limit file OOM Lens writes.</source>
        <translation>%1 不是 OOM Lens 会写入的 cgroup 内存限制文件。</translation>
    </message>
    <message>
        <source>%1 is not a limit for %2: give a byte count of at least 4096 or %3.</source>
        <translation>%1 不是 %2 的有效限制：请给出至少 4096 的字节数或 %3。</translation>
    </message>
    <message>
        <source>NUMA node %1 does not exist on this system.</source>
        <translation>此系统上不存在 NUMA 节点 %1。</translation>
    </message>
    <message>
        <source>%1 is not a process id.</source>
        <translation>%1 不是进程 ID。</translation>
    </message>
    <message>
        <source>The start time of process %1 is unknown, so it cannot be told apart from a later process with the same id.</source>
        <translation>进程 %1 的启动时间未知，因此无法与之后使用相同 ID 的进程区分。</translation>
    </message>
    <message>
        <source>oom_score_adj %1 is outside -1000 to 1000.</source>
        <translation>oom_score_adj %1 超出 -1000 到 1000 的范围。</translation>
    </message>
    <message>
        <source>A swap file of %1 bytes is refused: give whole MiB between 64 MiB and 1 TiB.</source>
        <translation>拒绝 %1 字节的交换文件：请给出 64 MiB 到 1 TiB 之间的整 MiB 数。</translation>
    </message>
    <message>
        <source>Swap priority %1 is outside -1 to 32767.</source>
        <translation>交换空间优先级 %1 超出 -1 到 32767 的范围。</translation>
    </message>
    <message>
        <source>%1 is not a plain absolute mount point.</source>
        <translation>%1 不是普通的绝对路径挂载点。</translation>
    </message>
    <message>
        <source>%1 is %2, which lives in memory: swap there would free nothing.</source>
        <translation>%1 是位于内存中的 %2：在那里放交换空间不会释放任何内存。</translation>
    </message>
    <message>
        <source>%1 is a network or user-space filesystem (%2): the kernel cannot swap to it safely.</source>
        <translation>%1 是网络或用户空间文件系统（%2）：内核无法安全地将其用作交换空间。</translation>
    </message>
    <message>
        <source>%1 is %2, a filesystem that cannot hold a swap file.</source>
        <translation>%1 是 %2，无法存放交换文件的文件系统。</translation>
    </message>
</context>
<context>
    <name>VictimModel</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>oom_score (predicted)</source>
        <extracomment>the oom_score the ranking predicts for /proc/&lt;pid&gt;/oom_score</extracomment>
        <translation>oom_score（预测）</translation>
    </message>
    <message>
        <source>oom_score (kernel)</source>
        <extracomment>/proc/&lt;pid&gt;/oom_score as the kernel reports it now</extracomment>
        <translation>oom_score（内核）</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>交换空间</translation>
    </message>
    <message>
        <source>Page tables</source>
        <translation>页表</translation>
    </message>
    <message>
        <source>Cgroup / unit</source>
        <translation>cgroup / 单元</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>跳过：%1</translation>
    </message>
    <message>
        <source>Killed (as predicted)</source>
        <translation>已被杀死（与预测一致）</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>已被杀死</translation>
    </message>
    <message>
        <source>Next victim</source>
        <translation>下一个受害进程</translation>
    </message>
    <message>
        <source>Predicted victim</source>
        <translation>预测的受害进程</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>%1 · edited</source>
        <translation>%1 · 已修改</translation>
    </message>
    <message>
        <source>%1. %2 (pid %3) · %4 · oom_score_adj %5</source>
        <extracomment>one ranked process: rank, name, pid, memory, oom_score_adj</extracomment>
        <translation>%1. %2 (pid %3) · %4 · oom_score_adj %5</translation>
    </message>
    <message>
        <source>anon %1 · file %2 · shmem %3</source>
        <translation>anon %1 · file %2 · shmem %3</translation>
    </message>
    <message>
        <source>Reading the processes…</source>
        <translation>正在读取进程…</translation>
    </message>
    <message>
        <source>No process could be ranked (see the notes below).</source>
        <translation>没有可排名的进程（见下方说明）。</translation>
    </message>
    <message>
        <source>The report has no task table (vm.oom_dump_tasks = 0, or its lines were lost): nothing to rank.</source>
        <translation>报告中没有任务表（vm.oom_dump_tasks = 0，或相关行已丢失）：无法排名。</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <source>No process is eligible: the kernel would find nothing to kill.</source>
        <translation>没有符合条件的进程：内核找不到可杀死的进程。</translation>
    </message>
    <message>
        <source>If memory ran out now, the kernel would kill %1.</source>
        <translation>如果现在内存耗尽，内核会杀死 %1。</translation>
    </message>
    <message>
        <source>With these changes no process would be eligible.</source>
        <translation>按这些修改，将没有符合条件的进程。</translation>
    </message>
    <message>
        <source>With these changes the kernel would kill %1.</source>
        <translation>按这些修改，内核会杀死 %1。</translation>
    </message>
    <message>
        <source>The ranking predicts %1.</source>
        <translation>排名预测为 %1。</translation>
    </message>
    <message>
        <source>The kernel killed %1.</source>
        <translation>内核杀死了 %1。</translation>
    </message>
    <message>
        <source>The kernel killed %1; the ranking predicts %2.</source>
        <translation>内核杀死了 %1；排名预测为 %2。</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>已移除 %1</translation>
    </message>
    <message>
        <source>%1: oom_score_adj %2</source>
        <translation>%1：oom_score_adj %2</translation>
    </message>
    <message>
        <source>The victim would not change.</source>
        <translation>受害进程不会改变。</translation>
    </message>
    <message>
        <source>%1 (pid %2) would be killed instead of %3 (pid %4).</source>
        <translation>将杀死 %1 (pid %2)，而不是 %3 (pid %4)。</translation>
    </message>
    <message>
        <source>No process would be eligible.</source>
        <translation>将没有符合条件的进程。</translation>
    </message>
    <message>
        <source>What-if: %1. %2</source>
        <translation>假设：%1。%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>totalpages = %1 (%2)</source>
        <translation>totalpages = %1 (%2)</translation>
    </message>
    <message>
        <source>totalpages is unknown: %1</source>
        <translation>totalpages 未知：%1</translation>
    </message>
    <message>
        <source>Formula: oom_badness() of kernels %1.</source>
        <translation>公式：内核 %1 的 oom_badness()。</translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <source>What the incident shows</source>
        <translation>事件显示的情况</translation>
    </message>
    <message>
        <source>No finding of this incident calls for this remedy; the values below come from the live system alone.</source>
        <translation>此事件中没有需要此补救措施的发现；以下数值仅来自当前系统。</translation>
    </message>
    <message>
        <source>How the values are chosen</source>
        <translation>数值的选择依据</translation>
    </message>
</context>
<context>
    <name>WizardFields</name>
    <message>
        <source>Keep after a reboot</source>
        <translation>重启后保留</translation>
    </message>
    <message>
        <source>Filesystem for the swap file</source>
        <translation>交换文件所在的文件系统</translation>
    </message>
    <message>
        <source>a mount point, e.g. /</source>
        <translation>挂载点，例如 /</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>e.g. 4G or 512M</source>
        <translation>例如 4G 或 512M</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>-1 lets the kernel choose</source>
        <translation>-1 表示由内核决定</translation>
    </message>
    <message>
        <source>Add to /etc/fstab</source>
        <translation>添加到 /etc/fstab</translation>
    </message>
    <message>
        <source>vm.swappiness</source>
        <translation>vm.swappiness</translation>
    </message>
    <message>
        <source>empty: unchanged</source>
        <translation>留空：不更改</translation>
    </message>
    <message>
        <source>Cgroup</source>
        <translation>cgroup</translation>
    </message>
    <message>
        <source>systemd unit</source>
        <translation>systemd 单元</translation>
    </message>
    <message>
        <source>empty: write the cgroup file</source>
        <translation>留空：写入 cgroup 文件</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>New limit</source>
        <translation>新的限制</translation>
    </message>
    <message>
        <source>e.g. 2G; max for none</source>
        <translation>例如 2G；无限制填 max</translation>
    </message>
    <message>
        <source>I accept a maximum below the current usage</source>
        <translation>我接受低于当前用量的上限</translation>
    </message>
    <message>
        <source>NUMA nodes</source>
        <translation>NUMA 节点</translation>
    </message>
    <message>
        <source>e.g. 0-1</source>
        <translation>例如 0-1</translation>
    </message>
    <message>
        <source>NUMA node</source>
        <translation>NUMA 节点</translation>
    </message>
    <message>
        <source>-1: every node</source>
        <translation>-1：所有节点</translation>
    </message>
    <message>
        <source>Also set</source>
        <translation>同时设置</translation>
    </message>
    <message>
        <source>e.g. vm.compaction_proactiveness=40</source>
        <translation>例如 vm.compaction_proactiveness=40</translation>
    </message>
    <message>
        <source>Process id</source>
        <translation>进程 ID</translation>
    </message>
    <message>
        <source>0: a service instead</source>
        <translation>0：改为指定服务</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>oom_score_adj</source>
        <translation>oom_score_adj</translation>
    </message>
    <message>
        <source>-1000 to 1000</source>
        <translation>-1000 到 1000</translation>
    </message>
    <message>
        <source>OOMPolicy</source>
        <translation>OOMPolicy</translation>
    </message>
    <message>
        <source>Kernel settings</source>
        <translation>内核设置</translation>
    </message>
    <message>
        <source>e.g. vm.panic_on_oom=0</source>
        <translation>例如 vm.panic_on_oom=0</translation>
    </message>
    <message>
        <source>ManagedOOMMemoryPressure</source>
        <translation>ManagedOOMMemoryPressure</translation>
    </message>
    <message>
        <source>ManagedOOMSwap</source>
        <translation>ManagedOOMSwap</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number</source>
        <translation>%1：%2 不是整数</translation>
    </message>
    <message>
        <source>%1: %2 is not a size such as 4G or 512M</source>
        <translation>%1：%2 不是 4G 或 512M 这样的大小</translation>
    </message>
    <message>
        <source>%1: %2 is not KEY=VALUE</source>
        <translation>%1：%2 不是 KEY=VALUE 形式</translation>
    </message>
    <message>
        <source>unchanged</source>
        <extracomment>A drop-down choice that leaves a systemd setting as it is now.</extracomment>
        <translation>保持不变</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>ZoneBuddyHistogram</name>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>free %1 · largest free order %2</source>
        <translation>空闲 %1 · 最大空闲阶 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Order (block of 2^order pages)</source>
        <translation>阶（2^阶 个页面的块）</translation>
    </message>
    <message>
        <source>MiB free</source>
        <translation>空闲 MiB</translation>
    </message>
    <message>
        <source>The report has no buddy free-list lines.</source>
        <translation>报告中没有伙伴系统空闲链表行。</translation>
    </message>
    <message>
        <source>Reading /proc/buddyinfo…</source>
        <translation>正在读取 /proc/buddyinfo…</translation>
    </message>
    <message>
        <source>Order %1: unusable free index %2, fragmentation index %3</source>
        <translation>%1 阶：不可用指数 %2，碎片化指数 %3</translation>
    </message>
</context>
<context>
    <name>ZoneGauge</name>
    <message>
        <source>free %1</source>
        <translation>空闲 %1</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>min %1</source>
        <translation>min %1</translation>
    </message>
    <message>
        <source>low %1</source>
        <translation>low %1</translation>
    </message>
    <message>
        <source>high %1</source>
        <translation>high %1</translation>
    </message>
    <message>
        <source>boost %1</source>
        <translation>boost %1</translation>
    </message>
    <message>
        <source>needed %1</source>
        <translation>所需 %1</translation>
    </message>
    <message>
        <source>free %1 of %2 (%3)</source>
        <translation>空闲 %1 / %2（%3）</translation>
    </message>
</context>
<context>
    <name>ZoneLabel</name>
    <message>
        <source>Node %1 %2</source>
        <extracomment>a NUMA node and one of its zones, e.g. &quot;Node 0 Normal&quot;; the zone name stays as is</extracomment>
        <translation>节点 %1 %2</translation>
    </message>
</context>
<context>
    <name>ZoneModel</name>
    <message>
        <source>Not used: above %1, the highest zone this allocation may use, or on a node it may not use.</source>
        <translation>未使用：位于该分配可用的最高区域 %1 之上，或位于不可用的节点上。</translation>
    </message>
    <message>
        <source>Passes: %1 usable free is above the %2 it needs (min + lowmem reserve).</source>
        <translation>通过：可用空闲 %1 高于所需的 %2（min + lowmem reserve）。</translation>
    </message>
    <message>
        <source>Refused: %1 usable free, %2 needed (min %3 + lowmem reserve %4), short by %5.</source>
        <translation>拒绝：可用空闲 %1，所需 %2（min %3 + lowmem reserve %4），缺少 %5。</translation>
    </message>
    <message>
        <source>No free block of order %1 or larger.</source>
        <translation>没有 %1 阶或更大的空闲块。</translation>
    </message>
    <message>
        <source>Below min: allocations reclaim directly, and only high-priority ones may dip further.</source>
        <translation>低于 min：分配会直接回收，只有高优先级分配可以继续使用更低的部分。</translation>
    </message>
    <message>
        <source>Below low: kswapd is woken and reclaims up to high.</source>
        <translation>低于 low：kswapd 被唤醒并回收至 high。</translation>
    </message>
    <message>
        <source>Between low and high: kswapd, once woken, reclaims up to high.</source>
        <translation>介于 low 与 high 之间：kswapd 一旦被唤醒会回收至 high。</translation>
    </message>
    <message>
        <source>Above high: no reclaim needed for this zone.</source>
        <translation>高于 high：该区域无需回收。</translation>
    </message>
    <message>
        <source>Now: free memory of each zone against its watermarks, every second.</source>
        <translation>当前：每秒显示各区域空闲内存与其水位线的对比。</translation>
    </message>
    <message>
        <source>order %1, %2, highest zone %3</source>
        <translation>%1 阶，%2，最高区域 %3</translation>
    </message>
    <message>
        <source>The report has no zone lines (Mem-Info was cut or not printed).</source>
        <translation>报告中没有区域行（Mem-Info 被截断或未输出）。</translation>
    </message>
    <message>
        <source>The watermark check cannot be replayed: the report has no allocation order.</source>
        <translation>无法重现水位线检查：报告中没有分配的阶。</translation>
    </message>
    <message>
        <source>A zone the allocation could use passed the watermark check: the allocation did not fail for lack of free pages there.</source>
        <translation>该分配可用的某个区域通过了水位线检查：分配失败并非因为那里缺少空闲页面。</translation>
    </message>
    <message>
        <source>No zone the allocation could use passed the watermark check for order %1.</source>
        <translation>该分配可用的区域均未通过 %1 阶的水位线检查。</translation>
    </message>
    <message>
        <source>A memory cgroup&apos;s limit was reached: the kernel reported the cgroup&apos;s memory, not the zones (see Cgroups).</source>
        <translation>已达到内存 cgroup 的上限：内核报告的是该 cgroup 的内存，而不是各区域（见 cgroup 页面）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>oomlens: the demo bundle is not installed</source>
        <translation>oomlens：未安装演示数据包</translation>
    </message>
</context>
<context>
    <name>oom::wizards::WizardController</name>
    <message>
        <source>Confirm the plan first.</source>
        <translation>请先确认计划。</translation>
    </message>
    <message>
        <source>The change failed; the steps before it were undone.</source>
        <translation>更改失败；之前的步骤已撤销。</translation>
    </message>
    <message>
        <source>The change failed; nothing was changed.</source>
        <translation>更改失败；未做任何更改。</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>已验证：%1</translation>
    </message>
    <message>
        <source>Not yet in effect: %1</source>
        <translation>尚未生效：%1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Could not undo %1: %2</source>
        <translation>无法撤销 %1：%2</translation>
    </message>
</context>
</TS>
