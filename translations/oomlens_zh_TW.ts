<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AnalysisDriver</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>standard input can be read only once</source>
        <translation>標準輸入只能讀取一次</translation>
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
        <translation>pid %1 的 oom_score_adj 設為 %2</translation>
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
        <translation>核心的受害行程排名（%1 的 badness 公式，可信度%2）</translation>
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
        <translation>totalpages 未知: %1</translation>
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
        <translation>分數</translation>
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
        <translation>名稱</translation>
    </message>
    <message>
        <source>1 task in the table</source>
        <translation>表中有 1 個任務</translation>
    </message>
    <message>
        <source>%1 tasks in the table</source>
        <translation>表中有 %1 個任務</translation>
    </message>
    <message>
        <source>%1, %2 not eligible</source>
        <translation>%1，其中 %2 個不符資格</translation>
    </message>
    <message>
        <source>No victim was predicted, and the kernel killed none.</source>
        <translation>未預測出受害行程，核心也未終止任何行程。</translation>
    </message>
    <message>
        <source>Predicted victim: %1, the task the kernel selected.</source>
        <translation>預測的受害行程：%1，即核心選中的任務。</translation>
    </message>
    <message>
        <source>Predicted victim: %1, the task the kernel killed.</source>
        <translation>預測的受害行程：%1，即核心終止的任務。</translation>
    </message>
    <message>
        <source>Predicted victim: %1, but the kernel killed %2.</source>
        <translation>預測的受害行程：%1，但核心終止的是 %2。</translation>
    </message>
    <message>
        <source>Predicted victim: %1; the log does not say whom the kernel killed.</source>
        <translation>預測的受害行程：%1；日誌未說明核心終止了哪個任務。</translation>
    </message>
    <message>
        <source>No victim can be predicted, and the log does not say whom the kernel killed.</source>
        <translation>無法預測受害行程，日誌也未說明核心終止了哪個任務。</translation>
    </message>
    <message>
        <source>No victim can be predicted from this report; the kernel killed %1.</source>
        <translation>無法從此報告預測受害行程；核心終止了 %1。</translation>
    </message>
    <message>
        <source>No victim can be predicted from this report.</source>
        <translation>無法從此報告預測受害行程。</translation>
    </message>
    <message>
        <source>totalpages is unknown: the prediction is the task with both the most memory and the highest oom_score_adj.</source>
        <translation>totalpages 未知：預測結果為同時擁有最多記憶體與最高 oom_score_adj 的任務。</translation>
    </message>
    <message>
        <source>The score %1 printed for pid %2 matches the recomputed one.</source>
        <translation>pid %2 印出的得分 %1 與重新計算的結果相符。</translation>
    </message>
    <message>
        <source>The score %1 printed for pid %2 differs from the recomputed %3.</source>
        <translation>pid %2 印出的得分 %1 與重新計算的 %3 不同。</translation>
    </message>
    <message>
        <source>With the formula of %1 the prediction would be %2.</source>
        <translation>若採用 %1 的公式，預測結果將是 %2。</translation>
    </message>
    <message>
        <source>What-if: %1</source>
        <translation>假設情境: %1</translation>
    </message>
    <message>
        <source>pid %1 is not in the task table.</source>
        <translation>pid %1 不在任務表中。</translation>
    </message>
    <message>
        <source>No victim could be predicted.</source>
        <translation>無法預測受害行程。</translation>
    </message>
    <message>
        <source>The kernel would still pick %1.</source>
        <translation>核心仍會選擇 %1。</translation>
    </message>
    <message>
        <source>The kernel would pick %1.</source>
        <translation>核心會選擇 %1。</translation>
    </message>
    <message>
        <source>The kernel would pick %1 instead of %2.</source>
        <translation>核心會選擇 %1，而非 %2。</translation>
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
        <translation>%1 小時 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小時</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>order %1</translation>
    </message>
    <message>
        <source>order %1 (%2)</source>
        <translation>order %1 (%2)</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <source>%1 short by %2 and without a free block of order %3</source>
        <translation>%1 短缺 %2，且沒有 order %3 的空閒區塊</translation>
    </message>
    <message>
        <source>%1 without a free block of order %2</source>
        <translation>%1 沒有 order %2 的空閒區塊</translation>
    </message>
    <message>
        <source>%1 short by %2</source>
        <translation>%1 短缺 %2</translation>
    </message>
    <message>
        <source>zones up to %1, assumed</source>
        <translation>最高至 %1 的區域，為推定值</translation>
    </message>
    <message>
        <source>zones up to %1</source>
        <translation>最高至 %1 的區域</translation>
    </message>
    <message>
        <source>Zones against their watermarks for the order-%1 allocation (%2)</source>
        <translation>order-%1 配置的各區域與其水位線比較（%2）</translation>
    </message>
    <message>
        <source>— an atomic __GFP_HIGH request may dig below min by half and then a quarter</source>
        <translation>— atomic __GFP_HIGH 請求可將 min 先減半，再減去四分之一</translation>
    </message>
    <message>
        <source>— a __GFP_HIGH request may dig halfway below min</source>
        <translation>— __GFP_HIGH 請求可將 min 減半</translation>
    </message>
    <message>
        <source>No zone in the report may serve this allocation.</source>
        <translation>報告中沒有任何區域可供此配置使用。</translation>
    </message>
    <message>
        <source>No zone this allocation may use passes: %1.</source>
        <translation>此配置可用的區域均未通過：%1。</translation>
    </message>
    <message>
        <source>%1 passes the check at the moment of the report.</source>
        <translation>%1 在報告當下通過檢查。</translation>
    </message>
    <message>
        <source>%1 passes; %2.</source>
        <translation>%1 通過；%2。</translation>
    </message>
    <message>
        <source>Fails: %1.</source>
        <translation>未通過：%1。</translation>
    </message>
    <message>
        <source>Unknown for %1: the log lacks its numbers or its lowmem_reserve line.</source>
        <translation>%1 無法判定：日誌缺少其數值或其 lowmem_reserve 行。</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空閒</translation>
    </message>
    <message>
        <source>usable free</source>
        <translation>可用空閒</translation>
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
        <translation>需求超過</translation>
    </message>
    <message>
        <source>short by</source>
        <translation>短缺</translation>
    </message>
    <message>
        <source>largest free block</source>
        <translation>最大空閒區塊</translation>
    </message>
    <message>
        <source>not usable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>通過</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>未通過</translation>
    </message>
    <message>
        <source>%1 (of %2)</source>
        <translation>%1 (原為 %2)</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>Fragmentation at order %1</source>
        <translation>order %1 的碎片化程度</translation>
    </message>
    <message>
        <source>Unusable index: the share of free memory in blocks too small for the order. Fragmentation index: near 1, the allocation failed for fragmentation; near 0, for lack of memory; -1, a large enough block was free.</source>
        <translation>不可用指數 (unusable index)：空閒記憶體中，區塊小於此 order 的比例。碎片化指數 (fragmentation index)：接近 1 表示配置因碎片化而失敗；接近 0 表示因記憶體不足而失敗；-1 表示有足夠大的空閒區塊。</translation>
    </message>
    <message>
        <source>unusable index</source>
        <translation>不可用指數</translation>
    </message>
    <message>
        <source>fragmentation index</source>
        <translation>碎片化指數</translation>
    </message>
    <message>
        <source>anonymous memory</source>
        <translation>匿名記憶體</translation>
    </message>
    <message>
        <source>file cache</source>
        <translation>檔案快取</translation>
    </message>
    <message>
        <source>shmem / tmpfs</source>
        <translation>shmem / tmpfs</translation>
    </message>
    <message>
        <source>unevictable</source>
        <translation>不可驅逐</translation>
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
        <translation>分頁表</translation>
    </message>
    <message>
        <source>kernel stacks</source>
        <translation>核心堆疊</translation>
    </message>
    <message>
        <source>hugetlb pages</source>
        <translation>hugetlb 頁</translation>
    </message>
    <message>
        <source>socket buffers</source>
        <translation>通訊端緩衝區</translation>
    </message>
    <message>
        <source>per-CPU memory</source>
        <translation>每 CPU 記憶體</translation>
    </message>
    <message>
        <source>kernel memory (kmem)</source>
        <translation>核心記憶體 (kmem)</translation>
    </message>
    <message>
        <source>unaccounted</source>
        <translation>未計入</translation>
    </message>
    <message>
        <source>Where the memory went in the memory cgroup (usage %1)</source>
        <translation>記憶體 cgroup 中的記憶體去向（用量 %1）</translation>
    </message>
    <message>
        <source>Where the memory went (RAM %1)</source>
        <translation>記憶體去向（RAM %1）</translation>
    </message>
    <message>
        <source>part</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>總和</translation>
    </message>
    <message>
        <source>Swap: %1 used, limit %2.</source>
        <translation>置換空間：已使用 %1，限制 %2。</translation>
    </message>
    <message>
        <source>Swap: none configured.</source>
        <translation>置換空間：未設定。</translation>
    </message>
    <message>
        <source>Swap: %1 used of %2.</source>
        <translation>置換空間：已使用 %1，共 %2。</translation>
    </message>
    <message>
        <source>Swap: %1 used.</source>
        <translation>置換空間：已使用 %1。</translation>
    </message>
    <message>
        <source>Swap: %1 in total, use unknown.</source>
        <translation>置換空間：共 %1，用量未知。</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>kernel OOM killer %1</source>
        <translation>核心 OOM Killer %1 次</translation>
    </message>
    <message>
        <source>userspace killer %1</source>
        <translation>使用者空間 killer %1 次</translation>
    </message>
    <message>
        <source>allocation failure %1</source>
        <translation>配置失敗 %1 次</translation>
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
        <translation>無（沒有任何行程名稱被終止兩次以上）</translation>
    </message>
    <message>
        <source>%1 (its limit hit %2 times)</source>
        <translation>%1（其限制被觸及 %2 次）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 without a date</source>
        <translation>%1 起無日期</translation>
    </message>
    <message>
        <source>boot %1</source>
        <translation>開機 %1</translation>
    </message>
    <message>
        <source>boot %1 of %2</source>
        <translation>%2 的開機 %1</translation>
    </message>
    <message>
        <source>%1 without a kernel timestamp</source>
        <translation>%1 起無核心時間戳記</translation>
    </message>
    <message>
        <source>wall clock</source>
        <translation>實際時間</translation>
    </message>
    <message>
        <source>kernel timestamps</source>
        <translation>核心時間戳記</translation>
    </message>
    <message>
        <source>wall clock and kernel timestamps</source>
        <translation>實際時間與核心時間戳記</translation>
    </message>
    <message>
        <source>min %1, median %2, max %3 (%4)</source>
        <translation>最短 %1，中位數 %2，最長 %3（%4）</translation>
    </message>
    <message>
        <source>Across the %1 incidents</source>
        <translation>綜觀這 %1 起事件</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Primary causes</source>
        <translation>主要原因</translation>
    </message>
    <message>
        <source>Recurring victims</source>
        <translation>重複出現的受害行程</translation>
    </message>
    <message>
        <source>Recurring cgroups</source>
        <translation>重複出現的 cgroup</translation>
    </message>
    <message>
        <source>Recurring units</source>
        <translation>重複出現的 systemd 單元</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Per boot</source>
        <translation>每次開機</translation>
    </message>
    <message>
        <source>Intervals</source>
        <translation>間隔</translation>
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
        <translation>未讀取：讀取 /proc/kmsg 會從系統日誌服務取走訊息；請使用 /dev/kmsg</translation>
    </message>
    <message>
        <source>stopped looking after %1 entries; name the folder holding the logs</source>
        <translation>查看 %1 個項目後停止搜尋；請指定存放日誌的資料夾</translation>
    </message>
    <message>
        <source>folders more than %1 levels deep were not searched</source>
        <translation>未搜尋深度超過 %1 層的資料夾</translation>
    </message>
    <message>
        <source>no log files found in this folder</source>
        <translation>此資料夾中找不到日誌檔案</translation>
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
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>開啟資料夾(&amp;F)…</translation>
    </message>
    <message>
        <source>Open the &amp;Live System</source>
        <translation>開啟目前執行中的系統(&amp;L)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新載入(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel Loading</source>
        <translation>取消載入(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export Session…</source>
        <translation>匯出工作階段(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Incident…</source>
        <translation>匯出事件(&amp;I)…</translation>
    </message>
    <message>
        <source>Copy Incident as &amp;Text</source>
        <translation>將事件複製為文字(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <source>not a readable archive</source>
        <translation>不是可讀取的封存檔</translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation>絕對路徑</translation>
    </message>
    <message>
        <source>path leaves the archive (&quot;..&quot;)</source>
        <translation>路徑超出封存檔範圍 (&quot;..&quot;)</translation>
    </message>
    <message>
        <source>empty path</source>
        <translation>空路徑</translation>
    </message>
    <message>
        <source>read error</source>
        <translation>讀取錯誤</translation>
    </message>
    <message>
        <source>hard link (not followed)</source>
        <translation>硬連結（不跟隨）</translation>
    </message>
    <message>
        <source>symbolic link (not followed)</source>
        <translation>符號連結（不跟隨）</translation>
    </message>
    <message>
        <source>device or special file</source>
        <translation>裝置或特殊檔案</translation>
    </message>
    <message>
        <source>encrypted (not supported)</source>
        <translation>已加密（不支援）</translation>
    </message>
</context>
<context>
    <name>ArchiveRootLoader</name>
    <message>
        <source>not a directory or a bundle archive</source>
        <translation>不是目錄或資料包封存檔</translation>
    </message>
    <message numerus="yes">
        <source>The archive is damaged after %n member(s): %1</source>
        <translation>
            <numerusform>封存檔在 %n 個成員之後損毀：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: left out: %2</source>
        <translation>%1: 已略過: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: only the first %2 were loaded (the bundle limit for one file).</source>
        <translation>%1: 只載入了前 %2（單一檔案的資料包限制）。</translation>
    </message>
    <message>
        <source>Only the first %1 of the bundle were loaded (the bundle size limit); later files are unknown.</source>
        <translation>只載入了資料包的前 %1（資料包大小限制）；之後的檔案情況未知。</translation>
    </message>
    <message>
        <source>the archive holds no proc/ or sys/ tree to read</source>
        <translation>封存檔中沒有可讀取的 proc/ 或 sys/ 目錄樹</translation>
    </message>
</context>
<context>
    <name>BadnessText</name>
    <message>
        <source>oom_score_adj is -1000: never killed</source>
        <translation>oom_score_adj 為 -1000：永不被終止</translation>
    </message>
    <message>
        <source>oom_adj is -17 (OOM_DISABLE): never killed</source>
        <translation>oom_adj 為 -17 (OOM_DISABLE)：永不被終止</translation>
    </message>
    <message>
        <source>init is never killed</source>
        <translation>init 永不被終止</translation>
    </message>
    <message>
        <source>kernel threads and tasks without memory are never killed</source>
        <translation>核心執行緒及沒有記憶體的任務永不被終止</translation>
    </message>
    <message>
        <source>an earlier OOM kill already took this task (its memory was reaped)</source>
        <translation>先前的 OOM 終止已處理此任務（其記憶體已被回收）</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>關閉此訊息</translation>
    </message>
</context>
<context>
    <name>BuddyModel</name>
    <message>
        <source>Largest free order</source>
        <translation>最大空閒 order</translation>
    </message>
    <message>
        <source>Unusable free index (×10)</source>
        <translation>不可用指數 (×10)</translation>
    </message>
    <message>
        <source>Too small for order %1</source>
        <translation>小於 order %1</translation>
    </message>
    <message>
        <source>Free memory</source>
        <translation>空閒記憶體</translation>
    </message>
    <message>
        <source>Could serve order %1</source>
        <translation>可滿足 order %1</translation>
    </message>
    <message>
        <source>Free blocks</source>
        <translation>空閒區塊數</translation>
    </message>
    <message>
        <source>No free block of order %1 or larger: this zone could not serve the allocation from its free lists without compaction.</source>
        <translation>沒有 order %1 或更大的空閒區塊：不進行記憶體壓縮，此區域無法從空閒串列滿足這次配置。</translation>
    </message>
    <message numerus="yes">
        <source>%n free block(s) could serve order %1; the watermark check still decides whether the zone may hand one out.</source>
        <translation>
            <numerusform>有 %n 個空閒區塊可滿足 order %1；區域能否配出其中一個仍由水位線檢查決定。</numerusform>
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
        <translation>nice 未變更 (%1)</translation>
    </message>
    <message>
        <source>I/O class idle</source>
        <translation>I/O 類別 idle</translation>
    </message>
    <message>
        <source>I/O priority unchanged (%1)</source>
        <translation>I/O 優先權未變更 (%1)</translation>
    </message>
    <message>
        <source>Collected as a regular user (uid %1): what only root may read is listed under leftOut; run as root for a complete bundle.</source>
        <translation>以一般使用者身分 (uid %1) 收集：只有 root 可讀取的內容列於 leftOut 之下；請以 root 執行以取得完整的資料包。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an archive; collect reads a live system or a root directory</source>
        <translation>%1 是封存檔；collect 只讀取執行中的系統或根目錄</translation>
    </message>
    <message numerus="yes">
        <source>a read did not return within %n second(s) after the time limit</source>
        <translation>
            <numerusform>有一項讀取在時間限制過後 %n 秒內仍未返回</numerusform>
        </translation>
    </message>
    <message>
        <source>cgroup tree</source>
        <translation>cgroup 樹</translation>
    </message>
    <message>
        <source>process table</source>
        <translation>行程表</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>權限不足</translation>
    </message>
    <message>
        <source>not supported by this kernel (disabled at boot)</source>
        <translation>此核心不支援（開機時已停用）</translation>
    </message>
    <message numerus="yes">
        <source>the time limit of %n second(s) was reached</source>
        <translation>
            <numerusform>已達 %n 秒的時間限制</numerusform>
        </translation>
    </message>
    <message>
        <source>larger than the per-file limit of %1; the start is kept</source>
        <translation>超過每個檔案 %1 的限制；保留開頭部分</translation>
    </message>
    <message>
        <source>the bundle size limit was reached</source>
        <translation>已達資料包大小限制</translation>
    </message>
    <message>
        <source>cgroup mounts only</source>
        <translation>僅保留 cgroup 掛載項目</translation>
    </message>
    <message>
        <source>Not the live system: no kernel log or journal was collected.</source>
        <translation>非執行中的系統：未收集核心日誌或 journal。</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>無項目</translation>
    </message>
    <message>
        <source>cut to %1: %2</source>
        <translation>截斷至 %1：%2</translation>
    </message>
    <message>
        <source>the collection stopped first</source>
        <translation>收集已先行停止</translation>
    </message>
    <message>
        <source>more than %1 cgroups</source>
        <translation>超過 %1 個 cgroup</translation>
    </message>
    <message>
        <source>%1 processes, more than the limit of %2</source>
        <translation>%1 個行程，超過 %2 的限制</translation>
    </message>
    <message numerus="yes">
        <source>the bundle size limit was reached after %n process(es)</source>
        <translation>
            <numerusform>處理 %n 個行程後已達資料包大小限制</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>cannot start the archive</source>
        <translation>無法建立封存檔</translation>
    </message>
    <message>
        <source>cannot add %1</source>
        <translation>無法加入 %1</translation>
    </message>
    <message>
        <source>cannot write the manifest</source>
        <translation>無法寫入 manifest</translation>
    </message>
    <message>
        <source>unexpected tar layout from libarchive</source>
        <translation>libarchive 產生了非預期的 tar 結構</translation>
    </message>
    <message>
        <source>cannot compress the manifest</source>
        <translation>無法壓縮 manifest</translation>
    </message>
    <message>
        <source>cannot finish the archive</source>
        <translation>無法完成封存檔</translation>
    </message>
    <message>
        <source>cannot write the archive: %1</source>
        <translation>無法寫入封存檔：%1</translation>
    </message>
</context>
<context>
    <name>Cause</name>
    <message>
        <source>Unreclaimable kernel slab held %1 (%2 % of RAM), memory no process kill can free; this suggests a kernel memory leak.</source>
        <translation>不可回收的核心 slab 占用了 %1（RAM 的 %2 %），這部分記憶體無法藉由終止任何行程釋放；這表示可能有核心記憶體洩漏。</translation>
    </message>
    <message>
        <source>Unreclaimable kernel slab outgrew all user memory, which no process kill can free; this suggests a kernel memory leak.</source>
        <translation>不可回收的核心 slab 已超過所有使用者記憶體，無法藉由終止任何行程釋放；這表示可能有核心記憶體洩漏。</translation>
    </message>
    <message>
        <source> Largest caches: %1.</source>
        <translation> 最大的快取：%1。</translation>
    </message>
    <message>
        <source>Shared memory and tmpfs held %1 (%2 % of RAM); killing a process frees it only if that process was its last user, and files in tmpfs stay.</source>
        <translation>共享記憶體與 tmpfs 占用了 %1（RAM 的 %2 %）；只有當被終止的行程是其最後一個使用者時，終止該行程才會釋放它，而 tmpfs 中的檔案會保留。</translation>
    </message>
    <message>
        <source>%1 of RAM was reserved as huge pages (vm.nr_hugepages), which ordinary allocations and the OOM killer cannot use.</source>
        <translation>有 %1 的 RAM 被保留為大型頁面 (vm.nr_hugepages)，一般配置與 OOM Killer 都無法使用。</translation>
    </message>
    <message>
        <source>Transparent huge pages made up %1 of %2 anonymous memory; 2 MiB pages fill a limit in large steps and can hold memory that is barely used.</source>
        <translation>在 %2 的匿名記憶體中，透明大型頁面 (THP) 占了 %1；2 MiB 的頁面會以大幅度填滿限制，並可能占住幾乎未被使用的記憶體。</translation>
    </message>
    <message>
        <source>%1 processes named %2 were running (%3 % of all tasks): a fork storm or a worker pool without a limit.</source>
        <translation>有 %1 個名為 %2 的行程在執行（占所有任務的 %3 %）：可能是 fork 風暴，或是未設限制的工作池。</translation>
    </message>
    <message>
        <source>systemd-oomd killed %1 because swap use passed its limit of %2 %: %3 of %4 swap was in use.</source>
        <translation>systemd-oomd 終止了 %1，因為置換空間用量超過其限制 %2 %：置換空間 %4 中已使用 %3。</translation>
    </message>
    <message>
        <source>systemd-oomd killed %1 because memory pressure in %2 was %3 %, above its limit of %4 % for more than %5.</source>
        <translation>systemd-oomd 終止了 %1，因為 %2 的記憶體壓力為 %3 %，超過其限制 %4 % 達 %5 以上。</translation>
    </message>
    <message>
        <source> Available memory was %1 % and free swap %2 %.</source>
        <translation> 可用記憶體為 %1 %，空閒置換空間為 %2 %。</translation>
    </message>
    <message>
        <source>earlyoom sent %1 to %2 before the kernel ran out of memory.</source>
        <translation>earlyoom 在核心耗盡記憶體之前，向 %2 送出了 %1。</translation>
    </message>
    <message>
        <source>nohang sent %1 to %2 before the kernel ran out of memory.</source>
        <translation>nohang 在核心耗盡記憶體之前，向 %2 送出了 %1。</translation>
    </message>
    <message>
        <source>Someone started the OOM killer by hand (SysRq-f or /proc/sysrq-trigger); the memory state did not require a kill.</source>
        <translation>有人手動啟動了 OOM Killer（SysRq-f 或 /proc/sysrq-trigger）；當時的記憶體狀態並不需要終止行程。</translation>
    </message>
    <message>
        <source>vm.panic_on_oom is set, so the kernel panicked (and rebooted or hung) instead of killing a process.</source>
        <translation>已設定 vm.panic_on_oom，因此核心觸發 panic（並重新開機或停止回應），而非終止行程。</translation>
    </message>
    <message>
        <source>No process could be killed (all were protected, exiting or kernel threads), so the kernel panicked.</source>
        <translation>沒有任何行程可以終止（全部受保護、正在結束或為核心執行緒），因此核心觸發了 panic。</translation>
    </message>
    <message>
        <source>No process could be killed: every candidate was protected (oom_score_adj −1000), already exiting, or a kernel thread.</source>
        <translation>沒有任何行程可以終止：每個候選者都受保護 (oom_score_adj −1000)、已在結束中，或是核心執行緒。</translation>
    </message>
    <message>
        <source>%1 could not allocate %2 contiguous (order %3, mode %4); the kernel gave up without killing a process and the caller saw an error.</source>
        <translation>%1 無法配置 %2 的連續記憶體（order %3，mode %4）；核心未終止行程便放棄，呼叫端收到錯誤。</translation>
    </message>
    <message>
        <source>A kernel path</source>
        <translation>某個核心路徑</translation>
    </message>
    <message>
        <source>Kernel memory charged to cgroup %1 (%2 of its %3 usage) filled it: the limit was reached by kernel allocations such as page tables, sockets or dentries, not by the processes&apos; own memory.</source>
        <translation>計入 cgroup %1 的核心記憶體（占其用量 %3 中的 %2）將其填滿：達到限制的是分頁表、通訊端或 dentry 等核心配置，而非行程本身的記憶體。</translation>
    </message>
    <message>
        <source>The cgroup %1 reached its limit of %2; the process was in its child cgroup %3, so the parent&apos;s limit (shared by everything below it) decided, not a limit of the child&apos;s own.</source>
        <translation>cgroup %1 達到其限制 %2；該行程位於其子 cgroup %3 中，因此起決定作用的是父層的限制（由其下所有項目共用），而非子 cgroup 自己的限制。</translation>
    </message>
    <message>
        <source>The cgroup %1 reached its limit; the process was in its child cgroup %2, so the parent&apos;s limit (shared by everything below it) decided, not a limit of the child&apos;s own.</source>
        <translation>cgroup %1 達到其限制；該行程位於其子 cgroup %2 中，因此起決定作用的是父層的限制（由其下所有項目共用），而非子 cgroup 自己的限制。</translation>
    </message>
    <message>
        <source>The cgroup %1 reached its memory limit; the kernel killed a process inside it.</source>
        <translation>cgroup %1 達到其記憶體限制；核心終止了其中的一個行程。</translation>
    </message>
    <message>
        <source>The allocation could only use NUMA node(s) %1 (%2), which had %3 free, while the system as a whole still had %4 free.</source>
        <translation>此配置只能使用以下 NUMA 節點：%1（%2），其空閒記憶體為 %3，而整個系統仍有 %4 空閒。</translation>
    </message>
    <message>
        <source>of its cpuset</source>
        <translation>其 cpuset 所含的節點</translation>
    </message>
    <message>
        <source>The allocation could only use NUMA node(s) %1 (%2), and they ran out of memory.</source>
        <translation>此配置只能使用以下 NUMA 節點：%1（%2），而這些節點的記憶體已耗盡。</translation>
    </message>
    <message>
        <source> The largest free block was %1 (order %2).</source>
        <translation> 最大的空閒區塊為 %1 (order %2)。</translation>
    </message>
    <message>
        <source> This kernel was built without compaction, so it could not defragment.</source>
        <translation> 此核心在建置時未啟用記憶體規整，因此無法重整碎片。</translation>
    </message>
    <message>
        <source>Zone %1 had %2 free, above what the allocation required (%3), but not as a contiguous block of %4 (order %5): memory was fragmented.</source>
        <translation>區域 %1 有 %2 空閒，高於此配置所需的 %3，但沒有 %4 (order %5) 的連續區塊：記憶體已碎片化。</translation>
    </message>
    <message>
        <source>A kernel allocation needed low memory (the Normal zone of this 32-bit kernel), which had %1 free against a minimum of %2, while HighMem still had %3 free that the kernel cannot use for itself.</source>
        <translation>一項核心配置需要低端記憶體（此 32 位元核心的 Normal 區域），其空閒為 %1，低於最低值 %2；而 HighMem 雖仍有 %3 空閒，核心卻無法供自身使用。</translation>
    </message>
    <message>
        <source>The whole system ran out of memory (a system-wide OOM: no cgroup limit or NUMA binding was involved).</source>
        <translation>整個系統的記憶體已耗盡（全系統 OOM：與 cgroup 限制或 NUMA 綁定無關）。</translation>
    </message>
    <message>
        <source>The whole system ran out of memory: the zones the allocation could use had %1 free, below the %2 they must keep.</source>
        <translation>整個系統的記憶體已耗盡：此配置可用的區域只有 %1 空閒，低於其必須保留的 %2。</translation>
    </message>
    <message>
        <source>The system had no swap, so no anonymous memory could be moved out of RAM before a process had to be killed.</source>
        <translation>系統沒有置換空間，因此在必須終止行程之前，無法將任何匿名記憶體移出 RAM。</translation>
    </message>
    <message>
        <source>Swap was full: %1 of %2 in use, so reclaim had nowhere left to put anonymous memory.</source>
        <translation>置換空間已滿：已使用 %2 中的 %1，因此回收時已無處存放匿名記憶體。</translation>
    </message>
    <message>
        <source>%1 (pid %2) was chosen because of its oom_score_adj of +%3: %4 (pid %5) used more memory (%6 against %7) but had an adjustment of %8.</source>
        <translation>%1 (pid %2) 因其 oom_score_adj 為 +%3 而被選中：%4 (pid %5) 使用了更多記憶體（%6 對 %7），但其調整值為 %8。</translation>
    </message>
    <message>
        <source>%1 (pid %2) used more memory than the victim (%3 against %4) but its oom_score_adj of %5 protected it, so %6 (pid %7) was killed instead.</source>
        <translation>%1 (pid %2) 使用的記憶體比受害行程多（%3 對 %4），但其 oom_score_adj 為 %5 而受到保護，因此改為終止 %6 (pid %7)。</translation>
    </message>
    <message numerus="yes">
        <source>The cgroup %1 reached its memory limit of %2 (usage %3, the limit was hit %n time(s)); the kernel killed a process inside it.</source>
        <translation>
            <numerusform>cgroup %1 達到其記憶體限制 %2（用量 %3，限制被觸及 %n 次）；核心終止了其中的一個行程。</numerusform>
        </translation>
    </message>
    <message>
        <source>The cgroup %1 reached its memory limit of %2 (usage %3); the kernel killed a process inside it.</source>
        <translation>cgroup %1 達到其記憶體限制 %2（用量 %3）；核心終止了其中的一個行程。</translation>
    </message>
    <message>
        <source>This is why the system ran out of memory; killing a process could not free it.</source>
        <translation>這正是系統記憶體耗盡的原因；終止行程無法釋放這部分記憶體。</translation>
    </message>
    <message>
        <source>This is why the system ran out of memory; killing %1 could not free it.</source>
        <translation>這正是系統記憶體耗盡的原因；終止 %1 無法釋放這部分記憶體。</translation>
    </message>
    <message>
        <source>systemd-oomd killed %1 because swap use passed its limit (SwapUsedLimit=); it chose the cgroup using the most swap. The log does not show the figures.</source>
        <translation>systemd-oomd 終止了 %1，因為置換空間用量超過其限制 (SwapUsedLimit=)；它選擇了使用置換空間最多的 cgroup。日誌中沒有具體數值。</translation>
    </message>
    <message>
        <source>systemd-oomd killed %1 because memory pressure in %2 was %3 %, above its limit of %4 %.</source>
        <translation>systemd-oomd 終止了 %1，因為 %2 的記憶體壓力為 %3 %，超過其限制 %4 %。</translation>
    </message>
    <message>
        <source>systemd-oomd killed %1; the log does not show its reason (memory pressure or swap use) or its figures.</source>
        <translation>systemd-oomd 終止了 %1；日誌中沒有顯示原因（記憶體壓力或置換空間用量）及其數值。</translation>
    </message>
    <message>
        <source>an unknown gfp mask</source>
        <translation>未知的 gfp_mask</translation>
    </message>
    <message>
        <source>a slab cache</source>
        <translation>某個 slab 快取</translation>
    </message>
    <message>
        <source>The %1 allocator could not grow %2 (mode %3); the kernel gave up without killing a process and the caller saw an error.</source>
        <translation>%1 配置器無法擴充 %2 (mode %3)；核心沒有終止任何行程就放棄了，呼叫端收到了錯誤。</translation>
    </message>
    <message>
        <source>%1 could not allocate memory (mode %2; the log does not show the size); the kernel gave up without killing a process and the caller saw an error.</source>
        <translation>%1 無法配置記憶體 (mode %2；日誌中沒有大小)；核心沒有終止任何行程就放棄了，呼叫端收到了錯誤。</translation>
    </message>
    <message>
        <source>Only NUMA node %1 ran out (%2 free, below its watermarks) while node(s) %3 still had %4 free: the task was bound to node %1 by a memory policy (mbind, set_mempolicy or numactl --membind), which this kernel does not print in its report.</source>
        <translation>只有 NUMA 節點 %1 耗盡（可用 %2，低於其水位線），而節點 %3 仍有 %4 可用：該任務被記憶體策略（mbind、set_mempolicy 或 numactl --membind）綁定到節點 %1，而此核心不會在報告中列出該策略。</translation>
    </message>
    <message>
        <source>A page fault failed because a memory cgroup refused to charge it (on cgroup v1 usually its kernel-memory limit), not because the host ran out: every zone was above its watermarks with %1 free. This kernel then ran the system-wide OOM killer from pagefault_out_of_memory().</source>
        <translation>分頁錯誤失敗是因為記憶體 cgroup 拒絕了計費（在 cgroup v1 上通常是其核心記憶體限制），而不是主機記憶體耗盡：所有區域都高於水位線，共有 %1 可用。此核心隨後從 pagefault_out_of_memory() 執行了全系統的 OOM Killer。</translation>
    </message>
    <message>
        <source>A page fault in cgroup %1 failed because the cgroup refused to charge it (on cgroup v1 usually its kernel-memory limit), not because the host ran out: every zone was above its watermarks with %2 free. This kernel then ran the system-wide OOM killer from pagefault_out_of_memory().</source>
        <translation>cgroup %1 中的分頁錯誤失敗是因為該 cgroup 拒絕了計費（在 cgroup v1 上通常是其核心記憶體限制），而不是主機記憶體耗盡：所有區域都高於水位線，共有 %2 可用。此核心隨後從 pagefault_out_of_memory() 執行了全系統的 OOM Killer。</translation>
    </message>
    <message>
        <source>Slab caches of the cgroup had failed to grow just before (%1).</source>
        <translation>在此之前，該 cgroup 的 slab 快取剛剛擴充失敗 (%1)。</translation>
    </message>
    <message>
        <source>not in the log</source>
        <translation>日誌中沒有</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>未發現問題</translation>
    </message>
    <message>
        <source>The log does not show why memory ran out. Checked: cgroup limits (%1), zone watermarks (%2), swap (%3), the task table (%4).</source>
        <extracomment>%1-%4: &quot;not in the log&quot; or &quot;nothing found&quot;, for each part of the report checked</extracomment>
        <translation>日誌未顯示記憶體耗盡的原因。已檢查：cgroup 限制 (%1)、區域水位線 (%2)、置換空間 (%3)、任務表 (%4)。</translation>
    </message>
    <message>
        <source> Swap still had %1 of %2 free: more swap would not have prevented it.</source>
        <translation> 置換空間仍有 %1 可用（共 %2）：增加置換空間也無法避免這次 OOM。</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <source>Chrome on ChromeOS closed %1 to free an estimated %2 when the system ran low on memory, before the kernel ran out.</source>
        <translation>ChromeOS 上的 Chrome 在系統記憶體不足時關閉了 %1，以釋放估計 %2 的記憶體，發生在核心耗盡記憶體之前。</translation>
    </message>
    <message>
        <source>Android&apos;s low memory killer daemon (lmkd) killed %1, oom_score_adj %2, to free %3 before the kernel ran out of memory. The log does not show its reason.</source>
        <translation>Android 的低記憶體終止常駐程式 (lmkd) 在核心耗盡記憶體之前終止了 %1（oom_score_adj %2），以釋放 %3。記錄中沒有其原因。</translation>
    </message>
    <message>
        <source>The kernel&apos;s Android lowmemorykiller driver killed %1, oom_score_adj %2, to free %3 before the kernel ran out of memory. The log does not show its reason.</source>
        <translation>核心的 Android lowmemorykiller 驅動程式在核心耗盡記憶體之前終止了 %1（oom_score_adj %2），以釋放 %3。記錄中沒有其原因。</translation>
    </message>
    <message>
        <source>Android&apos;s low memory killer daemon (lmkd) killed %1, oom_score_adj %2, to free %3 before the kernel ran out of memory; its reason: %4.</source>
        <translation>Android 的低記憶體終止常駐程式 (lmkd) 在核心耗盡記憶體之前終止了 %1（oom_score_adj %2），以釋放 %3；其原因：%4。</translation>
    </message>
    <message>
        <source>The kernel&apos;s Android lowmemorykiller driver killed %1, oom_score_adj %2, to free %3 before the kernel ran out of memory; its reason: %4.</source>
        <translation>核心的 Android lowmemorykiller 驅動程式在核心耗盡記憶體之前終止了 %1（oom_score_adj %2），以釋放 %3；其原因：%4。</translation>
    </message>
    <message>
        <source>Slab caches of the cgroup kept failing to grow after the kill (%1).</source>
        <translation>在終止行程之後，該 cgroup 的 slab 快取仍持續擴充失敗 (%1)。</translation>
    </message>
    <message>
        <source>The kernel&apos;s Android lowmemorykiller driver killed %1 before the kernel ran out of memory; the log shows neither its reason nor the memory it freed.</source>
        <translation>核心的 Android lowmemorykiller 驅動程式在核心耗盡記憶體之前終止了 %1；記錄中既沒有其原因，也沒有其釋放的記憶體量。</translation>
    </message>
    <message>
        <source>The OpenVZ container with beancounter %1 reached its memory limit; the kernel killed a process inside it. The limit is set on the OpenVZ host (vzctl or prlctl set --ram), not in a cgroup of this system.</source>
        <translation>beancounter 為 %1 的 OpenVZ 容器達到了記憶體限制，核心終止了其中的一個行程。該限制在 OpenVZ 主機上設定（vzctl 或 prlctl set --ram），不在本系統的 cgroup 中。</translation>
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
        <translation>證據：</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Show line %1 in the log</source>
        <translation>在記錄檔中顯示第 %1 行</translation>
    </message>
</context>
<context>
    <name>CauseTitle</name>
    <message>
        <source>Memory cgroup limit reached</source>
        <translation>達到記憶體 cgroup 上限</translation>
    </message>
    <message>
        <source>A parent cgroup&apos;s limit reached</source>
        <translation>達到父 cgroup 的上限</translation>
    </message>
    <message>
        <source>Kernel memory (kmem) limit reached</source>
        <translation>達到核心記憶體 (kmem) 上限</translation>
    </message>
    <message>
        <source>The whole system ran out of memory</source>
        <translation>整個系統記憶體耗盡</translation>
    </message>
    <message>
        <source>Swap full</source>
        <translation>置換空間已滿</translation>
    </message>
    <message>
        <source>No swap</source>
        <translation>沒有置換空間</translation>
    </message>
    <message>
        <source>NUMA node out of memory</source>
        <translation>NUMA 節點記憶體耗盡</translation>
    </message>
    <message>
        <source>Memory fragmentation</source>
        <translation>記憶體碎片化</translation>
    </message>
    <message>
        <source>Memory reserved for huge pages</source>
        <translation>為大型頁面預留的記憶體</translation>
    </message>
    <message>
        <source>Unreclaimable kernel slab</source>
        <translation>無法回收的核心 slab</translation>
    </message>
    <message>
        <source>Shared memory and tmpfs</source>
        <translation>共享記憶體與 tmpfs</translation>
    </message>
    <message>
        <source>Transparent huge pages</source>
        <translation>透明大型頁面</translation>
    </message>
    <message>
        <source>Processes shielded by oom_score_adj</source>
        <translation>受 oom_score_adj 保護的行程</translation>
    </message>
    <message>
        <source>Fork storm</source>
        <translation>fork 風暴</translation>
    </message>
    <message>
        <source>Low memory exhausted (32-bit kernel)</source>
        <extracomment>The low memory zone of a 32-bit kernel (below HighMem).</extracomment>
        <translation>低端記憶體耗盡 (32 位元核心)</translation>
    </message>
    <message>
        <source>Started by hand (SysRq)</source>
        <translation>手動觸發 (SysRq)</translation>
    </message>
    <message>
        <source>Kernel panic on OOM</source>
        <translation>OOM 時核心 panic</translation>
    </message>
    <message>
        <source>No process could be killed</source>
        <translation>沒有可終止的行程</translation>
    </message>
    <message>
        <source>systemd-oomd: memory pressure</source>
        <translation>systemd-oomd：記憶體壓力</translation>
    </message>
    <message>
        <source>systemd-oomd: swap full</source>
        <translation>systemd-oomd：置換空間已滿</translation>
    </message>
    <message>
        <source>Killed by earlyoom</source>
        <translation>被 earlyoom 終止</translation>
    </message>
    <message>
        <source>Killed by nohang</source>
        <translation>被 nohang 終止</translation>
    </message>
    <message>
        <source>Page allocation failure</source>
        <translation>頁配置失敗</translation>
    </message>
    <message>
        <source>Cause not determined</source>
        <translation>無法確定原因</translation>
    </message>
    <message>
        <source>Killed by Android&apos;s low memory killer</source>
        <translation>被 Android 低記憶體終止機制終止</translation>
    </message>
    <message>
        <source>Closed by ChromeOS on low memory</source>
        <translation>因記憶體不足被 ChromeOS 關閉</translation>
    </message>
</context>
<context>
    <name>CgroupTreeModel</name>
    <message>
        <source>no limit</source>
        <translation>無限制</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>limit hit</source>
        <translation>達到限制</translation>
    </message>
    <message>
        <source>victim&apos;s cgroup</source>
        <translation>受害行程的 cgroup</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Reading the cgroup hierarchy…</source>
        <translation>正在讀取 cgroup 階層…</translation>
    </message>
    <message>
        <source>The report names no memory cgroup: a global OOM, or a kernel that does not print the victim&apos;s cgroup.</source>
        <translation>報告中沒有記憶體 cgroup：這是全域 OOM，或核心不輸出受害行程的 cgroup。</translation>
    </message>
    <message>
        <source>The kernel printed &quot;limit of host&quot;: a system-wide OOM, not a cgroup limit.</source>
        <translation>核心輸出了 &quot;limit of host&quot;：這是全系統的 OOM，而非 cgroup 限制。</translation>
    </message>
    <message>
        <source>The limit of %1, an ancestor of the victim&apos;s cgroup %2, was hit.</source>
        <translation>達到了受害行程 cgroup %2 的上層 %1 的限制。</translation>
    </message>
    <message>
        <source>The victim&apos;s own cgroup %1 hit its limit.</source>
        <translation>受害行程本身的 cgroup %1 達到了限制。</translation>
    </message>
    <message>
        <source>The victim ran in %1; no cgroup limit was hit.</source>
        <translation>受害行程在 %1 中執行；未達到任何 cgroup 限制。</translation>
    </message>
    <message>
        <source>No cgroup hierarchy is mounted.</source>
        <translation>未掛載任何 cgroup 階層。</translation>
    </message>
    <message numerus="yes">
        <source>Now: %n memory cgroup(s).</source>
        <translation>
            <numerusform>目前：%n 個記憶體 cgroup。</numerusform>
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
        <translation>依名稱或單元篩選</translation>
    </message>
    <message>
        <source>Filter cgroups</source>
        <translation>篩選 cgroup</translation>
    </message>
    <message>
        <source>Change limits…</source>
        <translation>變更限制…</translation>
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
        <translation>置換空間 / 限制</translation>
    </message>
    <message>
        <source>oom / oom_kill</source>
        <translation>oom / oom_kill</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>行程</translation>
    </message>
    <message>
        <source>PSI some</source>
        <translation>PSI some</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>摺疊</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>展開</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
        <translation>--what-if: &quot;%1&quot; 不是 PID=ADJ 或 PID=remove</translation>
    </message>
    <message>
        <source>--what-if: &quot;%1&quot;: the adjustment must be -1000 to 1000 or remove</source>
        <translation>--what-if: &quot;%1&quot;: 調整值必須介於 -1000 到 1000 之間，或為 remove</translation>
    </message>
    <message>
        <source>--what-if needs PID=ADJ or PID=remove</source>
        <translation>--what-if 需要 PID=ADJ 或 PID=remove</translation>
    </message>
    <message>
        <source>Finds every OOM incident (kernel OOM kills, systemd-oomd, earlyoom and nohang kills, page allocation failures) in the given logs and explains each one.</source>
        <translation>在指定的日誌中找出每一起 OOM 事件（核心 OOM 終止、systemd-oomd、earlyoom 與 nohang 的終止、頁配置失敗），並逐一說明。</translation>
    </message>
    <message>
        <source>Output format: text (default), json or markdown.</source>
        <translation>輸出格式：text（預設）、json 或 markdown。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Rank again as if the given tasks had another oom_score_adj (-1000..1000) or were gone, and print the new ranking and predicted victim of each report with a task table. May be repeated.</source>
        <translation>假設指定的任務具有另一個 oom_score_adj (-1000..1000) 或已不存在，重新排名，並針對每份含任務表的報告印出新的排名與預測的受害行程。可重複指定。</translation>
    </message>
    <message>
        <source>Log files (plain or compressed), directories, archives, sosreport or supportconfig bundles, journal files or exports; &quot;-&quot; reads standard input. Without PATH: the live system&apos;s kernel log.</source>
        <translation>日誌檔案（純文字或壓縮）、目錄、封存檔、sosreport 或 supportconfig 資料包、journal 檔案或匯出檔；&quot;-&quot; 表示讀取標準輸入。未指定 PATH 時：讀取執行中系統的核心日誌。</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use text, json or markdown)</source>
        <translation>未知的格式 &quot;%1&quot;（請使用 text、json 或 markdown）</translation>
    </message>
    <message>
        <source>no PATH given, reading the live system&apos;s kernel log: %1</source>
        <translation>未指定 PATH，讀取執行中系統的核心日誌：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>--what-if: no kernel OOM report with a task table was found</source>
        <translation>--what-if: 找不到含任務表的核心 OOM 報告</translation>
    </message>
    <message>
        <source>Gathers what OOM Lens needs from this system — /proc and /sys memory files, the cgroup tree, the process table, the kernel log and the OOM-related journal entries — into one .tar.zst bundle to analyse elsewhere (&quot;oomlens-cli analyze BUNDLE&quot;, or drop it onto OOM Lens). Bounded in size and time, at the lowest CPU and I/O priority; see COLLECT.md for what is and is not included.</source>
        <translation>從此系統收集 OOM Lens 所需的資料 — /proc 與 /sys 的記憶體檔案、cgroup 樹、行程表、核心日誌，以及與 OOM 相關的 journal 項目 — 打包成一個 .tar.zst 資料包，以便在其他地方分析（&quot;oomlens-cli analyze BUNDLE&quot;，或將其拖放到 OOM Lens）。大小與時間皆有上限，並以最低的 CPU 與 I/O 優先權執行；包含與不包含哪些內容，請參閱 COLLECT.md。</translation>
    </message>
    <message>
        <source>Where to write the bundle (&quot;-&quot;: standard output). Default: oomlens-&lt;host&gt;-&lt;date&gt;.tar.zst in the current directory.</source>
        <translation>資料包的寫入位置（&quot;-&quot;：標準輸出）。預設：目前目錄中的 oomlens-&lt;host&gt;-&lt;date&gt;.tar.zst。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Stop reading after this many seconds (default 30).</source>
        <translation>讀取超過此秒數後即停止（預設 30）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒數</translation>
    </message>
    <message>
        <source>At most this many MiB before compression (default 64).</source>
        <translation>壓縮前最多這麼多 MiB（預設 64）。</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Collect from this root directory (a mounted image, a test fixture) instead of the live system; no kernel log or journal then.</source>
        <translation>從此根目錄（已掛載的映像檔、測試資料）收集，而非從執行中的系統收集；此時不收集核心日誌與 journal。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>--time-limit: a number of seconds from 1 to 3600</source>
        <translation>--time-limit: 秒數須介於 1 到 3600 之間</translation>
    </message>
    <message>
        <source>--size-limit: a number of MiB from 1 to 4096</source>
        <translation>--size-limit: MiB 數須介於 1 到 4096 之間</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>已略過: %1</translation>
    </message>
    <message>
        <source>cut short: %1</source>
        <translation>已截斷: %1</translation>
    </message>
    <message>
        <source>stopped early: %1</source>
        <translation>提前停止: %1</translation>
    </message>
    <message>
        <source>wrote %1: %2 files, %3 before compression%4, in %5 s</source>
        <translation>已寫入 %1：%2 個檔案，壓縮前 %3%4，耗時 %5 秒</translation>
    </message>
    <message>
        <source>the bundle to standard output</source>
        <translation>資料包至標準輸出</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令:</translation>
    </message>
    <message>
        <source>Run &quot;%1 &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation>執行 &quot;%1 &lt;command&gt; --help&quot; 以查看命令的選項。</translation>
    </message>
    <message>
        <source>OOM Lens: finds Linux out-of-memory incidents in logs and explains them.</source>
        <translation>OOM Lens：在日誌中找出 Linux 記憶體不足 (OOM) 事件並加以說明。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>要執行的命令。</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知的命令 &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n kernel thread(s) and exited task(s) without memory are not listed: the OOM killer never chooses them (oom_score 0).</source>
        <translation>
            <numerusform>未列出 %n 個核心執行緒及沒有記憶體的已結束任務：OOM Killer 從不選擇它們 (oom_score 0)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Victim ranking for a global OOM now, as Linux %1 ranks (formula of %2)</source>
        <translation>假設現在發生全域 OOM 時的受害行程排名，依 Linux %1 的排名方式（%2 的公式）</translation>
    </message>
    <message>
        <source>Victim ranking for a global OOM on the system of %1, as Linux %2 ranks (formula of %3)</source>
        <translation>假設 %1 的系統上發生全域 OOM 時的受害行程排名，依 Linux %2 的排名方式（%3 的公式）</translation>
    </message>
    <message>
        <source>totalpages %1 = RAM %2 + swap %3 (pages of %4 KiB)</source>
        <translation>totalpages %1 = RAM %2 + 置換空間 %3（每頁 %4 KiB）</translation>
    </message>
    <message>
        <source>Predicted victim: %1 (%2), oom_score %3</source>
        <translation>預測的受害行程：%1 (%2)，oom_score %3</translation>
    </message>
    <message>
        <source>Predicted victim: none (no task can be chosen)</source>
        <translation>預測的受害行程：無（沒有可選擇的任務）</translation>
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
        <translation>分數</translation>
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
        <translation>swap</translation>
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
        <translation>… 還有 %1 個（使用 --limit 0 顯示全部）</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>附註:</translation>
    </message>
    <message>
        <source>Ranks the processes as the kernel&apos;s OOM killer would for a global OOM right now: each task&apos;s points and the oom_score it predicts, highest first.</source>
        <translation>依核心 OOM Killer 在此刻發生全域 OOM 時的方式為行程排名：列出每個任務的分數及預測的 oom_score，由高至低排列。</translation>
    </message>
    <message>
        <source>Write JSON (schema oomlens.rank/1) instead of a table.</source>
        <translation>輸出 JSON (schema oomlens.rank/1)，而非表格。</translation>
    </message>
    <message>
        <source>Show the first N tasks (0: all). Default: %1 in the table, all in JSON.</source>
        <translation>顯示前 N 個任務（0：全部）。預設：表格中 %1 個，JSON 中全部。</translation>
    </message>
    <message>
        <source>Rank the system below DIR (a collected bundle) instead of /.</source>
        <translation>為 DIR（收集的資料包）下的系統排名，而非 /。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>非預期的引數 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--limit needs a number, 0 or more</source>
        <translation>--limit 需要 0 以上的數字</translation>
    </message>
    <message>
        <source>--with: unknown file &quot;%1&quot; (use stat, oom_score, cmdline, smaps_rollup or pagetypeinfo)</source>
        <translation>--with: 未知的檔案 &quot;%1&quot;（請使用 stat、oom_score、cmdline、smaps_rollup 或 pagetypeinfo）</translation>
    </message>
    <message>
        <source>Not read, to keep the snapshot fast and light: %1 (add them with --with). oom_score is predicted from status and oom_score_adj instead.</source>
        <translation>為了讓快照快速且輕量而未讀取：%1（可用 --with 加入）。oom_score 改由 status 與 oom_score_adj 預測。</translation>
    </message>
    <message>
        <source>Snapshot of %1 at %2 (Linux %3, host %4)</source>
        <translation>%1 於 %2 的快照（Linux %3，主機 %4）</translation>
    </message>
    <message>
        <source>Memory: total %1, available %2, free %3; swap total %4, free %5</source>
        <translation>記憶體：總計 %1，可用 %2，空閒 %3；置換空間總計 %4，空閒 %5</translation>
    </message>
    <message>
        <source>Memory pressure: some %1 % / full %2 % of the last 10 s</source>
        <translation>記憶體壓力：最近 10 秒內 some %1 % / full %2 %</translation>
    </message>
    <message>
        <source>node</source>
        <translation>節點</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空閒</translation>
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
        <translation>最大空閒區塊</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>%1 processes (%2 kernel threads), %3 cgroups</source>
        <translation>%1 個行程（%2 個核心執行緒），%3 個 cgroup</translation>
    </message>
    <message>
        <source>A global OOM now would kill %1 (%2); `oomlens-cli rank` shows the ranking.</source>
        <translation>若現在發生全域 OOM，將會終止 %1 (%2)；`oomlens-cli rank` 會顯示排名。</translation>
    </message>
    <message>
        <source>(--json prints everything: vmstat, buddy lists, cgroups, every task.)</source>
        <translation>（--json 會輸出所有內容：vmstat、夥伴系統串列、cgroup、每個任務。）</translation>
    </message>
    <message>
        <source>Prints the memory state of the system: meminfo, vmstat, zones and buddy lists, pressure, swap, vm sysctls, THP, NUMA, the cgroup tree and every process.</source>
        <translation>印出系統的記憶體狀態：meminfo、vmstat、區域與夥伴系統串列、壓力、置換空間、vm sysctl、THP、NUMA、cgroup 樹與每個行程。</translation>
    </message>
    <message>
        <source>Write everything as JSON (schema oomlens.snapshot/1).</source>
        <translation>以 JSON 輸出所有內容 (schema oomlens.snapshot/1)。</translation>
    </message>
    <message>
        <source>Read the system below DIR (a collected bundle, or its archive) instead of /.</source>
        <translation>讀取 DIR（收集的資料包或其封存檔）下的系統，而非 /。</translation>
    </message>
    <message>
        <source>Also read these files: stat (each process&apos;s start time), oom_score (the kernel&apos;s own, next to the prediction), cmdline, smaps_rollup (PSS; slow), pagetypeinfo (free blocks per migrate type; holds the zone locks).</source>
        <translation>另外讀取這些檔案：stat（各行程的啟動時間）、oom_score（核心自身的值，與預測值並列）、cmdline、smaps_rollup（PSS；較慢）、pagetypeinfo（各遷移類型的空閒區塊；會持有區域鎖）。</translation>
    </message>
    <message>
        <source>Find OOM incidents in logs and explain them</source>
        <translation>在日誌中找出 OOM 事件並加以說明</translation>
    </message>
    <message>
        <source>Gather this system&apos;s memory state and logs into a bundle</source>
        <translation>將此系統的記憶體狀態與日誌收集成資料包</translation>
    </message>
    <message>
        <source>Rank the processes as the OOM killer would now</source>
        <translation>依 OOM Killer 此刻的方式為行程排名</translation>
    </message>
    <message>
        <source>Print the memory state of the system</source>
        <translation>印出系統的記憶體狀態</translation>
    </message>
    <message>
        <source>Print each new OOM incident as it happens</source>
        <translation>在每起新的 OOM 事件發生時即印出</translation>
    </message>
    <message>
        <source>Cause: %1 [%2]</source>
        <translation>原因: %1 [%2]</translation>
    </message>
    <message>
        <source>Follows the live kernel log (/dev/kmsg, else the journal, else /var/log/kern.log or /var/log/messages) and prints each new OOM incident as it happens, until interrupted. Standard error says which log is followed and why.</source>
        <translation>追蹤執行中系統的核心日誌（/dev/kmsg，否則為 journal，再否則為 /var/log/kern.log 或 /var/log/messages），並在每起新的 OOM 事件發生時即印出，直到被中斷為止。標準錯誤輸出會說明追蹤的是哪個日誌及原因。</translation>
    </message>
    <message>
        <source>Print each incident as one oomlens.report/1 event object per line (compact JSON).</source>
        <translation>將每起事件印成每行一個 oomlens.report/1 事件物件（精簡 JSON）。</translation>
    </message>
    <message>
        <source>Also print the incidents the log already holds.</source>
        <translation>也印出日誌中已有的事件。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>顯示版本並結束。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>顯示此說明並結束。</translation>
    </message>
    <message>
        <source>--set %1: expected KEY=VALUE</source>
        <translation>--set %1：應為 KEY=VALUE 格式</translation>
    </message>
    <message>
        <source>Apply these changes? [y/N] </source>
        <translation>要套用這些變更嗎？[y/N] </translation>
    </message>
    <message>
        <source>Plans a remedy (%1) from an analysed incident and the live system, shows it, and applies it through oomlens-helper and systemd after you confirm. Every change is authorized by polkit and can be undone.</source>
        <translation>根據已分析的事件與目前系統規劃補救措施（%1）並顯示，確認後透過 oomlens-helper 與 systemd 套用。每項變更都經 polkit 授權，且可以復原。</translation>
    </message>
    <message>
        <source>Print the plan and change nothing.</source>
        <translation>只列印計畫，不做任何變更。</translation>
    </message>
    <message>
        <source>Apply without asking (the plan is still printed).</source>
        <translation>不詢問直接套用（仍會列印計畫）。</translation>
    </message>
    <message>
        <source>Take the values from an oomlens.report/1 JSON file.</source>
        <translation>從 oomlens.report/1 JSON 檔案取得數值。</translation>
    </message>
    <message>
        <source>The incident of the report (&quot;&lt;input&gt;:&lt;first line&gt;&quot;).</source>
        <translation>報告中的事件（&quot;&lt;輸入&gt;:&lt;首行&gt;&quot;）。</translation>
    </message>
    <message>
        <source>Plan against the system below DIR (implies --dry-run).</source>
        <translation>針對 DIR 下的系統進行規劃（隱含 --dry-run）。</translation>
    </message>
    <message>
        <source>limits, cpuset: the cgroup path.</source>
        <translation>limits、cpuset：cgroup 路徑。</translation>
    </message>
    <message>
        <source>limits, cpuset, oom-priority, systemd-policy: the systemd unit.</source>
        <translation>limits、cpuset、oom-priority、systemd-policy：systemd 單元。</translation>
    </message>
    <message>
        <source>limits: max, high or swap-max.</source>
        <translation>limits：max、high 或 swap-max。</translation>
    </message>
    <message>
        <source>limits: the new limit (2G, 512M, bytes, or max).</source>
        <translation>limits：新的限制（2G、512M、位元組數或 max）。</translation>
    </message>
    <message>
        <source>limits: accept a maximum below the current usage.</source>
        <translation>limits：接受低於目前用量的上限。</translation>
    </message>
    <message>
        <source>cpuset: NUMA nodes, e.g. 0-1.</source>
        <translation>cpuset：NUMA 節點，例如 0-1。</translation>
    </message>
    <message>
        <source>compaction: one NUMA node (default: all).</source>
        <translation>compaction：單一 NUMA 節點（預設：全部）。</translation>
    </message>
    <message>
        <source>compaction, systemd-policy: a sysctl to set, KEY=VALUE.</source>
        <translation>compaction（記憶體規整）、systemd-policy：要設定的 sysctl，KEY=VALUE。</translation>
    </message>
    <message>
        <source>Also keep the change across reboots (sysctl.d, systemd drop-in).</source>
        <translation>同時在重新開機後保留變更（sysctl.d、systemd 附加設定）。</translation>
    </message>
    <message>
        <source>swap: where the swap file goes.</source>
        <translation>swap：置換檔的位置。</translation>
    </message>
    <message>
        <source>swap: the size of the swap file (e.g. 4G).</source>
        <translation>swap：置換檔的大小（例如 4G）。</translation>
    </message>
    <message>
        <source>swap: the swap priority.</source>
        <translation>swap：置換空間優先順序。</translation>
    </message>
    <message>
        <source>swap: do not add an /etc/fstab line.</source>
        <translation>swap：不在 /etc/fstab 中新增條目。</translation>
    </message>
    <message>
        <source>swap: also set vm.swappiness.</source>
        <translation>swap：同時設定 vm.swappiness。</translation>
    </message>
    <message>
        <source>oom-priority: a running process.</source>
        <translation>oom-priority：執行中的行程。</translation>
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
        <translation>請指定一個精靈：%1</translation>
    </message>
    <message>
        <source>%1 is not a wizard; the wizards are: %2</source>
        <translation>%1 不是精靈；可用的精靈有：%2</translation>
    </message>
    <message>
        <source>--from-report and --incident go together</source>
        <translation>--from-report 與 --incident 必須同時使用</translation>
    </message>
    <message>
        <source>%1 is not a size such as 4G or 512M</source>
        <translation>%1 不是 4G 或 512M 這樣的大小</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是數字</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>未做任何變更</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>已驗證：%1</translation>
    </message>
    <message>
        <source>Not yet in effect: %1</source>
        <translation>尚未生效：%1</translation>
    </message>
    <message>
        <source>Undo with the app, or: busctl call io.github.oomlens.Helper1 /io/github/oomlens/Helper1 io.github.oomlens.Helper1 Undo x %1</source>
        <translation>可在應用程式中復原，或執行：busctl call io.github.oomlens.Helper1 /io/github/oomlens/Helper1 io.github.oomlens.Helper1 Undo x %1</translation>
    </message>
    <message>
        <source>Plan and apply a remedy for an incident (swap, limits, ...)</source>
        <translation>為事件規劃並套用補救措施（置換空間、記憶體限制等）</translation>
    </message>
    <message>
        <source>Speak this language (%1) instead of the saved setting&apos;s or the environment&apos;s.</source>
        <translation>使用此語言 (%1)，而非已儲存設定或環境中的語言。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; for --lang (available: %2)</source>
        <translation>--lang 的語言 &quot;%1&quot; 未知 (可用：%2)</translation>
    </message>
</context>
<context>
    <name>CollectLogs</name>
    <message>
        <source>the journal cannot be opened: %1</source>
        <translation>無法開啟 journal：%1</translation>
    </message>
    <message>
        <source>not root: the journal shows only what this user may read (members of systemd-journal or adm see the system journal)</source>
        <translation>非 root：journal 只顯示此使用者可讀取的內容（systemd-journal 或 adm 群組的成員可查看系統 journal）</translation>
    </message>
    <message>
        <source>the oldest records were left out to stay within %1</source>
        <translation>為了不超過 %1，已略過最舊的記錄</translation>
    </message>
    <message>
        <source>/dev/kmsg holds no records</source>
        <translation>/dev/kmsg 中沒有記錄</translation>
    </message>
    <message>
        <source>/dev/kmsg: permission denied (kernel.dmesg_restrict is set)</source>
        <translation>/dev/kmsg: 權限不足（已設定 kernel.dmesg_restrict）</translation>
    </message>
    <message>
        <source>/dev/kmsg: %1</source>
        <translation>/dev/kmsg: %1</translation>
    </message>
    <message>
        <source>the journal cannot be queried for this boot</source>
        <translation>無法查詢此次開機的 journal</translation>
    </message>
    <message>
        <source>the time limit ended the journal read</source>
        <translation>因時間限制而結束 journal 讀取</translation>
    </message>
    <message>
        <source>the oldest messages were left out to stay within %1</source>
        <translation>為了不超過 %1，已略過最舊的訊息</translation>
    </message>
    <message>
        <source>the journal (kernel messages of this boot)</source>
        <translation>journal（此次開機的核心訊息）</translation>
    </message>
    <message>
        <source>the journal holds no kernel messages of this boot</source>
        <translation>journal 中沒有此次開機的核心訊息</translation>
    </message>
    <message>
        <source>the journal: this build has no libsystemd</source>
        <translation>journal：此版本未使用 libsystemd 建置</translation>
    </message>
    <message>
        <source>the journal</source>
        <translation>journal</translation>
    </message>
    <message>
        <source>the journal holds no OOM-related entries</source>
        <translation>journal 中沒有與 OOM 相關的項目</translation>
    </message>
    <message>
        <source>the journal is empty or absent for this user (no readable files under /var/log/journal or /run/log/journal)</source>
        <translation>對此使用者而言 journal 為空或不存在（/var/log/journal 或 /run/log/journal 下沒有可讀取的檔案）</translation>
    </message>
    <message>
        <source>the time limit ended the journal read; older entries are missing</source>
        <translation>因時間限制而結束 journal 讀取；缺少較舊的項目</translation>
    </message>
    <message>
        <source>older entries were left out to stay within %1</source>
        <translation>為了不超過 %1，已略過較舊的項目</translation>
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
        <translation>無限制</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>記憶體</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>實體記憶體</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空閒</translation>
    </message>
    <message>
        <source>Free memory moves all the time; compare the limits and sizes.</source>
        <translation>空閒記憶體隨時在變；請比較限制與容量。</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>置換空間</translation>
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
        <translation>記憶體限制</translation>
    </message>
    <message>
        <source>Watermarks</source>
        <translation>水位線</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 的 min</translation>
    </message>
    <message>
        <source>zone absent</source>
        <translation>區域不存在</translation>
    </message>
    <message>
        <source>Top processes then</source>
        <translation>當時排名靠前的行程</translation>
    </message>
    <message>
        <source>%1, oom_score_adj %2</source>
        <translation>%1，oom_score_adj %2</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>未在執行</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>第 %1 名 %2</translation>
    </message>
    <message>
        <source>pid %1 now (matched by name)</source>
        <translation>目前為 pid %1（依名稱比對）</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Incident against now</source>
        <translation>事件與目前對照</translation>
    </message>
    <message>
        <source>Pick an incident to compare its moment with the live system.</source>
        <translation>選擇一個事件，將其發生時刻與目前系統對照。</translation>
    </message>
    <message>
        <source>Reading the live system…</source>
        <translation>正在讀取目前系統…</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) differ between the incident and now.</source>
        <translation>
            <numerusform>事件發生時與目前有 %n 項數值不同。</numerusform>
        </translation>
    </message>
    <message>
        <source>Value</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>At the incident</source>
        <translation>事件發生時</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>目前</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1（已變更）</translation>
    </message>
</context>
<context>
    <name>ComparisonText</name>
    <message>
        <source>The selected task %1 (%2) is not in the task table.</source>
        <translation>選中的任務 %1 (%2) 不在任務表中。</translation>
    </message>
    <message>
        <source>Before 2.6.36 the score is divided by the square roots of the task&apos;s cpu and run time, which the report does not print: %1 is an upper bound.</source>
        <translation>在 2.6.36 之前，得分會除以任務 CPU 時間與執行時間的平方根，而報告並未印出這些值：%1 為上限值。</translation>
    </message>
    <message>
        <source>totalpages is unknown, so the score cannot be recomputed.</source>
        <translation>totalpages 未知，因此無法重新計算得分。</translation>
    </message>
    <message>
        <source>The printed score %1 matches only without the root bonus: pid %2 runs as uid 0 but without CAP_SYS_ADMIN (containers drop it).</source>
        <translation>印出的得分 %1 只有在不計 root 加成時才相符：pid %2 以 uid 0 執行，但沒有 CAP_SYS_ADMIN（容器會移除此權限）。</translation>
    </message>
    <message>
        <source>The printed score matches the formula of %1.</source>
        <translation>印出的得分符合 %1 的公式。</translation>
    </message>
    <message>
        <source>Off by one: the counters moved between the selection and the dump.</source>
        <translation>相差 1：計數器在選擇與傾印之間有所變動。</translation>
    </message>
    <message>
        <source>The printed score implies totalpages between %1 and %2, not %3.</source>
        <translation>依印出的得分推算，totalpages 介於 %1 與 %2 之間，而非 %3。</translation>
    </message>
    <message>
        <source>vm.oom_kill_allocating_task is set: the kernel killed the allocating task without ranking.</source>
        <translation>已設定 vm.oom_kill_allocating_task：核心未經排名即終止了正在配置記憶體的任務。</translation>
    </message>
    <message>
        <source>The task table is cut: some tasks are missing.</source>
        <translation>任務表不完整：缺少部分任務。</translation>
    </message>
    <message>
        <source>No task is eligible, and the kernel found no killable process either.</source>
        <translation>沒有符合資格的任務，核心也找不到可終止的行程。</translation>
    </message>
    <message>
        <source>The report was rate-limited: only the kill line is in the log, no task table.</source>
        <translation>報告受到速率限制：日誌中只有終止行，沒有任務表。</translation>
    </message>
    <message>
        <source>The report has no task table (vm.oom_dump_tasks = 0, the default before 2.6.36, or lines lost).</source>
        <translation>報告中沒有任務表（vm.oom_dump_tasks = 0，即 2.6.36 之前的預設值，或有行遺失）。</translation>
    </message>
    <message>
        <source>The task table header is there but its rows are not.</source>
        <translation>任務表的標頭存在，但沒有資料列。</translation>
    </message>
    <message>
        <source>Without totalpages the order of these tasks cannot be known.</source>
        <translation>沒有 totalpages 就無法得知這些任務的順序。</translation>
    </message>
    <message>
        <source>The log does not say which task the kernel killed.</source>
        <translation>日誌未說明核心終止了哪個任務。</translation>
    </message>
    <message>
        <source>No kill line: compared with the task the kernel selected.</source>
        <translation>沒有終止行：改與核心選中的任務比較。</translation>
    </message>
    <message>
        <source>The kill line names pid %1, a thread of %2 (pid %3 in the table).</source>
        <translation>終止行指出的是 pid %1，為 %2 的執行緒（表中為 pid %3）。</translation>
    </message>
    <message>
        <source>The selection line names pid %1, a thread of %2 (pid %3 in the table).</source>
        <translation>選擇行指出的是 pid %1，為 %2 的執行緒（表中為 pid %3）。</translation>
    </message>
    <message>
        <source>Agrees once pid %1, killed by an earlier OOM kill, is skipped as already reaped.</source>
        <translation>若將已被先前 OOM 終止的 pid %1 視為已回收而略過，結果即一致。</translation>
    </message>
    <message>
        <source>The killed task %1 (%2) is not in the task table.</source>
        <translation>被終止的任務 %1 (%2) 不在任務表中。</translation>
    </message>
    <message>
        <source>The kernel selected %1 (pid %2) as predicted, then killed %3 (pid %4): up to 5.0 a child with its own memory dies in place of the selected parent.</source>
        <translation>核心如預測選中了 %1 (pid %2)，隨後終止了 %3 (pid %4)：在 5.0 以前，擁有自身記憶體的子行程會代替選中的父行程被終止。</translation>
    </message>
    <message>
        <source>Up to 5.0 the kernel kills a child of the selected task in its place; %1 may be a child of %2.</source>
        <translation>在 5.0 以前，核心會終止選中任務的子行程來代替它；%1 可能是 %2 的子行程。</translation>
    </message>
    <message>
        <source>Both score %1: the tie rule decides, and it is not certain for this kernel.</source>
        <translation>兩者得分皆為 %1：由平手規則決定，而此核心的平手規則無法確定。</translation>
    </message>
    <message>
        <source>The scores differ by %1 pages only: the rss counters are batched per thread and the table is printed after the choice.</source>
        <translation>得分僅相差 %1 頁：rss 計數器是按執行緒批次更新的，且任務表是在選擇之後才印出。</translation>
    </message>
    <message>
        <source>Under the formula of %1, which the text does not rule out, %2 would have been chosen.</source>
        <translation>若採用 %1 的公式（文字內容無法排除此可能），將會選中 %2。</translation>
    </message>
    <message>
        <source>Without the root bonus for uid-0 tasks (CAP_SYS_ADMIN is not in the report) %1 would have been chosen.</source>
        <translation>若不計 uid 0 任務的 root 加成（報告中未包含 CAP_SYS_ADMIN），將會選中 %1。</translation>
    </message>
    <message>
        <source>The report does not explain the difference.</source>
        <translation>報告無法解釋此差異。</translation>
    </message>
    <message>
        <source>The log starts at the kill line: the report before it, with its task table, was not copied.</source>
        <translation>日誌從終止行程的那一行開始：之前的報告（包括任務表）沒有被複製。</translation>
    </message>
</context>
<context>
    <name>DecompressStream</name>
    <message>
        <source>cannot start the gzip decoder</source>
        <translation>無法啟動 gzip 解碼器</translation>
    </message>
    <message>
        <source>compressed data is truncated</source>
        <translation>壓縮資料已截斷</translation>
    </message>
    <message>
        <source>compressed data is corrupt (%1)</source>
        <translation>壓縮資料已損毀 (%1)</translation>
    </message>
    <message>
        <source>cannot start the zstd decoder</source>
        <translation>無法啟動 zstd 解碼器</translation>
    </message>
</context>
<context>
    <name>DecompressionGuard</name>
    <message>
        <source>decompressed size exceeds the limit of %1</source>
        <translation>解壓縮後的大小超過 %1 的限制</translation>
    </message>
    <message>
        <source>compression ratio exceeds %1:1</source>
        <translation>壓縮比超過 %1:1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 位元組</numerusform>
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
        <translation>標頭以符號形式列出 gfp 旗標，但沒有 nodemask (4.5–4.8)。</translation>
    </message>
    <message>
        <source>The text fits kernels %1 to %2; the formula of %3 was used.</source>
        <translation>此文字符合核心 %1 到 %2；已採用 %3 的公式。</translation>
    </message>
    <message>
        <source>today</source>
        <translation>目前</translation>
    </message>
    <message>
        <source>The task table has cpu and oom_adj columns (2.6.25–2.6.35).</source>
        <translation>任務表有 cpu 與 oom_adj 欄位 (2.6.25–2.6.35)。</translation>
    </message>
    <message>
        <source>The task table has cpu, oom_adj and oom_score_adj columns (2.6.36–3.4).</source>
        <translation>任務表有 cpu、oom_adj 與 oom_score_adj 欄位 (2.6.36–3.4)。</translation>
    </message>
    <message>
        <source>The task table has nr_ptes and swapents columns (3.5–3.19).</source>
        <translation>任務表有 nr_ptes 與 swapents 欄位 (3.5–3.19)。</translation>
    </message>
    <message>
        <source>The task table has an nr_pmds column (4.0–4.14).</source>
        <translation>任務表有 nr_pmds 欄位 (4.0–4.14)。</translation>
    </message>
    <message>
        <source>The task table has a pgtables_bytes column (4.15+).</source>
        <translation>任務表有 pgtables_bytes 欄位 (4.15+)。</translation>
    </message>
    <message>
        <source>The task table splits rss into rss_anon, rss_file and rss_shmem (6.8+).</source>
        <translation>任務表將 rss 分為 rss_anon、rss_file 與 rss_shmem (6.8+)。</translation>
    </message>
    <message>
        <source>The task dump starts with &quot;Tasks state (memory values in pages)&quot; (4.19+).</source>
        <translation>任務傾印以 &quot;Tasks state (memory values in pages)&quot; 開頭 (4.19+)。</translation>
    </message>
    <message>
        <source>The header prints oom_adj (or oomkilladj) only (up to 2.6.35).</source>
        <translation>標頭只印出 oom_adj（或 oomkilladj）（至 2.6.35）。</translation>
    </message>
    <message>
        <source>The header prints both oom_adj and oom_score_adj (2.6.36–3.6).</source>
        <translation>標頭同時印出 oom_adj 與 oom_score_adj (2.6.36–3.6)。</translation>
    </message>
    <message>
        <source>The header prints oom_score_adj only (3.7+).</source>
        <translation>標頭只印出 oom_score_adj (3.7+)。</translation>
    </message>
    <message>
        <source>The header decodes the gfp flags symbolically (4.5+).</source>
        <translation>標頭以符號形式解碼 gfp 旗標 (4.5+)。</translation>
    </message>
    <message>
        <source>The header prints nodemask= (4.9–4.20).</source>
        <translation>標頭印出 nodemask= (4.9–4.20)。</translation>
    </message>
    <message>
        <source>A separate cpuset line follows the header (up to 4.20).</source>
        <translation>標頭之後另有一行 cpuset（至 4.20）。</translation>
    </message>
    <message>
        <source>The stack dump header prints UID: (6.10+).</source>
        <translation>堆疊傾印標頭印出 UID: (6.10+)。</translation>
    </message>
    <message>
        <source>&quot;COMPACTION is disabled!!!&quot; is printed (4.9+).</source>
        <translation>印出 &quot;COMPACTION is disabled!!!&quot; (4.9+)。</translation>
    </message>
    <message>
        <source>&quot;Task in … killed as a result of limit of …&quot; is printed (up to 4.20).</source>
        <translation>印出 &quot;Task in … killed as a result of limit of …&quot;（至 4.20）。</translation>
    </message>
    <message>
        <source>The memcg report has a kmem: line (3.8+).</source>
        <translation>memcg 報告有 kmem: 行 (3.8+)。</translation>
    </message>
    <message>
        <source>The memcg report has a cgroup v2 swap: line (5.3+).</source>
        <translation>memcg 報告有 cgroup v2 的 swap: 行 (5.3+)。</translation>
    </message>
    <message>
        <source>The memcg statistics are printed inline in KB (3.9–5.2).</source>
        <translation>memcg 統計資料以 KB 為單位直接列出 (3.9–5.2)。</translation>
    </message>
    <message>
        <source>The memcg statistics are a memory.stat dump in bytes (5.3+).</source>
        <translation>memcg 統計資料是以位元組為單位的 memory.stat 傾印 (5.3+)。</translation>
    </message>
    <message>
        <source>memory.stat has workingset_refault_anon or percpu (5.9+).</source>
        <translation>memory.stat 有 workingset_refault_anon 或 percpu (5.9+)。</translation>
    </message>
    <message>
        <source>The memcg statistics use the v1 memory.stat format (6.5+).</source>
        <translation>memcg 統計資料使用 v1 的 memory.stat 格式 (6.5+)。</translation>
    </message>
    <message>
        <source>memory.stat still has a single workingset_refault key (5.3–5.8).</source>
        <translation>memory.stat 仍只有單一的 workingset_refault 鍵 (5.3–5.8)。</translation>
    </message>
    <message>
        <source>memory.oom.group killed the whole cgroup (4.19+).</source>
        <translation>memory.oom.group 終止了整個 cgroup (4.19+)。</translation>
    </message>
    <message>
        <source>Mem-Info has per-node lines (node-based LRU, 4.8+).</source>
        <translation>Mem-Info 有各節點的行（以節點為基礎的 LRU，4.8+）。</translation>
    </message>
    <message>
        <source>The per-node line has kernel_stack (5.11+).</source>
        <translation>各節點的行有 kernel_stack (5.11+)。</translation>
    </message>
    <message>
        <source>The zone lines print boost: (5.16+).</source>
        <translation>區域行印出 boost: (5.16+)。</translation>
    </message>
    <message>
        <source>The zone lines print reserved_highatomic: (5.8+).</source>
        <translation>區域行印出 reserved_highatomic: (5.8+)。</translation>
    </message>
    <message>
        <source>The zone lines print managed: (3.8+).</source>
        <translation>區域行印出 managed: (3.8+)。</translation>
    </message>
    <message>
        <source>Mem-Info counts sec_pagetables (6.1+).</source>
        <translation>Mem-Info 計入 sec_pagetables (6.1+)。</translation>
    </message>
    <message>
        <source>Mem-Info counts kernel_misc_reclaimable (between 5.11 and 5.15+).</source>
        <translation>Mem-Info 計入 kernel_misc_reclaimable（介於 5.11 與 5.15+ 之間）。</translation>
    </message>
    <message>
        <source>Mem-Info counts free_pcp (4.1+).</source>
        <translation>Mem-Info 計入 free_pcp (4.1+)。</translation>
    </message>
    <message>
        <source>Mem-Info still counts unstable pages (up to 5.7).</source>
        <translation>Mem-Info 仍計入 unstable 頁（至 5.7）。</translation>
    </message>
    <message>
        <source>Per-node hugepages lines are printed (3.10+).</source>
        <translation>印出各節點的 hugepages 行 (3.10+)。</translation>
    </message>
    <message>
        <source>The buddy lists show migrate types such as (UME) (3.8+).</source>
        <translation>夥伴系統串列顯示 (UME) 等遷移類型 (3.8+)。</translation>
    </message>
    <message>
        <source>&quot;Kill process … score …&quot; is printed (up to 5.0).</source>
        <translation>印出 &quot;Kill process … score …&quot;（至 5.0）。</translation>
    </message>
    <message>
        <source>The selection score %1 is beyond the 0–2000 scale of 2.6.36+ (up to 2.6.35).</source>
        <translation>選擇得分 %1 超出 2.6.36+ 的 0–2000 範圍（至 2.6.35）。</translation>
    </message>
    <message>
        <source>The oom-kill: summary line is printed (5.0+, backported by RHEL 7).</source>
        <translation>印出 oom-kill: 摘要行（5.0+，RHEL 7 已向後移植）。</translation>
    </message>
    <message>
        <source>The summary line has no constraint: the RHEL 7 backport (3.10 with the 3.14 root bonus).</source>
        <translation>摘要行沒有 constraint 欄位：RHEL 7 的向後移植版本（3.10，含 3.14 的 root 加成）。</translation>
    </message>
    <message>
        <source>&quot;OOM victim … is already exiting&quot; is printed (5.9+).</source>
        <translation>印出 &quot;OOM victim … is already exiting&quot; (5.9+)。</translation>
    </message>
    <message>
        <source>The kill line prints UID, pgtables and oom_score_adj (5.4+).</source>
        <translation>終止行印出 UID、pgtables 與 oom_score_adj (5.4+)。</translation>
    </message>
    <message>
        <source>The kill line has the 5.1 message prefix but no summary line: RHEL 8 (4.18).</source>
        <translation>終止行有 5.1 的訊息前綴，但沒有摘要行：RHEL 8 (4.18)。</translation>
    </message>
    <message>
        <source>The kill line starts with the OOM message (5.1+, RHEL 8).</source>
        <translation>終止行以 OOM 訊息開頭（5.1+，RHEL 8）。</translation>
    </message>
    <message>
        <source>The kill line prints shmem-rss (4.5+) next to a 3.x task table: RHEL 7 (3.10 with the 3.14 root bonus).</source>
        <translation>終止行印出 shmem-rss (4.5+)，且搭配 3.x 的任務表：RHEL 7（3.10，含 3.14 的 root 加成）。</translation>
    </message>
    <message>
        <source>The kill line prints shmem-rss without a message prefix (4.5–5.0).</source>
        <translation>終止行印出 shmem-rss，但沒有訊息前綴 (4.5–5.0)。</translation>
    </message>
    <message>
        <source>The header is &quot;oom-killer: gfp_mask=…&quot; without the task&apos;s name or an adjustment (before 2.6.2x).</source>
        <translation>報告標頭為 &quot;oom-killer: gfp_mask=…&quot; 形式，沒有任務名稱，也沒有調整值（2.6.2x 之前）。</translation>
    </message>
    <message>
        <source>The text fits several formulas; the stack dump names kernel %1, whose formula (%2) was used.</source>
        <translation>此文字符合多個公式；堆疊傾印指明核心為 %1，因此已採用其公式（%2）。</translation>
    </message>
    <message>
        <source>The stack dump names kernel %1, but the report&apos;s text rules out that version&apos;s formula (a backport): the text decides.</source>
        <translation>堆疊傾印指明核心為 %1，但報告的文字排除了該版本的公式（向後移植）：以文字為準。</translation>
    </message>
    <message>
        <source>The stack dump names %1, a vendor kernel that carries backported OOM code: its version does not tell the formula.</source>
        <translation>堆疊傾印指明核心為 %1，這是帶有向後移植 OOM 程式碼的發行版核心：其版本號無法說明公式。</translation>
    </message>
    <message>
        <source>The stack dump names %1: 3.10 stable kernels took the 3.14 root bonus (3.10.99), so the version does not tell the formula.</source>
        <translation>堆疊傾印指明核心為 %1：3.10 穩定版核心引入了 3.14 的 root 加成（3.10.99），因此版本號無法說明公式。</translation>
    </message>
    <message>
        <source>The stack dump names %1: late 5.4 stable kernels carry the 5.9 formula (5.4.273), so the version does not tell the formula.</source>
        <translation>堆疊傾印指明核心為 %1：較新的 5.4 穩定版核心帶有 5.9 的公式（5.4.273），因此版本號無法說明公式。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the incident</source>
        <translation>匯出事件</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>匯出工作階段</translation>
    </message>
    <message>
        <source>Markdown (for a ticket or a wiki)</source>
        <translation>Markdown（用於工單或 Wiki）</translation>
    </message>
    <message>
        <source>HTML (for a browser or mail)</source>
        <translation>HTML（用於瀏覽器或郵件）</translation>
    </message>
    <message>
        <source>JSON (for scripts)</source>
        <translation>JSON（用於指令稿）</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>純文字</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Redact host names, user names, home paths and IP addresses</source>
        <translation>隱去主機名稱、使用者名稱、家目錄路徑和 IP 位址</translation>
    </message>
    <message>
        <source>Each is replaced by the same stand-in everywhere. Process names and cgroup paths stay: check them before you publish the report.</source>
        <translation>每一項在所有位置都替換為同一個代稱。行程名稱和 cgroup 路徑會保留：發布報告前請檢查它們。</translation>
    </message>
    <message>
        <source>Copy as text instead</source>
        <translation>改為複製為文字</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Exported to %1.</source>
        <translation>已匯出到 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
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
        <translation>在記錄檔中顯示第 %1 行</translation>
    </message>
</context>
<context>
    <name>FileFollowedLog</name>
    <message>
        <source>%1 was truncated (rotated by copytruncate); reading it from the start</source>
        <translation>%1 已被截斷（由 copytruncate 輪替）；從頭讀取</translation>
    </message>
    <message>
        <source>%1 was rotated; following the new file</source>
        <translation>%1 已輪替；追蹤新檔案</translation>
    </message>
</context>
<context>
    <name>FileStream</name>
    <message>
        <source>a directory</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>字元裝置</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>區塊裝置</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>通訊端 (socket)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是一般檔案</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>權限不足</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>沒有此檔案或目錄</translation>
    </message>
    <message>
        <source>a component of the path is not a directory</source>
        <translation>路徑中的某個元件不是目錄</translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>符號連結層數過多</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>是目錄</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>輸入/輸出錯誤</translation>
    </message>
    <message>
        <source>not a regular file (%1)</source>
        <translation>不是一般檔案 (%1)</translation>
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
        <translation>/dev/kmsg: 權限不足 (kernel.dmesg_restrict=%1)</translation>
    </message>
    <message>
        <source>/dev/kmsg: %1</source>
        <translation>/dev/kmsg: %1</translation>
    </message>
    <message>
        <source>following /dev/kmsg (the kernel&apos;s ring buffer) and the journal for userspace OOM killers</source>
        <translation>正在追蹤 /dev/kmsg (核心環狀緩衝區)，並從 journal 追蹤使用者空間 OOM Killer</translation>
    </message>
    <message>
        <source>following /dev/kmsg (the kernel&apos;s ring buffer), without userspace OOM killers: %1</source>
        <translation>正在追蹤 /dev/kmsg (核心環狀緩衝區)，不含使用者空間 OOM Killer：%1</translation>
    </message>
    <message>
        <source>following the journal</source>
        <translation>正在追蹤 journal</translation>
    </message>
    <message>
        <source>following %1</source>
        <translation>正在追蹤 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no kernel log can be followed: %1</source>
        <translation>沒有可追蹤的核心日誌：%1</translation>
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
        <translation>失敗的配置要求的是 order %1：%2 個連續分頁。</translation>
    </message>
    <message>
        <source>Order to assess</source>
        <translation>評估的 order</translation>
    </message>
    <message>
        <source>Compact now…</source>
        <translation>立即壓縮記憶體…</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>order</translation>
    </message>
    <message>
        <source>Free blocks</source>
        <translation>空閒區塊數</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>區塊大小</translation>
    </message>
    <message>
        <source>Free memory</source>
        <translation>空閒記憶體</translation>
    </message>
    <message>
        <source>Unusable index</source>
        <translation>不可用指數</translation>
    </message>
    <message>
        <source>Migrate types</source>
        <translation>遷移類型</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1（失敗）</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史</translation>
    </message>
    <message>
        <source>Largest free order</source>
        <translation>最大空閒 order</translation>
    </message>
    <message>
        <source>Unusable free index at order %1 (×10)</source>
        <translation>order %1 的不可用指數 (×10)</translation>
    </message>
</context>
<context>
    <name>HelperClient</name>
    <message>
        <source>This step is not made through oomlens-helper.</source>
        <translation>此步驟不透過 oomlens-helper 執行。</translation>
    </message>
    <message>
        <source>The system bus cannot be reached: nothing was sent.</source>
        <translation>無法連線到系統匯流排：未傳送任何內容。</translation>
    </message>
    <message>
        <source>The service that makes this change is not installed or could not be started.</source>
        <translation>執行此變更的服務未安裝或無法啟動。</translation>
    </message>
    <message>
        <source>No answer in time (was the authorization dialog left open?).</source>
        <translation>未在時限內得到回應（授權對話框是否一直未關閉？）。</translation>
    </message>
</context>
<context>
    <name>HostCommand</name>
    <message>
        <source>no session bus to reach the host</source>
        <translation>沒有可用來連到主機的工作階段匯流排</translation>
    </message>
    <message>
        <source>the host refused to start %1: %2</source>
        <translation>主機拒絕啟動 %1：%2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 ms on the host</source>
        <translation>%1 未在主機上於 %2 ms 內結束</translation>
    </message>
</context>
<context>
    <name>HostGatherReply</name>
    <message>
        <source>the host gatherer&apos;s reply is malformed at byte %1: %2</source>
        <translation>主機收集程式的回覆在第 %1 位元組處格式錯誤：%2</translation>
    </message>
    <message>
        <source>no record header</source>
        <translation>沒有記錄標頭</translation>
    </message>
    <message>
        <source>the header is cut</source>
        <translation>記錄標頭被截斷</translation>
    </message>
    <message>
        <source>a bad header</source>
        <translation>記錄標頭無效</translation>
    </message>
    <message>
        <source>the data is cut</source>
        <translation>資料被截斷</translation>
    </message>
</context>
<context>
    <name>HostGatherer</name>
    <message>
        <source>%1 failed on the host (exit status %2)</source>
        <translation>%1 在主機上失敗 (結束狀態 %2)</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>OOM Lens report</source>
        <translation>OOM Lens 報告</translation>
    </message>
    <message>
        <source>Generated by %1</source>
        <translation>由 %1 產生</translation>
    </message>
    <message>
        <source>No OOM incidents found.</source>
        <translation>未發現 OOM 事件。</translation>
    </message>
    <message>
        <source>OOM incidents found: %1.</source>
        <translation>發現的 OOM 事件：%1 個。</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>錯誤</translation>
    </message>
</context>
<context>
    <name>IncidentFacts</name>
    <message>
        <source>What happened</source>
        <translation>發生了什麼</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>觸發</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>限制條件</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>置換空間</translation>
    </message>
    <message>
        <source>Panic</source>
        <translation>核心恐慌</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>受害行程</translation>
    </message>
    <message>
        <source>Memory cgroup</source>
        <translation>記憶體 cgroup</translation>
    </message>
    <message>
        <source>Limit hit in</source>
        <translation>達到限制的 cgroup</translation>
    </message>
    <message>
        <source>Victim&apos;s cgroup</source>
        <translation>受害行程的 cgroup</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主機</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>核心</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>輸入</translation>
    </message>
</context>
<context>
    <name>IncidentFormat</name>
    <message>
        <source>%1 s after boot</source>
        <extracomment>An incident without a wall-clock time: seconds since the machine booted.</extracomment>
        <translation>開機後 %1 秒</translation>
    </message>
    <message>
        <source>Kernel</source>
        <extracomment>Who killed the process: the Linux kernel&apos;s OOM killer.</extracomment>
        <translation>核心</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>The incident killed nothing (an allocation failure warning).</extracomment>
        <translation>無</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等另外 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>ChromeOS tab manager</source>
        <extracomment>Who killed the process: Chrome&apos;s low-memory tab killer on ChromeOS.</extracomment>
        <translation>ChromeOS 分頁管理器</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Killer</source>
        <extracomment>Column: who killed (the kernel, systemd-oomd, earlyoom).</extracomment>
        <translation>終止者</translation>
    </message>
    <message>
        <source>Victim</source>
        <extracomment>Column: the process that was killed.</extracomment>
        <translation>受害行程</translation>
    </message>
    <message>
        <source>Cgroup or unit</source>
        <translation>cgroup 或單元</translation>
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
        <translation>也記錄於：%1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The diagnosis found no cause for this incident.</source>
        <translation>診斷未找到此事件的原因。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>The report in the log</source>
        <translation>記錄檔中的報告</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Hide the raw report</source>
        <translation>隱藏原始報告</translation>
    </message>
    <message>
        <source>Show the raw report</source>
        <translation>顯示原始報告</translation>
    </message>
    <message>
        <source>Open in the log view</source>
        <translation>在記錄檔檢視中開啟</translation>
    </message>
    <message>
        <source>%1, lines %2–%3</source>
        <translation>%1，第 %2–%3 行</translation>
    </message>
    <message>
        <source>No incident selected</source>
        <translation>未選取事件</translation>
    </message>
    <message>
        <source>Choose an incident in the list.</source>
        <translation>請在清單中選取一個事件。</translation>
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
        <translation>依行程、cgroup、單元或原因篩選</translation>
    </message>
    <message>
        <source>Filter incidents</source>
        <translation>篩選事件</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2 個</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>依%1排序</translation>
    </message>
    <message>
        <source>No incidents yet</source>
        <translation>尚無事件</translation>
    </message>
    <message>
        <source>No OOM incidents found</source>
        <translation>未發現 OOM 事件</translation>
    </message>
    <message>
        <source>Drop a log, a sosreport or a bundle here — or press Ctrl+O.</source>
        <translation>將記錄檔、sosreport 或資料包拖放到此處，或按 Ctrl+O。</translation>
    </message>
</context>
<context>
    <name>InputProcessor</name>
    <message>
        <source>member not read: %1</source>
        <translation>未讀取此成員：%1</translation>
    </message>
    <message>
        <source>no log files found in this archive</source>
        <translation>此封存檔中找不到日誌檔案</translation>
    </message>
    <message>
        <source>containers nested more than %1 deep</source>
        <translation>封存容器的巢狀層數超過 %1 層</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <source>not a text log (binary data)</source>
        <translation>不是文字日誌 (二進位資料)</translation>
    </message>
    <message>
        <source>7-Zip archives are not supported; unpack it or repack it as .tar.xz</source>
        <translation>不支援 7-Zip 封存檔；請將其解開，或重新封裝為 .tar.xz</translation>
    </message>
    <message>
        <source>no kernel or system log sections in this supportconfig file</source>
        <translation>此 supportconfig 檔案中沒有核心或系統日誌區段</translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries could not be read and were skipped</source>
        <translation>
            <numerusform>有 %n 筆 journal 項目無法讀取，已略過</numerusform>
        </translation>
    </message>
    <message>
        <source>journal file: %1</source>
        <translation>journal 檔案：%1</translation>
    </message>
</context>
<context>
    <name>JournalFiles</name>
    <message>
        <source>binary journal files need libsystemd, which this build lacks; export the journal with `journalctl -o export` and analyse that</source>
        <translation>讀取二進位 journal 檔案需要 libsystemd，但此建置版本未包含；請以 `journalctl -o export` 匯出 journal 後再分析匯出結果</translation>
    </message>
    <message>
        <source>journal read error: %1</source>
        <translation>journal 讀取錯誤：%1</translation>
    </message>
    <message>
        <source>cannot open the journal: %1</source>
        <translation>無法開啟 journal：%1</translation>
    </message>
    <message>
        <source>journal query failed: %1</source>
        <translation>journal 查詢失敗：%1</translation>
    </message>
    <message>
        <source>cannot open the journal files: %1</source>
        <translation>無法開啟 journal 檔案：%1</translation>
    </message>
</context>
<context>
    <name>JournalFollowedLog</name>
    <message>
        <source>the journal shows this user no kernel messages of this boot (members of the systemd-journal or adm group see them)</source>
        <translation>journal 未向此使用者顯示本次開機的任何核心訊息 (systemd-journal 或 adm 群組的成員才看得到)</translation>
    </message>
    <message>
        <source>journal query failed: %1</source>
        <translation>journal 查詢失敗：%1</translation>
    </message>
    <message>
        <source>cannot watch the journal: %1</source>
        <translation>無法監看 journal：%1</translation>
    </message>
    <message>
        <source>cannot open the journal: %1</source>
        <translation>無法開啟 journal：%1</translation>
    </message>
    <message>
        <source>there are no journal files (systemd-journald is not running)</source>
        <translation>沒有任何 journal 檔案 (systemd-journald 未執行)</translation>
    </message>
    <message>
        <source>cannot open the journal files: %1</source>
        <translation>無法開啟 journal 檔案：%1</translation>
    </message>
    <message>
        <source>this build has no libsystemd to read the journal</source>
        <translation>此建置版本沒有 libsystemd，無法讀取 journal</translation>
    </message>
</context>
<context>
    <name>KernelLogFollower</name>
    <message>
        <source>cannot create an eventfd: %1</source>
        <translation>無法建立 eventfd：%1</translation>
    </message>
    <message>
        <source>%1: read failed: %2</source>
        <translation>%1: 讀取失敗：%2</translation>
    </message>
    <message>
        <source>%1: read failed: %2; userspace OOM killers are no longer followed</source>
        <translation>%1: 讀取失敗：%2；已不再追蹤使用者空間 OOM Killer</translation>
    </message>
    <message>
        <source>poll() failed: %1</source>
        <translation>poll() 失敗：%1</translation>
    </message>
</context>
<context>
    <name>KmsgFollowedLog</name>
    <message numerus="yes">
        <source>%1: %n record(s) were overwritten by the kernel before they could be read; an incident among them may be incomplete</source>
        <translation>
            <numerusform>%1: 有 %n 筆記錄在讀取前已被核心覆寫；其中的事件可能不完整</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: records were overwritten by the kernel before they could be read; an incident among them may be incomplete</source>
        <translation>%1: 部分記錄在讀取前已被核心覆寫；其中的事件可能不完整</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>&quot;%1&quot; is not one of the languages %2</source>
        <translation>&quot;%1&quot; 不是可用語言 (%2) 之一</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1：無法寫入</translation>
    </message>
</context>
<context>
    <name>LineIndexer</name>
    <message>
        <source>could not create a temporary copy of %1: %2</source>
        <translation>無法建立 %1 的暫存副本：%2</translation>
    </message>
    <message>
        <source>could not write the temporary copy of %1: %2</source>
        <translation>無法寫入 %1 的暫存副本：%2</translation>
    </message>
</context>
<context>
    <name>LiveKernelLog</name>
    <message>
        <source>/dev/kmsg (the kernel&apos;s ring buffer)</source>
        <translation>/dev/kmsg (核心環狀緩衝區)</translation>
    </message>
    <message>
        <source>, and the journal for userspace OOM killers</source>
        <translation>，以及 journal 中的使用者空間 OOM Killer</translation>
    </message>
    <message>
        <source>/dev/kmsg: permission denied (kernel.dmesg_restrict is set)</source>
        <translation>/dev/kmsg: 權限不足 (已設定 kernel.dmesg_restrict)</translation>
    </message>
    <message>
        <source>/dev/kmsg: %1</source>
        <translation>/dev/kmsg: %1</translation>
    </message>
    <message>
        <source>/dev/kmsg holds no messages</source>
        <translation>/dev/kmsg 中沒有任何訊息</translation>
    </message>
    <message>
        <source>the journal (this boot and the previous one), because %1</source>
        <translation>journal (本次與上次開機)，因為 %1</translation>
    </message>
    <message>
        <source>the journal has no kernel messages for this user</source>
        <translation>journal 中沒有此使用者可見的核心訊息</translation>
    </message>
    <message>
        <source>the journal: %1</source>
        <translation>journal: %1</translation>
    </message>
    <message>
        <source>%1, because %2 and %3</source>
        <translation>%1，因為 %2，且 %3</translation>
    </message>
    <message>
        <source>no kernel log is readable: %1; %2; and neither /var/log/kern.log nor /var/log/messages exists</source>
        <translation>無法讀取任何核心日誌：%1；%2；且 /var/log/kern.log 與 /var/log/messages 皆不存在</translation>
    </message>
</context>
<context>
    <name>LiveRanking</name>
    <message>
        <source>MemTotal is missing from proc/meminfo: totalpages, the points and oom_score are unknown.</source>
        <translation>proc/meminfo 中缺少 MemTotal：totalpages、分數與 oom_score 皆未知。</translation>
    </message>
    <message>
        <source>The kernel release is unknown: the 5.9+ formula was used.</source>
        <translation>核心發行版本未知：已使用 5.9+ 的公式。</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) left out: their status could not be read (permission denied, or not in the bundle).</source>
        <translation>
            <numerusform>已略過 %n 個行程：無法讀取其狀態 (權限不足，或不在資料包中)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oom_score_adj is unknown for %n process(es) and was taken as 0.</source>
        <translation>
            <numerusform>有 %n 個行程的 oom_score_adj 未知，已視為 0。</numerusform>
        </translation>
    </message>
    <message>
        <source>No swap: totalpages is the RAM alone, and swapped-out memory counts for nothing.</source>
        <translation>沒有置換空間：totalpages 僅為 RAM，被置換出去的記憶體不計入。</translation>
    </message>
</context>
<context>
    <name>LiveSampler</name>
    <message>
        <source>Per-cgroup memory is unknown: no cgroup hierarchy is mounted.</source>
        <translation>各 cgroup 的記憶體未知：未掛載任何 cgroup 階層。</translation>
    </message>
    <message>
        <source>Per-cgroup memory is unknown: the memory controller is not enabled on any cgroup hierarchy.</source>
        <translation>各 cgroup 的記憶體未知：所有 cgroup 階層上都未啟用記憶體控制器。</translation>
    </message>
    <message>
        <source>Hybrid cgroup layout: per-cgroup usage is the v1 memory controller&apos;s memory.usage_in_bytes (page cache included) against memory.limit_in_bytes; memory.high does not exist there.</source>
        <translation>混合式 cgroup 架構：各 cgroup 用量為 v1 記憶體控制器的 memory.usage_in_bytes (含頁快取)，對照 memory.limit_in_bytes；該處不存在 memory.high。</translation>
    </message>
    <message>
        <source>cgroup v1 only: per-cgroup usage is memory.usage_in_bytes (page cache included) against memory.limit_in_bytes; memory.high and per-cgroup pressure do not exist.</source>
        <translation>僅有 cgroup v1：各 cgroup 用量為 memory.usage_in_bytes (含頁快取)，對照 memory.limit_in_bytes；不存在 memory.high 與各 cgroup 的壓力資訊。</translation>
    </message>
    <message>
        <source>Per-cgroup memory</source>
        <translation>各 cgroup 的記憶體</translation>
    </message>
    <message>
        <source>Only the first %1 cgroups were considered when picking the %2 largest.</source>
        <translation>挑選最大的 %2 個 cgroup 時，只考慮了前 %1 個 cgroup。</translation>
    </message>
    <message numerus="yes">
        <source>%n cgroup file(s) could not be read: permission denied.</source>
        <translation>
            <numerusform>有 %n 個 cgroup 檔案無法讀取：權限不足。</numerusform>
        </translation>
    </message>
    <message>
        <source>System memory (meminfo)</source>
        <translation>系統記憶體 (meminfo)</translation>
    </message>
    <message>
        <source>Available memory is unknown: MemAvailable appeared in Linux 3.14.</source>
        <translation>可用記憶體未知：MemAvailable 自 Linux 3.14 起才出現。</translation>
    </message>
    <message>
        <source>The OOM kill counter (vmstat)</source>
        <translation>OOM 終止計數器 (vmstat)</translation>
    </message>
    <message>
        <source>The OOM kill counter is unknown: vmstat has oom_kill from Linux 4.13.</source>
        <translation>OOM 終止計數器未知：vmstat 自 Linux 4.13 起才有 oom_kill。</translation>
    </message>
    <message>
        <source>Nothing can be sampled: %1: %2.</source>
        <translation>無法取樣任何資料：%1: %2。</translation>
    </message>
    <message>
        <source>Not running as root: system memory, pressure and zones are complete; cgroup files and other users&apos; process details that are not world-readable are shown as unknown.</source>
        <translation>未以 root 執行：系統記憶體、壓力與區域資訊完整；cgroup 檔案，以及其他使用者行程中非所有人可讀的詳細資訊，會顯示為未知。</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>No match.</source>
        <translation>沒有相符項目。</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>無法顯示 %1：%2</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Log</source>
        <translation>記錄檔</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>搜尋（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>搜尋記錄檔</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一個</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一個</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正規表示式</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>區分大小寫</translation>
    </message>
    <message>
        <source>OOM reports only</source>
        <translation>僅 OOM 報告</translation>
    </message>
    <message>
        <source>Line (Ctrl+G)</source>
        <translation>行（Ctrl+G）</translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation>跳至行</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation>複製所選的行</translation>
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
        <translation>純文字（此組建不含語法醒目提示）</translation>
    </message>
    <message>
        <source>This input cannot be shown</source>
        <translation>無法顯示此輸入</translation>
    </message>
    <message>
        <source>No log to show yet</source>
        <translation>尚無可顯示的記錄檔</translation>
    </message>
    <message>
        <source>Drop a log, a sosreport or a bundle here — or press Ctrl+O. Its lines appear here once it is read.</source>
        <translation>將記錄檔、sosreport 或資料包拖放到此處，或按 Ctrl+O。讀取後其內容行會顯示在這裡。</translation>
    </message>
</context>
<context>
    <name>LogSearch</name>
    <message>
        <source>Type something to search for.</source>
        <translation>請輸入要搜尋的內容。</translation>
    </message>
</context>
<context>
    <name>LogSource</name>
    <message>
        <source>the archive has no member %1</source>
        <translation>封存檔中沒有成員 %1</translation>
    </message>
    <message>
        <source>%1 is not an archive</source>
        <translation>%1 不是封存檔</translation>
    </message>
    <message>
        <source>this input is not a text log (%1); the log view shows text logs only</source>
        <translation>此輸入不是文字記錄檔（%1）；記錄檔檢視只顯示文字記錄檔</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Log lines</source>
        <translation>記錄檔的行</translation>
    </message>
    <message>
        <source>Reading lines…</source>
        <extracomment>The name a screen reader gives the log view&apos;s busy indicator: the text of the lines in view is still being read from the file.</extracomment>
        <translation>正在讀取行…</translation>
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
        <translation>開啟記錄檔、封存檔或資料包</translation>
    </message>
    <message>
        <source>Open a folder (an extracted sosreport or bundle)</source>
        <translation>開啟資料夾（已解壓縮的 sosreport 或資料包）</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概覽</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>記錄檔</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>記憶體</translation>
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
        <translation>行程</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
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
        <translation>行程</translation>
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
        <translation>anon</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
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
        <translation>分頁表</translation>
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
        <translation>證據</translation>
    </message>
    <message>
        <source>**Limit hit in:** %1</source>
        <translation>**達到限制的位置:** %1</translation>
    </message>
    <message>
        <source>**Limit hit in:** the host</source>
        <translation>**達到限制的位置:** 主機</translation>
    </message>
    <message>
        <source>**Victim&apos;s cgroup:** %1</source>
        <translation>**受害行程的 cgroup:** %1</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>無限制</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>記憶體</translation>
    </message>
    <message>
        <source>memory+swap</source>
        <translation>記憶體+swap</translation>
    </message>
    <message>
        <source>kmem</source>
        <translation>kmem</translation>
    </message>
    <message>
        <source>swap</source>
        <translation>swap</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>計數器</translation>
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
        <translation>名稱</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>**below min**</source>
        <translation>**低於 min**</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空閒</translation>
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
        <translation>狀態</translation>
    </message>
    <message>
        <source>## Incident %1: %2</source>
        <translation>## 事件 %1: %2</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>**What happened:** %1</source>
        <translation>**發生了什麼:** %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>觸發行程</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>約束</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>附註</translation>
    </message>
    <message>
        <source>only the kill line is in the log (the kernel rate-limits the details)</source>
        <translation>日誌中只有終止行 (核心對詳細資訊做了速率限制)</translation>
    </message>
    <message>
        <source>memory.oom.group</source>
        <translation>memory.oom.group</translation>
    </message>
    <message>
        <source>Panic</source>
        <translation>Panic</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>置換空間</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>受害行程</translation>
    </message>
    <message>
        <source>Memory cgroup</source>
        <translation>記憶體 cgroup</translation>
    </message>
    <message>
        <source>Largest tasks (%1 of %2, by rss)</source>
        <translation>最大的任務 (%2 個中的 %1 個，依 rss 排序)</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>systemd units</source>
        <translation>systemd 單元</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>附註</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>證據</translation>
    </message>
    <message>
        <source>OOM Lens report</source>
        <translation>OOM Lens 報告</translation>
    </message>
    <message>
        <source>Generated by %1.</source>
        <translation>由 %1 產生。</translation>
    </message>
    <message>
        <source>No OOM incidents found.</source>
        <translation>未發現 OOM 事件。</translation>
    </message>
    <message>
        <source>OOM incidents found: %1.</source>
        <translation>發現 %1 起 OOM 事件。</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>input</source>
        <translation>輸入</translation>
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
        <translation>行數</translation>
    </message>
    <message>
        <source>events</source>
        <translation>事件數</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告: </translation>
    </message>
    <message>
        <source>Also in</source>
        <translation>也見於</translation>
    </message>
    <message>
        <source>Slab allocation failures</source>
        <translation>slab 配置失敗</translation>
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
        <translation>%1 分頁（%2）</translation>
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
        <translation>記憶體</translation>
    </message>
    <message>
        <source>The allocation that failed: %1</source>
        <translation>失敗的配置：%1</translation>
    </message>
    <message>
        <source>Reading /proc/zoneinfo…</source>
        <translation>正在讀取 /proc/zoneinfo…</translation>
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
        <translation>已用置換空間 (GiB)</translation>
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
        <translation>事件發生時：報告中的 Mem-Info（OOM 報告不含 MemAvailable 與記憶體壓力）。</translation>
    </message>
    <message>
        <source>The report has no Mem-Info block.</source>
        <translation>報告中沒有 Mem-Info 區塊。</translation>
    </message>
    <message>
        <source>Pressure stall information is not available (kernel 4.20+ with CONFIG_PSI, psi=1 on the command line).</source>
        <translation>壓力停滯資訊 (PSI) 無法使用（需要 4.20 以上核心、CONFIG_PSI，並在命令列設定 psi=1）。</translation>
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
        <translation>空閒</translation>
    </message>
    <message>
        <source>Swap used</source>
        <translation>已用置換空間</translation>
    </message>
    <message>
        <source>Pressure some / full (avg10)</source>
        <translation>記憶體壓力 some / full (avg10)</translation>
    </message>
    <message>
        <source>OOM kills since boot</source>
        <translation>開機以來的 OOM 終止次數</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>no swap</source>
        <translation>無置換空間</translation>
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
        <translation>已用置換空間 (GiB)</translation>
    </message>
    <message>
        <source>Memory pressure some (%)</source>
        <translation>記憶體壓力 some (%)</translation>
    </message>
    <message>
        <source>Memory pressure full (%)</source>
        <translation>記憶體壓力 full (%)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>概覽</translation>
    </message>
    <message>
        <source>Nothing open yet</source>
        <translation>尚未開啟任何內容</translation>
    </message>
    <message>
        <source>Drop a log, a sosreport or a bundle here — or press Ctrl+O. OOM Lens finds every out-of-memory kill in it and explains why it happened.</source>
        <translation>將記錄檔、sosreport 或資料包拖放到此處，或按 Ctrl+O。OOM Lens 會找出其中每一次記憶體不足導致的行程終止，並解釋其原因。</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <source>Open the Live System</source>
        <translation>開啟目前執行中的系統</translation>
    </message>
    <message>
        <source>Looking for OOM incidents…</source>
        <translation>正在尋找 OOM 事件…</translation>
    </message>
    <message>
        <source>No OOM incidents found</source>
        <translation>未發現 OOM 事件</translation>
    </message>
    <message>
        <source>Incidents appear here as soon as they are found.</source>
        <translation>事件一經發現就會顯示在這裡。</translation>
    </message>
    <message>
        <source>The kernel log since boot holds no OOM kill. OOM Lens keeps watching: a new one appears here at once.</source>
        <translation>自開機以來的核心記錄檔中沒有 OOM 終止。OOM Lens 會持續監視：新的事件會立即顯示在這裡。</translation>
    </message>
    <message>
        <source>These inputs hold no OOM kill, earlyoom or systemd-oomd kill and no allocation failure. Drop another log, or open the live system.</source>
        <translation>這些輸入中沒有 OOM、earlyoom 或 systemd-oomd 終止，也沒有配置失敗。請拖放其他記錄檔，或開啟目前執行中的系統。</translation>
    </message>
    <message numerus="yes">
        <source>%n OOM incident(s)</source>
        <translation>
            <numerusform>%n 個 OOM 事件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by the kernel&apos;s OOM killer, %2 by a userspace killer, %3 allocation failures</source>
        <translation>核心 OOM Killer %1 個，使用者空間終止程式 %2 個，配置失敗 %3 個</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>於 %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>從 %1 到 %2</translation>
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
        <translation>顯示最近一個</translation>
    </message>
    <message>
        <source>Show the latest incident with this cause</source>
        <translation>顯示此原因最近的事件</translation>
    </message>
    <message>
        <source>Processes killed most</source>
        <translation>被終止最多的行程</translation>
    </message>
    <message>
        <source>Cgroups involved most</source>
        <translation>涉及最多的 cgroup</translation>
    </message>
    <message>
        <source>Units affected most</source>
        <translation>受影響最多的單元</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Now (live), updated while this page is shown</source>
        <translation>目前（即時），顯示此頁面時持續更新</translation>
    </message>
    <message>
        <source>At the incident, as the kernel&apos;s report shows it</source>
        <translation>事件發生時，如核心報告所示</translation>
    </message>
    <message>
        <source>Now (live), updated every %1 s while this page is shown</source>
        <translation>目前（即時），顯示此頁面時每 %1 秒更新一次</translation>
    </message>
</context>
<context>
    <name>PageSizeText</name>
    <message>
        <source>%1 kB pages, from the buddy lists of the report.</source>
        <translation>頁大小 %1 kB，取自報告中的夥伴系統空閒串列。</translation>
    </message>
    <message>
        <source>%1 kB pages: the kill line&apos;s %2 kB rss over the task table&apos;s %3 pages.</source>
        <translation>頁大小 %1 kB：由終止行的 rss %2 kB 除以任務表中的 %3 pages 得出。</translation>
    </message>
    <message>
        <source>%1 kB pages: the memcg&apos;s usage of %2 kB over the tasks&apos; %3 rss pages.</source>
        <translation>頁大小 %1 kB：由 memcg 用量 %2 kB 除以各任務的 rss %3 pages 得出。</translation>
    </message>
    <message>
        <source>The report does not tell the page size; 4 kB was assumed.</source>
        <translation>報告未指出頁大小；假設為 4 kB。</translation>
    </message>
</context>
<context>
    <name>PlanExecutor</name>
    <message>
        <source>The value of %1 before the change is unknown.</source>
        <translation>變更前 %1 的值未知。</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>沒有可復原的內容。</translation>
    </message>
    <message>
        <source>The plan has no applicable step.</source>
        <translation>計畫中沒有可套用的步驟。</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation>失敗：%1：%2</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已復原：%1</translation>
    </message>
    <message>
        <source>Could not undo %1: %2</source>
        <translation>無法復原 %1：%2</translation>
    </message>
</context>
<context>
    <name>PlanFormatter</name>
    <message>
        <source>persistent</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>僅執行期間</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>風險：%1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>復原方式：%1</translation>
    </message>
    <message>
        <source>Cannot be undone: %1</source>
        <translation>無法復原：%1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>計畫：%1</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation>依據：</translation>
    </message>
    <message>
        <source>Already in place:</source>
        <translation>已經就緒：</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>已拒絕：</translation>
    </message>
    <message>
        <source>Steps (each is authorized, applied and verified; a failure undoes the earlier ones):</source>
        <translation>步驟（每一步都經過授權、套用與驗證；失敗時會復原之前的步驟）：</translation>
    </message>
    <message>
        <source>Confirmed by you: %1</source>
        <translation>您已確認：%1</translation>
    </message>
    <message>
        <source>Afterwards:</source>
        <translation>之後：</translation>
    </message>
</context>
<context>
    <name>Planners</name>
    <message>
        <source>The failed allocation needed a block of order %1 (%2 contiguous).</source>
        <translation>失敗的配置需要 order %1 的區塊（連續 %2）。</translation>
    </message>
    <message>
        <source>Node %1 %2: %3 free blocks of order %4 or larger now.</source>
        <translation>節點 %1 %2：目前有 %3 個 order %4 以上的空閒區塊。</translation>
    </message>
    <message>
        <source>Compact the memory of every node</source>
        <translation>整理所有節點的記憶體碎片</translation>
    </message>
    <message>
        <source>Compact the memory of node %1</source>
        <translation>整理節點 %1 的記憶體碎片</translation>
    </message>
    <message>
        <source>Compaction uses CPU time and may stall allocations for a moment on a busy machine.</source>
        <translation>記憶體規整會佔用 CPU 時間，在忙碌的機器上可能使配置短暫停頓。</translation>
    </message>
    <message>
        <source>Nothing to undo: compaction only moves pages.</source>
        <translation>無需復原：記憶體規整只是移動分頁。</translation>
    </message>
    <message>
        <source>%1 is not a compaction setting.</source>
        <translation>%1 不是記憶體規整設定。</translation>
    </message>
    <message>
        <source>The allocation could use only node(s) %1.</source>
        <translation>該配置只能使用節點 %1。</translation>
    </message>
    <message>
        <source>Node %1: %2 free of %3.</source>
        <translation>節點 %1：%3 中空閒 %2。</translation>
    </message>
    <message>
        <source>Allow %1 to use NUMA node(s) %2</source>
        <translation>允許 %1 使用 NUMA 節點 %2</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <source>persistent: a drop-in written by systemd</source>
        <translation>永久：由 systemd 寫入的附加設定</translation>
    </message>
    <message>
        <source>runtime: until the next reboot</source>
        <translation>僅執行期間：直到下次重新開機</translation>
    </message>
    <message>
        <source>Set AllowedMemoryNodes back to %1 through systemd</source>
        <translation>透過 systemd 將 AllowedMemoryNodes 還原為 %1</translation>
    </message>
    <message>
        <source>The cgroup %1 has no cpuset controller now: nothing to change.</source>
        <translation>cgroup %1 目前沒有 cpuset 控制器：無需變更。</translation>
    </message>
    <message>
        <source>Write %1 to cpuset.mems of %2</source>
        <translation>將 %1 寫入 %2 的 cpuset.mems</translation>
    </message>
    <message>
        <source>(parent&apos;s)</source>
        <translation>（上層的值）</translation>
    </message>
    <message>
        <source>Write %1 back to cpuset.mems</source>
        <translation>將 %1 寫回 cpuset.mems</translation>
    </message>
    <message>
        <source>Memory on a distant node is slower to reach; latency-sensitive workloads may run slower.</source>
        <translation>遠端節點的記憶體存取較慢；對延遲敏感的工作負載可能變慢。</translation>
    </message>
    <message>
        <source>%1 already uses node(s) %2: nothing to change.</source>
        <translation>%1 已在使用節點 %2：無需變更。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The cgroup %1 does not exist now (or has no memory controller): nothing to change.</source>
        <translation>cgroup %1 目前不存在（或沒有記憶體控制器）：無需變更。</translation>
    </message>
    <message>
        <source>The limit of %1, a parent of the killed process&apos;s cgroup, was the bottleneck: the change is proposed there.</source>
        <translation>被終止行程所在 cgroup 的上層 %1 的限制是瓶頸：因此建議在那裡變更。</translation>
    </message>
    <message>
        <source>The limit hit was %1; the proposal is half as much again, or a quarter above today&apos;s usage if that is more.</source>
        <translation>觸及的限制為 %1；建議值為其 1.5 倍，若目前用量的 1.25 倍更大則取後者。</translation>
    </message>
    <message>
        <source>%1 uses %2 now (limit %3).</source>
        <translation>%1 目前使用 %2（限制 %3）。</translation>
    </message>
    <message>
        <source>The new maximum %1 is below the %2 the cgroup uses now: the kernel will reclaim at once and may kill processes in it. memory.high (MemoryHigh=) would throttle instead of killing.</source>
        <translation>新上限 %1 低於該 cgroup 目前用量 %2：核心會立即回收，並可能終止其中的行程。memory.high（MemoryHigh=）則會節流而不是終止。</translation>
    </message>
    <message>
        <source>A limit that is too low makes the kernel reclaim and kill inside this cgroup sooner.</source>
        <translation>限制過低會使核心更早在該 cgroup 內回收記憶體並終止行程。</translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3</source>
        <translation>將 %2 的 %1 設為 %3</translation>
    </message>
    <message>
        <source>Set %1 back to %2 through systemd</source>
        <translation>透過 systemd 將 %1 還原為 %2</translation>
    </message>
    <message>
        <source>Write %1 to %2 of %3</source>
        <translation>將 %1 寫入 %3 的 %2</translation>
    </message>
    <message>
        <source>runtime: lost when the cgroup is recreated</source>
        <translation>僅執行期間：cgroup 重建後失效</translation>
    </message>
    <message>
        <source>Whoever manages this cgroup (systemd, a container runtime) may set its own value again.</source>
        <translation>管理該 cgroup 的程式（systemd、容器執行環境）可能會重新設定自己的值。</translation>
    </message>
    <message>
        <source>Write %1 back to %2</source>
        <translation>將 %1 寫回 %2</translation>
    </message>
    <message>
        <source>%1 is already %2: nothing to change.</source>
        <translation>%1 已經是 %2：無需變更。</translation>
    </message>
    <message>
        <source>Set %1=%2 for %3</source>
        <translation>為 %3 設定 %1=%2</translation>
    </message>
    <message>
        <source>Takes effect when %1 is restarted; systemd reloads its configuration at once.</source>
        <translation>重新啟動 %1 後生效；systemd 會立即重新載入設定。</translation>
    </message>
    <message>
        <source>Restore or delete %1 and reload systemd</source>
        <translation>還原或刪除 %1 並重新載入 systemd</translation>
    </message>
    <message>
        <source>The killed process %1 had oom_score_adj %2.</source>
        <translation>被終止的行程 %1 的 oom_score_adj 為 %2。</translation>
    </message>
    <message>
        <source>oom_score_adj adds %1 points per 1000 to the badness the kernel computes from memory use; -1000 exempts a process.</source>
        <translation>oom_score_adj 會在核心依記憶體用量計算的 badness 上每 1000 加 %1 分；-1000 使行程免於被選中。</translation>
    </message>
    <message>
        <source>Process %1 does not run any more.</source>
        <translation>行程 %1 已不再執行。</translation>
    </message>
    <message>
        <source>No oom_score_adj value chosen.</source>
        <translation>未選擇 oom_score_adj 值。</translation>
    </message>
    <message>
        <source>Process %1 already has oom_score_adj %2.</source>
        <translation>行程 %1 的 oom_score_adj 已是 %2。</translation>
    </message>
    <message>
        <source>Set oom_score_adj of %1 (%2) to %3</source>
        <translation>將 %1（%2）的 oom_score_adj 設為 %3</translation>
    </message>
    <message>
        <source>runtime: until the process exits</source>
        <translation>僅執行期間：直到行程結束</translation>
    </message>
    <message>
        <source>Another process becomes the OOM killer&apos;s choice instead.</source>
        <translation>改由另一個行程成為 OOM Killer 的選擇。</translation>
    </message>
    <message>
        <source>Write %1 back, if the same process still runs</source>
        <translation>若同一行程仍在執行，則寫回 %1</translation>
    </message>
    <message>
        <source>Choose a running process or a service.</source>
        <translation>請選擇一個執行中的行程或服務。</translation>
    </message>
    <message>
        <source>OOMPolicy=continue keeps the service running when the kernel kills one of its processes; stop and kill end the service.</source>
        <translation>OOMPolicy=continue 使服務在核心終止其某個行程時繼續執行；stop 與 kill 會結束服務。</translation>
    </message>
    <message>
        <source>Nothing chosen to change.</source>
        <translation>未選擇要變更的內容。</translation>
    </message>
    <message>
        <source>Restart %1 when convenient: systemctl restart %1</source>
        <translation>請在方便時重新啟動 %1：systemctl restart %1</translation>
    </message>
    <message>
        <source>Add swap</source>
        <translation>新增置換空間</translation>
    </message>
    <message>
        <source>Change a memory limit</source>
        <translation>變更記憶體限制</translation>
    </message>
    <message>
        <source>Bind to NUMA nodes</source>
        <translation>繫結至 NUMA 節點</translation>
    </message>
    <message>
        <source>Compact memory</source>
        <translation>記憶體規整</translation>
    </message>
    <message>
        <source>Change OOM priority</source>
        <translation>變更 OOM 優先順序</translation>
    </message>
    <message>
        <source>Choose the OOM policy</source>
        <translation>選擇 OOM 策略</translation>
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
        <translation>將 %1 設為 %2</translation>
    </message>
    <message>
        <source>Nothing to restore: the value before was unknown</source>
        <translation>無需還原：變更前的值未知</translation>
    </message>
    <message>
        <source>; remove the line from /etc/sysctl.d/90-oomlens.conf</source>
        <translation>；從 /etc/sysctl.d/90-oomlens.conf 中刪除該行</translation>
    </message>
    <message>
        <source>%1 is not an OOM policy setting.</source>
        <translation>%1 不是 OOM 策略設定。</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 已經是 %2。</translation>
    </message>
    <message>
        <source>The next OOM reboots or halts the whole machine instead of killing one process.</source>
        <translation>下一次 OOM 將重新開機或停止整台機器，而不是終止一個行程。</translation>
    </message>
    <message>
        <source>Strict accounting: programs that reserve more than they use (browsers, JVMs) may fail to start.</source>
        <translation>嚴格計量：預留多於實際用量的程式（瀏覽器、JVM）可能無法啟動。</translation>
    </message>
    <message>
        <source>The process that asked for memory is killed, even if a much larger one caused the shortage.</source>
        <translation>即使記憶體短缺是由大得多的行程造成，也會終止要求記憶體的行程。</translation>
    </message>
    <message>
        <source>With kill, systemd-oomd may end the whole unit under pressure.</source>
        <translation>設為 kill 時，systemd-oomd 可能在壓力下結束整個單元。</translation>
    </message>
    <message>
        <source>Set %1 back to auto through systemd</source>
        <translation>透過 systemd 將 %1 還原為 auto</translation>
    </message>
    <message numerus="yes">
        <source>Swap now: %1 on %n device(s).</source>
        <translation>
            <numerusform>目前置換空間：%n 個裝置上共 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The killed process held %1; the swap file is sized to absorb about twice that, at least an eighth of RAM.</source>
        <translation>被終止的行程佔用了 %1；置換檔的大小約為其兩倍，且至少為記憶體的八分之一。</translation>
    </message>
    <message>
        <source>%1 is already in use as swap: nothing to do.</source>
        <translation>%1 已用作置換空間：無需操作。</translation>
    </message>
    <message>
        <source>%1 is not a mount point on this system.</source>
        <translation>%1 不是此系統上的掛載點。</translation>
    </message>
    <message>
        <source>%1 has %2 free: not enough for %3 of swap and room to spare.</source>
        <translation>%1 剩餘 %2：不足以容納 %3 的置換空間並保留餘裕。</translation>
    </message>
    <message>
        <source>%1 (%2) has the most free space: %3.</source>
        <translation>%1（%2）的剩餘空間最多：%3。</translation>
    </message>
    <message>
        <source>Create and enable the swap file %1 (%2)</source>
        <translation>建立並啟用置換檔 %1（%2）</translation>
    </message>
    <message>
        <source>new file %1, mode 0600, %2, formatted with mkswap, enabled with priority %3</source>
        <translation>新檔案 %1，權限 0600，%2，以 mkswap 格式化，以優先順序 %3 啟用</translation>
    </message>
    <message>
        <source>On btrfs the file is created without copy-on-write and cannot be part of a snapshot while it is in use.</source>
        <translation>在 btrfs 上，該檔案以停用寫入時複製的方式建立，使用期間不能包含在快照中。</translation>
    </message>
    <message>
        <source>Heavy swapping makes the system slow instead of killing a process.</source>
        <translation>大量置換會使系統變慢，而不是終止行程。</translation>
    </message>
    <message>
        <source>swapoff, delete %1%2</source>
        <translation>swapoff，刪除 %1%2</translation>
    </message>
    <message>
        <source>, remove the line from /etc/fstab</source>
        <translation>，從 /etc/fstab 中刪除該行</translation>
    </message>
    <message>
        <source>%1 is not a wizard; the wizards are: %2</source>
        <translation>%1 不是精靈；可用的精靈有：%2</translation>
    </message>
    <message>
        <source>The free space on %1 is unknown, so the size of the swap file cannot be checked against it.</source>
        <translation>%1 的可用空間未知，因此無法檢查置換檔案的大小是否放得下。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
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
        <translation>我已閱讀計畫；執行這些變更</translation>
    </message>
</context>
<context>
    <name>PrivateCopy</name>
    <message>
        <source>cannot make a private temporary directory: %1</source>
        <translation>無法建立私有暫存目錄：%1</translation>
    </message>
    <message>
        <source>cannot make a private copy: %1</source>
        <translation>無法建立私有複本：%1</translation>
    </message>
    <message>
        <source>larger than %1; extract it and analyse the file itself</source>
        <translation>大於 %1；請先解壓縮，再分析解出的檔案本身</translation>
    </message>
</context>
<context>
    <name>ProcessesPage</name>
    <message>
        <source>Processes</source>
        <translation>行程</translation>
    </message>
    <message>
        <source>Filter by name, pid or cgroup</source>
        <translation>依名稱、pid 或 cgroup 篩選</translation>
    </message>
    <message>
        <source>Filter processes</source>
        <translation>篩選行程</translation>
    </message>
    <message>
        <source>How is this ranked?</source>
        <translation>排名是如何計算的？</translation>
    </message>
    <message>
        <source>Undo what-if</source>
        <translation>復原假設</translation>
    </message>
    <message>
        <source>Apply with the OOM priority wizard…</source>
        <translation>以 OOM 優先順序精靈套用…</translation>
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
        <translation>從排名中移除 pid %1</translation>
    </message>
    <message>
        <source>What if this process were not there</source>
        <translation>假如沒有這個行程</translation>
    </message>
    <message>
        <source>Ranked as for a global OOM (all of RAM and swap); a cgroup OOM ranks only that cgroup&apos;s processes.</source>
        <translation>依全域 OOM（全部實體記憶體與置換空間）排名；cgroup OOM 只對該 cgroup 內的行程排名。</translation>
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
        <translation>選項:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>引數:</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[選項]</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>未知的選項「%1」。</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>未知的選項：%1。</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>「%1」之後缺少值。</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>「%1」之後有非預期的值。</translation>
    </message>
</context>
<context>
    <name>RankingText</name>
    <message>
        <source>Nothing in the report dates the kernel; the 5.9+ formula was used.</source>
        <translation>報告中沒有任何可推斷核心年代的資訊；已使用 5.9+ 的公式。</translation>
    </message>
    <message>
        <source>The selection score shows the uid-0 tasks lack CAP_SYS_ADMIN; no root bonus applied.</source>
        <translation>選擇得分顯示 uid-0 的任務沒有 CAP_SYS_ADMIN；未套用 root 加成。</translation>
    </message>
    <message>
        <source>The selection line&apos;s score matches the formula of %1.</source>
        <translation>選擇行中的得分符合 %1 的公式。</translation>
    </message>
    <message>
        <source>The report has no task table; the ranking cannot be recomputed.</source>
        <translation>報告中沒有任務表；無法重新計算排名。</translation>
    </message>
    <message>
        <source>totalpages is unknown: %1</source>
        <translation>totalpages 未知：%1</translation>
    </message>
    <message>
        <source>What-if: pid %1 is not in the task table.</source>
        <translation>假設情境：pid %1 不在任務表中。</translation>
    </message>
    <message>
        <source>Ranked with the formula of %1 for the running kernel.</source>
        <translation>已依執行中核心適用的 %1 公式進行排名。</translation>
    </message>
    <message>
        <source>totalram_pages + total_swap_pages = %1 pages</source>
        <translation>totalram_pages + total_swap_pages = %1 頁</translation>
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
        <translation>不是 oomlens.report/1 文件</translation>
    </message>
    <message>
        <source>the report holds no incident, so %1 is not in it</source>
        <translation>報告中沒有任何事件，因此不包含 %1</translation>
    </message>
    <message>
        <source>no incident %1 in the report; its incidents are: %2</source>
        <translation>報告中沒有事件 %1；其中的事件有：%2</translation>
    </message>
</context>
<context>
    <name>RemedyText</name>
    <message>
        <source>Add swap (a swap file or zram) so the kernel can move idle anonymous memory out of RAM before it has to kill, and check vm.swappiness.</source>
        <translation>新增置換空間（置換檔或 zram），使核心在不得不終止行程之前能把閒置的匿名記憶體移出 RAM，並檢查 vm.swappiness。</translation>
    </message>
    <message>
        <source>Raise the memory limit of the cgroup or unit that ran out (MemoryMax=, or memory.max), or set MemoryHigh= below it so the workload is slowed and reclaimed before it is killed.</source>
        <translation>提高耗盡記憶體的 cgroup 或單元的記憶體限制（MemoryMax= 或 memory.max），或在其下設定 MemoryHigh=，讓工作負載在被終止之前先被減速並回收記憶體。</translation>
    </message>
    <message>
        <source>Let the workload allocate from more NUMA nodes (AllowedMemoryNodes=, or cpuset.mems), or move it to a node with free memory.</source>
        <translation>讓工作負載可從更多 NUMA 節點配置記憶體（AllowedMemoryNodes= 或 cpuset.mems），或將其移到有可用記憶體的節點。</translation>
    </message>
    <message>
        <source>Compact memory (echo 1 &gt; /proc/sys/vm/compact_memory) and keep more free memory in reserve (vm.min_free_kbytes, vm.watermark_scale_factor) so large contiguous allocations succeed.</source>
        <translation>重整記憶體（echo 1 &gt; /proc/sys/vm/compact_memory），並保留更多可用記憶體（vm.min_free_kbytes、vm.watermark_scale_factor），使大塊連續配置能夠成功。</translation>
    </message>
    <message>
        <source>Protect the processes that matter with a lower oom_score_adj (OOMScoreAdjust= for a unit), and let expendable ones be chosen first.</source>
        <translation>用更低的 oom_score_adj（單元使用 OOMScoreAdjust=）保護重要行程，讓可犧牲的行程先被選中。</translation>
    </message>
    <message>
        <source>Choose what systemd does when a process of the unit is killed (OOMPolicy=continue keeps the service running), and review the kernel&apos;s OOM policy (vm.panic_on_oom, vm.overcommit_memory).</source>
        <translation>選擇單元中的行程被終止時 systemd 的行為（OOMPolicy=continue 可讓服務繼續執行），並檢查核心的 OOM 策略（vm.panic_on_oom、vm.overcommit_memory）。</translation>
    </message>
    <message>
        <source>Add swap…</source>
        <translation>新增置換空間…</translation>
    </message>
    <message>
        <source>Change the memory limit…</source>
        <translation>變更記憶體限制…</translation>
    </message>
    <message>
        <source>Change the NUMA nodes…</source>
        <translation>變更 NUMA 節點…</translation>
    </message>
    <message>
        <source>Compact memory…</source>
        <translation>重整記憶體…</translation>
    </message>
    <message>
        <source>Change the OOM priority…</source>
        <translation>變更 OOM 優先順序…</translation>
    </message>
    <message>
        <source>Change the OOM policy…</source>
        <translation>變更 OOM 策略…</translation>
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
        <translation>1 頁</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 頁</translation>
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
        <translation>無限制</translation>
    </message>
    <message>
        <source>usage %1, limit %2, failcnt %3</source>
        <translation>用量 %1，限制 %2，failcnt %3</translation>
    </message>
    <message>
        <source>no swap configured</source>
        <translation>未設定置換空間</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>%2 中空閒 %1</translation>
    </message>
    <message>
        <source>a process was killed by the kernel OOM killer</source>
        <translation>核心 OOM Killer 終止了一個行程</translation>
    </message>
    <message>
        <source>the unit failed with result &apos;oom-kill&apos;</source>
        <translation>該單元以結果 &apos;oom-kill&apos; 失敗</translation>
    </message>
    <message>
        <source>systemd-oomd killed 1 process</source>
        <translation>systemd-oomd 終止了 1 個行程</translation>
    </message>
    <message>
        <source>systemd-oomd killed %1 processes</source>
        <translation>systemd-oomd 終止了 %1 個行程</translation>
    </message>
    <message>
        <source>systemd-oomd killed processes</source>
        <translation>systemd-oomd 終止了行程</translation>
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
        <translation>證據: 第 %1 行</translation>
    </message>
    <message>
        <source>fix: %1 wizard</source>
        <translation>修正措施: %1 精靈</translation>
    </message>
    <message>
        <source>converted from %1</source>
        <translation>已從 %1 轉換</translation>
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
        <translation>1 起事件</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 起事件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (the log shows neither year nor time zone)</source>
        <translation>%1 (日誌未顯示年份與時區)</translation>
    </message>
    <message>
        <source>%1 (the log shows no time zone)</source>
        <translation>%1 (日誌未顯示時區)</translation>
    </message>
    <message>
        <source>%1 (the log shows no year)</source>
        <translation>%1 (日誌未顯示年份)</translation>
    </message>
    <message>
        <source>uptime %1 s</source>
        <translation>運作時間 %1 秒</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>主機 %1</translation>
    </message>
    <message>
        <source>kernel %1</source>
        <translation>核心 %1</translation>
    </message>
    <message>
        <source>header</source>
        <translation>標頭</translation>
    </message>
    <message>
        <source>stack</source>
        <translation>堆疊</translation>
    </message>
    <message>
        <source>memory cgroup</source>
        <translation>記憶體 cgroup</translation>
    </message>
    <message>
        <source>Mem-Info</source>
        <translation>Mem-Info</translation>
    </message>
    <message>
        <source>swap</source>
        <translation>置換空間</translation>
    </message>
    <message>
        <source>task table</source>
        <translation>任務表</translation>
    </message>
    <message>
        <source>selection</source>
        <translation>選擇</translation>
    </message>
    <message>
        <source>kill of %1</source>
        <translation>終止 %1</translation>
    </message>
    <message>
        <source>reaper</source>
        <translation>reaper</translation>
    </message>
    <message>
        <source>userspace killer</source>
        <translation>使用者空間 killer</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>單元 %1</translation>
    </message>
    <message>
        <source>Node %1 %2</source>
        <translation>節點 %1 %2</translation>
    </message>
    <message>
        <source>free %1 &lt; min %2 (low %3, high %4)</source>
        <translation>空閒 %1 &lt; min %2 (low %3，high %4)</translation>
    </message>
    <message>
        <source>The log shows no kill for this report (it was cut, or the kernel found the victim already exiting).</source>
        <translation>日誌中沒有此報告對應的終止記錄 (記錄被截斷，或核心發現受害行程已在結束中)。</translation>
    </message>
    <message>
        <source>Only the kill line is in the log: the kernel rate-limits the report&apos;s details, or they were not copied.</source>
        <translation>日誌中只有終止行：核心對報告的詳細資訊做了速率限制，或詳細資訊未被複製。</translation>
    </message>
    <message>
        <source>The report starts in the middle: its beginning is not in the log.</source>
        <translation>報告從中途開始：其開頭不在日誌中。</translation>
    </message>
    <message>
        <source>Lines were left out by whoever copied the log.</source>
        <translation>複製日誌的人遺漏了部分行。</translation>
    </message>
    <message>
        <source>The header was glued to the previous line.</source>
        <translation>報告標頭與前一行黏在一起。</translation>
    </message>
    <message>
        <source>A row of the task table was cut.</source>
        <translation>任務表中有一列被截斷。</translation>
    </message>
    <message>
        <source>The victim is known only from the oom-kill: summary line.</source>
        <translation>受害行程僅能從 oom-kill: 摘要行得知。</translation>
    </message>
    <message>
        <source>The victim is known only from the oom_reaper line.</source>
        <translation>受害行程僅能從 oom_reaper 行得知。</translation>
    </message>
    <message>
        <source>The victim was already exiting; the kernel skipped killing it.</source>
        <translation>受害行程已在結束中；核心略過了終止它的動作。</translation>
    </message>
    <message>
        <source>Only systemd&apos;s unit result is in the log, not the kill itself.</source>
        <translation>日誌中只有 systemd 的單元結果，沒有終止動作本身。</translation>
    </message>
    <message>
        <source>systemd&apos;s line for %1 was cut by a pager.</source>
        <translation>systemd 關於 %1 的訊息行被分頁程式 (pager) 截斷。</translation>
    </message>
    <message>
        <source>systemd-oomd&apos;s kill line gives no reason.</source>
        <translation>systemd-oomd 的終止行未說明原因。</translation>
    </message>
    <message>
        <source>systemd-oomd&apos;s kill line was wrapped.</source>
        <translation>systemd-oomd 的終止行被折行。</translation>
    </message>
    <message>
        <source>systemd-oomd ran in dry-run mode: nothing was killed.</source>
        <translation>systemd-oomd 以 dry-run 模式執行：沒有終止任何行程。</translation>
    </message>
    <message>
        <source>A candidate&apos;s cgroup path was abridged: %1</source>
        <translation>某個候選行程的 cgroup 路徑被縮略：%1</translation>
    </message>
    <message>
        <source>A candidate has no cgroup path.</source>
        <translation>某個候選行程沒有 cgroup 路徑。</translation>
    </message>
    <message>
        <source>earlyoom ran in dry-run mode: nothing was killed.</source>
        <translation>earlyoom 以 dry-run 模式執行：沒有終止任何行程。</translation>
    </message>
    <message>
        <source>earlyoom did not name the signal (before 1.2 it was always SIGKILL).</source>
        <translation>earlyoom 未指明訊號 (1.2 之前一律為 SIGKILL)。</translation>
    </message>
    <message>
        <source>The victim did not exit after earlyoom&apos;s signal.</source>
        <translation>受害行程在收到 earlyoom 的訊號後並未結束。</translation>
    </message>
    <message>
        <source>earlyoom escalated to SIGKILL after %1.</source>
        <translation>earlyoom 在 %1 後改用 SIGKILL。</translation>
    </message>
    <message>
        <source>The victim exited after %1.</source>
        <translation>受害行程在 %1 後結束。</translation>
    </message>
    <message>
        <source>earlyoom could not kill the victim: %1</source>
        <translation>earlyoom 無法終止受害行程：%1</translation>
    </message>
    <message>
        <source>nohang printed the memory split rounded to MiB.</source>
        <translation>nohang 印出的記憶體分項已四捨五入至 MiB。</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <source>an unknown process</source>
        <translation>未知行程</translation>
    </message>
    <message>
        <source>Page allocation failure</source>
        <translation>頁配置失敗</translation>
    </message>
    <message>
        <source>systemd-oomd kill</source>
        <translation>systemd-oomd 終止</translation>
    </message>
    <message>
        <source>earlyoom kill</source>
        <translation>earlyoom 終止</translation>
    </message>
    <message>
        <source>nohang kill</source>
        <translation>nohang 終止</translation>
    </message>
    <message>
        <source>Userspace OOM kill</source>
        <translation>使用者空間 OOM 終止</translation>
    </message>
    <message>
        <source>Manual OOM kill (SysRq-f)</source>
        <translation>手動 OOM 終止 (SysRq-f)</translation>
    </message>
    <message>
        <source>Memory cgroup OOM</source>
        <translation>記憶體 cgroup OOM</translation>
    </message>
    <message>
        <source>Cpuset OOM</source>
        <translation>Cpuset OOM</translation>
    </message>
    <message>
        <source>Memory policy OOM</source>
        <translation>記憶體策略 (mempolicy) OOM</translation>
    </message>
    <message>
        <source>OOM kill (report suppressed)</source>
        <translation>OOM 終止 (報告被抑制)</translation>
    </message>
    <message>
        <source>System-wide OOM</source>
        <translation>全系統 OOM</translation>
    </message>
    <message>
        <source>uid %1</source>
        <translation>uid %1</translation>
    </message>
    <message>
        <source>anon %1</source>
        <translation>anon %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>file %1</translation>
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
        <translation>分頁表 %1</translation>
    </message>
    <message>
        <source>oom_score_adj %1</source>
        <translation>oom_score_adj %1</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> 位於 %1</translation>
    </message>
    <message>
        <source>, killed with its memory.oom.group</source>
        <translation>，與其 memory.oom.group 一併被終止</translation>
    </message>
    <message>
        <source>, memory reaped</source>
        <translation>，記憶體已回收</translation>
    </message>
    <message>
        <source>, the reaper could not free its memory</source>
        <translation>，reaper 無法釋放其記憶體</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <source>order -1 (manual SysRq request)</source>
        <translation>order -1 (手動 SysRq 請求)</translation>
    </message>
    <message>
        <source>order %1 (%2)</source>
        <translation>order %1 (%2)</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>order %1</translation>
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
        <translation>經由頁配置器</translation>
    </message>
    <message>
        <source>via the memory cgroup charge</source>
        <translation>經由記憶體 cgroup 的用量計入 (charge)</translation>
    </message>
    <message>
        <source>via a page fault</source>
        <translation>經由頁錯誤 (page fault)</translation>
    </message>
    <message>
        <source>via SysRq-f</source>
        <translation>經由 SysRq-f</translation>
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
        <translation>已停用記憶體規整</translation>
    </message>
    <message>
        <source>%1 requested %2</source>
        <translation>%1 請求了 %2</translation>
    </message>
    <message>
        <source>%1 could not allocate an order-%2 block (%3); the kernel did not kill anything for it</source>
        <translation>%1 無法配置 order-%2 區塊 (%3)；核心並未因此終止任何行程</translation>
    </message>
    <message>
        <source>A userspace OOM killer</source>
        <translation>某個使用者空間 OOM Killer</translation>
    </message>
    <message>
        <source>%1 killed a process</source>
        <translation>%1 終止了一個行程</translation>
    </message>
    <message>
        <source>%1 killed %2</source>
        <translation>%1 終止了 %2</translation>
    </message>
    <message>
        <source> — swap use exceeded %1%</source>
        <translation> — 置換空間用量超過 %1%</translation>
    </message>
    <message>
        <source> — memory pressure %1% above the limit %2%</source>
        <translation> — 記憶體壓力 %1% 高於限制 %2%</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> 持續 %1</translation>
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
        <translation> 使用訊號 %1</translation>
    </message>
    <message>
        <source> (rss %1)</source>
        <translation> (rss %1)</translation>
    </message>
    <message>
        <source>Memory cgroup OOM in %1</source>
        <translation>%1 中的記憶體 cgroup OOM</translation>
    </message>
    <message>
        <source>Cpuset OOM in %1</source>
        <translation>%1 中的 Cpuset OOM</translation>
    </message>
    <message>
        <source>killed %1</source>
        <translation>終止了 %1</translation>
    </message>
    <message>
        <source>killed %1 (%2)</source>
        <translation>終止了 %1 (%2)</translation>
    </message>
    <message>
        <source> and 1 more process</source>
        <translation> 及另外 1 個行程</translation>
    </message>
    <message>
        <source> and %1 more processes</source>
        <translation> 及另外 %1 個行程</translation>
    </message>
    <message>
        <source>no killable process was found</source>
        <translation>找不到可終止的行程</translation>
    </message>
    <message>
        <source>the kernel panicked instead of killing</source>
        <translation>核心發生 panic，而非終止行程</translation>
    </message>
    <message>
        <source>no kill is recorded in the log</source>
        <translation>日誌中沒有終止記錄</translation>
    </message>
    <message>
        <source>limit %1 reached, failcnt %2</source>
        <translation>已達限制 %1，failcnt %2</translation>
    </message>
    <message>
        <source>usage %1 of limit %2, failcnt %3</source>
        <translation>用量 %1 / 限制 %2，failcnt %3</translation>
    </message>
    <message>
        <source>swap: %1</source>
        <translation>置換空間: %1</translation>
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
        <translation>嚴重</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>cause severity</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <comment>cause severity</comment>
        <translation>資訊</translation>
    </message>
    <message>
        <source>The log was quoted in a mail reply or a blockquote; the quote marks were removed.</source>
        <translation>日誌是在郵件回覆或引用區塊中被引用的；已移除引用符號。</translation>
    </message>
    <message>
        <source>Whoever copied the log cut the dates off its lines: the time of day is there, the day is unknown.</source>
        <translation>複製日誌的人刪去了各行的日期：有時刻，但日期未知。</translation>
    </message>
    <message>
        <source>Lines that a mail client or a terminal had wrapped were joined again.</source>
        <translation>已將被郵件用戶端或終端機折行的行重新連接起來。</translation>
    </message>
    <message>
        <source>OpenVZ/Virtuozzo container OOM: beancounter %1.</source>
        <translation>OpenVZ/Virtuozzo 容器 OOM：beancounter %1。</translation>
    </message>
    <message>
        <source>The slab allocator failed %1 times in a row; they are shown as one event.</source>
        <translation>slab 配置器連續失敗了 %1 次；它們顯示為一個事件。</translation>
    </message>
    <message>
        <source>Slab caches that could not grow: %1</source>
        <translation>無法擴充的 slab 快取：%1</translation>
    </message>
    <message>
        <source>The failed slab allocations did not all have the same gfp mask.</source>
        <translation>失敗的 slab 配置的 gfp_mask 並不完全相同。</translation>
    </message>
    <message>
        <source>systemd-oomd&apos;s kill line gives no reason; its candidate list (swap use only) shows a swap-based kill.</source>
        <translation>systemd-oomd 的終止行沒有給出原因；其候選清單（僅有置換空間用量）顯示這是基於置換空間的終止。</translation>
    </message>
    <message>
        <source>The %1 allocator could not grow the slab cache %2 (%3); the kernel did not kill anything for it</source>
        <translation>%1 配置器無法擴充 slab 快取 %2 (%3)；核心並未因此終止任何行程</translation>
    </message>
    <message>
        <source> — swap use passed its limit</source>
        <translation> — 置換空間用量超過了限制</translation>
    </message>
    <message>
        <source>slab failures</source>
        <translation>slab 失敗</translation>
    </message>
    <message>
        <source>The low-memory killer&apos;s reason lines after its kill line are not in the log.</source>
        <translation>低記憶體終止機制在終止行之後輸出的原因行不在記錄中。</translation>
    </message>
    <message>
        <source>Android lmkd kill</source>
        <translation>Android lmkd 終止</translation>
    </message>
    <message>
        <source>Android low memory killer kill</source>
        <translation>Android 低記憶體終止機制終止</translation>
    </message>
    <message>
        <source>ChromeOS low-memory kill</source>
        <translation>ChromeOS 記憶體不足時的終止</translation>
    </message>
    <message>
        <source>rss %1</source>
        <translation>rss %1</translation>
    </message>
    <message>
        <source>swap %1</source>
        <translation>置換空間 %1</translation>
    </message>
    <message>
        <source>caches the log does not name</source>
        <extracomment>The slab caches that failed are not printed in the log.</extracomment>
        <translation>記錄未列出名稱的快取</translation>
    </message>
    <message>
        <source>%1 first, others later</source>
        <extracomment>gfp_mask of the first failure; the later ones printed other masks.</extracomment>
        <translation>起初為 %1，之後為其他值</translation>
    </message>
    <message>
        <source>after the kill</source>
        <translation>在終止行程之後</translation>
    </message>
    <message>
        <source>%1 s after the report began</source>
        <translation>報告開始後 %1 秒</translation>
    </message>
    <message>
        <source>just before the report</source>
        <translation>緊接在報告之前</translation>
    </message>
    <message>
        <source>%1 s before the report</source>
        <translation>報告之前 %1 秒</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 allocation failure(s) %2, in %3, gfp_mask %4</source>
        <extracomment>%n count, %1 allocator (SLUB, SLAB), %2 when, %3 slab caches, %4 gfp_mask.</extracomment>
        <translation>
            <numerusform>%1 配置失敗 %n 次（%2），快取：%3，gfp_mask %4</numerusform>
        </translation>
    </message>
    <message>
        <source>The kernel&apos;s lowmemorykiller</source>
        <translation>核心的 lowmemorykiller</translation>
    </message>
    <message>
        <source>Chrome&apos;s tab manager</source>
        <translation>Chrome 的分頁管理器</translation>
    </message>
    <message>
        <source> (an estimated %1 freed)</source>
        <translation>（估計釋放 %1）</translation>
    </message>
    <message>
        <source>The kernel&apos;s lowmemorykiller printed %1: an adj of this kernel&apos;s scale (oom_adj or oom_score_adj) and a size in pages.</source>
        <translation>核心的 lowmemorykiller 輸出了 %1：adj 採用該核心的尺度（oom_adj 或 oom_score_adj），size 以頁為單位。</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Waiting for authorization and the changes…</source>
        <translation>正在等待授權與變更…</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已套用</translation>
    </message>
    <message>
        <source>Verified against the live system</source>
        <translation>已對照目前系統驗證</translation>
    </message>
</context>
<context>
    <name>SandboxCapabilities</name>
    <message>
        <source>the sandbox does not allow starting the host gatherer (no permission to talk to org.freedesktop.Flatpak)</source>
        <translation>沙箱不允許啟動主機收集程式 (沒有與 org.freedesktop.Flatpak 通訊的權限)</translation>
    </message>
    <message>
        <source>the host gatherer (oomlens-hostgather) is missing from this installation</source>
        <translation>此安裝中缺少主機收集程式 (oomlens-hostgather)</translation>
    </message>
    <message>
        <source>org.freedesktop.Flatpak does not answer on the session bus, so the host gatherer cannot be started</source>
        <translation>工作階段匯流排上的 org.freedesktop.Flatpak 沒有回應，因此無法啟動主機收集程式</translation>
    </message>
    <message>
        <source>Allow it with: flatpak override --user --talk-name=org.freedesktop.Flatpak io.github.oomlens.OOMLens, or install OOM Lens from your distribution&apos;s packages.</source>
        <translation>可用 flatpak override --user --talk-name=org.freedesktop.Flatpak io.github.oomlens.OOMLens 允許，或從發行版的套件安裝 OOM Lens。</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>記憶體</translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation>碎片化</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>行程</translation>
    </message>
    <message>
        <source>Cgroups</source>
        <translation>cgroup</translation>
    </message>
    <message>
        <source>Live kernel log</source>
        <translation>即時核心日誌</translation>
    </message>
    <message>
        <source>Journal of earlier boots</source>
        <translation>先前開機的 journal</translation>
    </message>
    <message>
        <source>Fixes</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Host processes are not visible in the Flatpak sandbox (it has its own process namespace), and %1.</source>
        <translation>在 Flatpak 沙箱中看不到主機的行程 (沙箱有自己的行程命名空間)，而且%1。</translation>
    </message>
    <message>
        <source>The cgroup tree (/sys/fs/cgroup) is not mounted in the Flatpak sandbox, and %1.</source>
        <translation>cgroup 樹 (/sys/fs/cgroup) 未掛載到 Flatpak 沙箱中，而且%1。</translation>
    </message>
    <message>
        <source>The kernel log (/dev/kmsg) cannot be read in the Flatpak sandbox, and %1; new incidents are not shown as they happen.</source>
        <translation>在 Flatpak 沙箱中無法讀取核心日誌 (/dev/kmsg)，而且%1；新事件不會在發生時顯示。</translation>
    </message>
    <message>
        <source>The journal (%1) is exposed to the sandbox but cannot be read: the host keeps no persistent journal, or this user may not read it.</source>
        <translation>journal (%1) 已向沙箱開放，但無法讀取：主機沒有保存持久性的 journal，或此使用者無權讀取。</translation>
    </message>
    <message>
        <source>The sandbox does not expose the journal (%1), so incidents of earlier boots are not found.</source>
        <translation>沙箱沒有開放 journal (%1)，因此找不到先前開機時的事件。</translation>
    </message>
    <message>
        <source>Add the user to the systemd-journal group, or open exported logs with Open.</source>
        <translation>將使用者加入 systemd-journal 群組，或透過「開啟」開啟匯出的日誌。</translation>
    </message>
    <message>
        <source>Allow it with: flatpak override --user --filesystem=/var/log/journal:ro io.github.oomlens.OOMLens</source>
        <translation>可用 flatpak override --user --filesystem=/var/log/journal:ro io.github.oomlens.OOMLens 允許</translation>
    </message>
    <message>
        <source>The host has no oomlens-helper, so fixes cannot be applied from the sandbox; each wizard shows the commands to run instead.</source>
        <translation>主機上沒有 oomlens-helper，因此無法從沙箱套用修正；各精靈會改為顯示需要執行的命令。</translation>
    </message>
    <message>
        <source>The sandbox may not talk to the host&apos;s oomlens-helper, so fixes cannot be applied; each wizard shows the commands to run instead.</source>
        <translation>沙箱無權與主機的 oomlens-helper 通訊，因此無法套用修正；各精靈會改為顯示需要執行的命令。</translation>
    </message>
    <message>
        <source>Install the oomlens package of your distribution on the host; it provides the helper.</source>
        <translation>在主機上安裝發行版的 oomlens 套件，其中包含該輔助程式。</translation>
    </message>
</context>
<context>
    <name>SeriesModel</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Loading was cancelled: the incidents found so far are shown. Press F5 to load everything again.</source>
        <translation>已取消載入：顯示的是目前已找到的事件。按 F5 重新載入全部內容。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>New incidents on this system cannot be followed: %1</source>
        <translation>無法追蹤此系統上的新事件：%1</translation>
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
            <numerusform>有事件的天數：%n 天；最多一天為 %2，共 %1 個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeverityMap</name>
    <message>
        <source>Critical</source>
        <translation>嚴重</translation>
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
        <translation>資訊</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Pages</source>
        <translation>頁面</translation>
    </message>
</context>
<context>
    <name>SourceBar</name>
    <message>
        <source>Live system</source>
        <translation>目前執行中的系統</translation>
    </message>
    <message>
        <source>No input open</source>
        <translation>未開啟任何輸入</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>關閉 %1</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
</context>
<context>
    <name>StartOptions</name>
    <message>
        <source>Explains why Linux ran out of memory.</source>
        <translation>解釋 Linux 為何記憶體不足。</translation>
    </message>
    <message>
        <source>Open the demo bundle shipped with OOM Lens.</source>
        <translation>開啟 OOM Lens 隨附的示範資料包。</translation>
    </message>
    <message>
        <source>Use this language (ja, zh_CN, zh_TW, en).</source>
        <translation>使用此語言（ja、zh_CN、zh_TW、en）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>Logs, folders, archives or bundles to open; without any, the live system.</source>
        <translation>要開啟的記錄檔、資料夾、封存檔或資料包；未指定時開啟目前執行中的系統。</translation>
    </message>
    <message>
        <source>[FILE|DIR|ARCHIVE…]</source>
        <translation>[檔案|目錄|封存檔…]</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Reading %1</source>
        <translation>正在讀取 %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在讀取…</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>載入進度</translation>
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
            <numerusform>%n 個事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>正在追蹤 %1</translation>
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
        <translation>讀取錯誤：%1</translation>
    </message>
    <message>
        <source>%1 data on standard input is not supported; pass the file&apos;s path</source>
        <translation>不支援從標準輸入讀取 %1 資料；請改為傳入檔案路徑</translation>
    </message>
</context>
<context>
    <name>SystemTree</name>
    <message>
        <source>Cgroup %1 was removed while it was being read.</source>
        <translation>cgroup %1 在讀取期間已被移除。</translation>
    </message>
    <message>
        <source>Cgroups deeper than %1 levels below %2 were not read.</source>
        <translation>%2 以下超過 %1 層的 cgroup 未被讀取。</translation>
    </message>
    <message>
        <source>Only the first %1 cgroups were read.</source>
        <translation>只讀取了前 %1 個 cgroup。</translation>
    </message>
    <message>
        <source>This cgroup</source>
        <translation>此 cgroup</translation>
    </message>
    <message>
        <source>The cgroup tree</source>
        <translation>cgroup 樹</translation>
    </message>
    <message numerus="yes">
        <source>%1 is unknown in %n cgroup(s): permission denied.</source>
        <translation>
            <numerusform>%1 在 %n 個 cgroup 中未知：權限不足。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is unknown: %2: %3.</source>
        <translation>%1 未知：%2: %3。</translation>
    </message>
    <message>
        <source>The process table</source>
        <translation>行程表</translation>
    </message>
    <message>
        <source>Process %1 does not exist (any more).</source>
        <translation>行程 %1 不存在 (或已不存在)。</translation>
    </message>
    <message>
        <source>Process %1 exited while it was being read.</source>
        <translation>行程 %1 在讀取期間已結束。</translation>
    </message>
    <message>
        <source>Process %1 (%2) exited while it was being read.</source>
        <translation>行程 %1 (%2) 在讀取期間已結束。</translation>
    </message>
    <message numerus="yes">
        <source>%n more process(es) exited while being read.</source>
        <translation>
            <numerusform>另有 %n 個行程在讀取期間結束。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is unknown for %n process(es): reading it needs ptrace access (root, or the same user without Yama restrictions).</source>
        <translation>
            <numerusform>%n 個行程的 %1 未知：讀取需要 ptrace 存取權 (root，或未受 Yama 限制的同一使用者)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is unknown for %n process(es): permission denied.</source>
        <translation>
            <numerusform>%n 個行程的 %1 未知：權限不足。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is unknown for %n process(es): the file does not exist (older kernel, or not in the bundle).</source>
        <translation>
            <numerusform>%n 個行程的 %1 未知：該檔案不存在 (核心較舊，或不在資料包中)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process file(s) could not be read or parsed.</source>
        <translation>
            <numerusform>%n 個行程檔案無法讀取或解析。</numerusform>
        </translation>
    </message>
    <message>
        <source>The kernel release</source>
        <translation>核心發行版本</translation>
    </message>
    <message>
        <source>System memory (meminfo)</source>
        <translation>系統記憶體 (meminfo)</translation>
    </message>
    <message>
        <source>Reclaim and OOM counters (vmstat)</source>
        <translation>回收與 OOM 計數器 (vmstat)</translation>
    </message>
    <message>
        <source>Zone watermarks (zoneinfo)</source>
        <translation>區域水位線 (zoneinfo)</translation>
    </message>
    <message>
        <source>Free blocks per order (buddyinfo)</source>
        <translation>各 order 的空閒區塊 (buddyinfo)</translation>
    </message>
    <message>
        <source>Free blocks per migrate type are unknown: proc/pagetypeinfo is readable by root only (Linux 5.4+).</source>
        <translation>各遷移類型 (migrate type) 的空閒區塊未知：proc/pagetypeinfo 僅 root 可讀 (Linux 5.4+)。</translation>
    </message>
    <message>
        <source>Free blocks per migrate type (pagetypeinfo)</source>
        <translation>各遷移類型的空閒區塊 (pagetypeinfo)</translation>
    </message>
    <message>
        <source>%1 did not hold PSI lines.</source>
        <translation>%1 中沒有 PSI 資料行。</translation>
    </message>
    <message>
        <source>Pressure stall information</source>
        <translation>壓力停滯資訊 (PSI)</translation>
    </message>
    <message>
        <source>Pressure stall information is unknown: PSI is disabled at boot (psi=0, or a CONFIG_PSI_DEFAULT_DISABLED kernel such as RHEL 8 without psi=1).</source>
        <translation>壓力停滯資訊未知：開機時停用了 PSI (psi=0，或是 CONFIG_PSI_DEFAULT_DISABLED 的核心，例如未加 psi=1 的 RHEL 8)。</translation>
    </message>
    <message>
        <source>Pressure stall information is unknown: the kernel was booted with psi=0.</source>
        <translation>壓力停滯資訊未知：核心以 psi=0 開機。</translation>
    </message>
    <message>
        <source>Pressure stall information is unknown: the kernel has no CONFIG_PSI, is older than 4.20, or PSI is disabled at boot (psi=0).</source>
        <translation>壓力停滯資訊未知：核心沒有 CONFIG_PSI、版本早於 4.20，或開機時停用了 PSI (psi=0)。</translation>
    </message>
    <message>
        <source>Swap devices</source>
        <translation>置換裝置</translation>
    </message>
    <message>
        <source>The vm.* sysctls</source>
        <translation>vm.* sysctl 設定</translation>
    </message>
    <message>
        <source>Transparent huge page settings are unknown: the kernel has no CONFIG_TRANSPARENT_HUGEPAGE (or the bundle lacks them).</source>
        <translation>透明大型頁面 (THP) 設定未知：核心沒有 CONFIG_TRANSPARENT_HUGEPAGE (或資料包中沒有這些設定)。</translation>
    </message>
    <message>
        <source>Transparent huge page settings</source>
        <translation>透明大型頁面 (THP) 設定</translation>
    </message>
    <message>
        <source>The NUMA topology (a kernel without CONFIG_NUMA has no node directory)</source>
        <translation>NUMA 拓撲 (沒有 CONFIG_NUMA 的核心沒有 node 目錄)</translation>
    </message>
    <message>
        <source>Node memory</source>
        <translation>節點記憶體</translation>
    </message>
    <message>
        <source>Only your own processes are listed: /proc is mounted with hidepid=%1.</source>
        <translation>只列出您自己的行程：/proc 以 hidepid=%1 掛載。</translation>
    </message>
    <message>
        <source>Cgroups are unknown: no cgroup hierarchy is mounted (or the bundle has none).</source>
        <translation>cgroup 未知：未掛載任何 cgroup 階層 (或資料包中沒有)。</translation>
    </message>
    <message>
        <source>cgroup v1 only: per-cgroup memory pressure, memory.events and memory.oom.group do not exist; the v1 counters (limit_in_bytes, failcnt, oom_control) are shown instead.</source>
        <translation>僅有 cgroup v1：不存在各 cgroup 的記憶體壓力、memory.events 與 memory.oom.group；改為顯示 v1 計數器 (limit_in_bytes、failcnt、oom_control)。</translation>
    </message>
    <message>
        <source>Hybrid cgroup layout: the memory controller is on cgroup v1 (%1); the v2 hierarchy gives per-cgroup pressure only.</source>
        <translation>混合式 cgroup 架構：記憶體控制器位於 cgroup v1 (%1)；v2 階層只提供各 cgroup 的壓力資訊。</translation>
    </message>
    <message>
        <source>The cgroup v2 memory controller is not enabled: cgroup memory usage and limits are unknown.</source>
        <translation>未啟用 cgroup v2 記憶體控制器：cgroup 記憶體用量與限制未知。</translation>
    </message>
    <message>
        <source>Everything is unknown: %1.</source>
        <translation>所有資訊皆未知：%1。</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>所有資訊</translation>
    </message>
    <message>
        <source>Not running as root: other users&apos; smaps_rollup, proc/pagetypeinfo (Linux 5.4+) and some cgroup files are unknown; everything else is complete.</source>
        <translation>未以 root 執行：其他使用者的 smaps_rollup、proc/pagetypeinfo (Linux 5.4+) 與部分 cgroup 檔案未知；其餘資訊皆完整。</translation>
    </message>
    <message>
        <source>The page size is unknown (the bundle does not state it, and meminfo, zoneinfo and vmstat do not agree on one): 4 KiB is assumed.</source>
        <translation>分頁大小未知（資料包中未註明，且 meminfo、zoneinfo 與 vmstat 的結果不一致）：假定為 4 KiB。</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>Largest tasks by rss (%1 of %2):</source>
        <translation>依 rss 排序的最大任務 (%2 個中的 %1 個):</translation>
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
        <translation>swap</translation>
    </message>
    <message>
        <source>adj</source>
        <translation>adj</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>limit of the host</source>
        <translation>主機的限制</translation>
    </message>
    <message>
        <source>limit of %1</source>
        <translation>%1 的限制</translation>
    </message>
    <message>
        <source>victim in %1</source>
        <translation>受害行程位於 %1</translation>
    </message>
    <message>
        <source>Memory cgroup: %1</source>
        <translation>記憶體 cgroup: %1</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>記憶體</translation>
    </message>
    <message>
        <source>memory+swap</source>
        <translation>記憶體+swap</translation>
    </message>
    <message>
        <source>kmem</source>
        <translation>kmem</translation>
    </message>
    <message>
        <source>Incident %1 of %2: %3</source>
        <translation>事件 %1/%2: %3</translation>
    </message>
    <message>
        <source>Causes:</source>
        <translation>原因:</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>發生了什麼: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>時間: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>來源: %1</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>來源: %1，%2</translation>
    </message>
    <message>
        <source>Trigger: %1</source>
        <translation>觸發行程: %1</translation>
    </message>
    <message>
        <source>Constraint: %1</source>
        <translation>約束: %1</translation>
    </message>
    <message>
        <source>Only the kill line is in the log (the kernel rate-limits the details).</source>
        <translation>日誌中只有終止行 (核心對詳細資訊做了速率限制)。</translation>
    </message>
    <message>
        <source>Victims:</source>
        <translation>受害行程:</translation>
    </message>
    <message>
        <source>Selected first: %1 (pid %2, score %3), then a child was killed</source>
        <translation>最先選中: %1 (pid %2，得分 %3)，隨後被終止的是其子行程</translation>
    </message>
    <message>
        <source>memory.oom.group: every task of %1 was killed</source>
        <translation>memory.oom.group: %1 的所有任務皆已被終止</translation>
    </message>
    <message>
        <source>No process could be killed.</source>
        <translation>沒有任何行程可被終止。</translation>
    </message>
    <message>
        <source>The kernel panicked.</source>
        <translation>核心發生 panic。</translation>
    </message>
    <message>
        <source>The kernel panicked: %1</source>
        <translation>核心發生 panic：%1</translation>
    </message>
    <message>
        <source>Zones below their min watermark:</source>
        <translation>低於 min 水位線的區域:</translation>
    </message>
    <message>
        <source>Swap: %1</source>
        <translation>置換空間: %1</translation>
    </message>
    <message>
        <source>systemd units:</source>
        <translation>systemd 單元:</translation>
    </message>
    <message>
        <source>Container runtime %1: %2</source>
        <translation>容器執行環境 %1: %2</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>附註:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>證據: %1</translation>
    </message>
    <message>
        <source>No OOM incidents found.</source>
        <translation>未發現 OOM 事件。</translation>
    </message>
    <message>
        <source>OOM incidents found: %1.</source>
        <translation>發現 %1 起 OOM 事件。</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>輸入:</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>錯誤:</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: 警告: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Also in: %1</source>
        <translation>也見於: %1</translation>
    </message>
    <message>
        <source>Also in: %1, %2</source>
        <translation>也見於: %1，%2</translation>
    </message>
    <message>
        <source>Slab allocation failures: %1</source>
        <translation>slab 配置失敗：%1</translation>
    </message>
</context>
<context>
    <name>TotalPagesText</name>
    <message>
        <source>The report does not print the total swap; 0 was assumed.</source>
        <translation>報告未印出置換空間總量；假設為 0。</translation>
    </message>
    <message>
        <source>%1 pages RAM − %2 pages reserved + %3 kB swap ÷ %4 kB = %5 pages</source>
        <translation>RAM %1 頁 − 保留 %2 頁 + 置換空間 %3 kB ÷ %4 kB = %5 頁</translation>
    </message>
    <message>
        <source>The report has neither the RAM summary nor zone sizes.</source>
        <translation>報告中既沒有 RAM 摘要，也沒有區域大小。</translation>
    </message>
    <message>
        <source>Σ managed of the zones %1 kB ÷ %2 kB + %3 kB swap ÷ %2 kB = %4 pages</source>
        <translation>Σ 各區域的 managed %1 kB ÷ %2 kB + 置換空間 %3 kB ÷ %2 kB = %4 頁</translation>
    </message>
    <message>
        <source>Without the RAM summary the zones printed were summed; zones the report filtered out are missing.</source>
        <translation>由於沒有 RAM 摘要，已加總報告印出的區域；被報告過濾掉的區域未計入。</translation>
    </message>
    <message>
        <source>Zones without managed: (before 3.8) counted with present:, which includes reserved pages.</source>
        <translation>沒有 managed: 的區域 (3.8 之前) 以 present: 計算，其中包含保留頁。</translation>
    </message>
    <message>
        <source>The memcg report&apos;s memory: line (the limit) is not in the log.</source>
        <translation>日誌中沒有 memcg 報告的 memory: 行 (即限制)。</translation>
    </message>
    <message>
        <source>The OOMing memcg prints no memory limit.</source>
        <translation>發生 OOM 的 memcg 未印出記憶體限制。</translation>
    </message>
    <message>
        <source>Memcg reports since 3.9 do not print the total swap; 0 was assumed.</source>
        <translation>3.9 起的 memcg 報告不會印出置換空間總量；假設為 0。</translation>
    </message>
    <message>
        <source>Tasks of this memcg have swap entries, so the machine has swap: the real totalpages is larger.</source>
        <translation>此 memcg 的任務有 swap 項目，表示該機器有置換空間：實際的 totalpages 更大。</translation>
    </message>
    <message>
        <source>memory.swappiness is not in the report; a non-zero value (the default) was assumed.</source>
        <translation>報告中沒有 memory.swappiness；假設為非零值 (預設值)。</translation>
    </message>
    <message>
        <source>memory.max %1 kB + min(swap.max %2, total swap %3 kB), ÷ %4 kB = %5 pages</source>
        <translation>memory.max %1 kB + min(swap.max %2, 置換空間總量 %3 kB), ÷ %4 kB = %5 頁</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>無限制</translation>
    </message>
    <message>
        <source>memory limit %1 kB + min(memory+swap limit − memory limit %2, total swap %3 kB), ÷ %4 kB = %5 pages</source>
        <translation>記憶體限制 %1 kB + min(memory+swap 限制 − 記憶體限制 %2, 置換空間總量 %3 kB), ÷ %4 kB = %5 頁</translation>
    </message>
    <message>
        <source>The memory+swap line is not in the log; no memory+swap limit was assumed.</source>
        <translation>日誌中沒有 memory+swap 行；假設沒有 memory+swap 限制。</translation>
    </message>
    <message>
        <source>The cpuset&apos;s nodes (mems_allowed) or the zone sizes per node are not in the log.</source>
        <translation>日誌中沒有 cpuset 的節點 (mems_allowed) 或各節點的區域大小。</translation>
    </message>
    <message>
        <source>The allocation&apos;s nodemask or the zone sizes per node are not in the log.</source>
        <translation>日誌中沒有此次配置的 nodemask 或各節點的區域大小。</translation>
    </message>
    <message>
        <source>No zone of the allowed nodes %1 is in the log.</source>
        <translation>日誌中沒有允許節點 %1 的任何區域。</translation>
    </message>
    <message>
        <source>Σ present of the zones of nodes %1: %2 kB ÷ %3 kB + %4 kB swap ÷ %3 kB = %5 pages</source>
        <translation>Σ 節點 %1 各區域的 present: %2 kB ÷ %3 kB + 置換空間 %4 kB ÷ %3 kB = %5 頁</translation>
    </message>
    <message>
        <source>Kernels up to 5.3 count the spanned pages of each node (holes included); present pages were used.</source>
        <translation>5.3 及更早的核心計算每個節點的 spanned 頁 (含空洞)；此處使用 present 頁。</translation>
    </message>
    <message>
        <source>Some allowed nodes print no zone line; they were not counted.</source>
        <translation>部分允許的節點沒有印出區域行；這些節點未計入。</translation>
    </message>
    <message>
        <source>%1 is not a mainline constraint; the global totalpages was used.</source>
        <translation>%1 不是主線核心的約束類型；已使用全域 totalpages。</translation>
    </message>
    <message>
        <source>The constraint is not printed; the memcg report makes it a memcg OOM.</source>
        <translation>報告未印出約束；依 memcg 報告判定為 memcg OOM。</translation>
    </message>
    <message>
        <source>The constraint is not printed (before 5.0); a global OOM was assumed (cpuset and mempolicy OOMs look the same).</source>
        <translation>報告未印出約束 (5.0 之前)；已假設為全域 OOM (cpuset 與 mempolicy OOM 的報告看起來相同)。</translation>
    </message>
</context>
<context>
    <name>TranscodingStream</name>
    <message>
        <source>cannot convert from %1: the system&apos;s iconv lacks it</source>
        <translation>無法從 %1 轉換：系統的 iconv 不支援此編碼</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>%1 is not a whole number (for %2).</source>
        <translation>%1 不是整數（用於 %2）。</translation>
    </message>
    <message>
        <source>%1 is outside the range %2 to %3 allowed for %4.</source>
        <translation>%1 超出 %4 允許的範圍 %2 到 %3。</translation>
    </message>
    <message>
        <source>%1 is not a setting OOM Lens changes.</source>
        <translation>%1 不是 OOM Lens 會變更的設定。</translation>
    </message>
    <message>
        <source>No unit name given.</source>
        <translation>未指定單元名稱。</translation>
    </message>
    <message>
        <source>The unit name %1 is longer than 255 characters.</source>
        <translation>單元名稱 %1 超過 255 個字元。</translation>
    </message>
    <message>
        <source>%1 is not a valid name of a service, scope or slice.</source>
        <translation>%1 不是有效的服務、範圍或切片名稱。</translation>
    </message>
    <message>
        <source>%1 can only be set for a service, not for %2.</source>
        <translation>%1 只能為服務設定，不能為 %2 設定。</translation>
    </message>
    <message>
        <source>%1 is not one of continue, stop or kill (for OOMPolicy).</source>
        <translation>%1 不是 continue、stop 或 kill 之一（用於 OOMPolicy）。</translation>
    </message>
    <message>
        <source>%1 is not a unit setting OOM Lens writes.</source>
        <translation>%1 不是 OOM Lens 會寫入的單元設定。</translation>
    </message>
    <message>
        <source>%1 is neither a byte count nor “infinity” (for %2).</source>
        <translation>%1 既不是位元組數也不是「infinity」（用於 %2）。</translation>
    </message>
    <message>
        <source>%1 is not a list of NUMA nodes such as 0-1,3.</source>
        <translation>%1 不是 0-1,3 這樣的 NUMA 節點清單。</translation>
    </message>
    <message>
        <source>%1 is not one of auto or kill (for %2).</source>
        <translation>%1 不是 auto 或 kill 之一（用於 %2）。</translation>
    </message>
    <message>
        <source>%1 is not a unit property OOM Lens sets.</source>
        <translation>%1 不是 OOM Lens 會設定的單元屬性。</translation>
    </message>
    <message>
        <source>The cgroup path %1 does not start with “/”.</source>
        <translation>cgroup 路徑 %1 不是以「/」開頭。</translation>
    </message>
    <message>
        <source>The root cgroup has no memory limits to change.</source>
        <translation>根 cgroup 沒有可變更的記憶體限制。</translation>
    </message>
    <message>
        <source>The cgroup path %1 is longer than 4096 characters.</source>
        <translation>cgroup 路徑 %1 超過 4096 個字元。</translation>
    </message>
    <message>
        <source>The cgroup path %1 contains a control character.</source>
        <translation>cgroup 路徑 %1 包含控制字元。</translation>
    </message>
    <message>
        <source>The cgroup path %1 has an empty component.</source>
        <translation>cgroup 路徑 %1 含有空的組成部分。</translation>
    </message>
    <message>
        <source>The cgroup path %1 contains “.” or “..”.</source>
        <translation>cgroup 路徑 %1 包含「.」或「..」。</translation>
    </message>
    <message>
        <source>A component of the cgroup path %1 is longer than 255 bytes.</source>
        <translation>cgroup 路徑 %1 的某個組成部分超過 255 位元組。</translation>
    </message>
    <message>
        <source>%1 is not a cgroup memory limit file OOM Lens writes.</source>
        <translation>%1 不是 OOM Lens 會寫入的 cgroup 記憶體限制檔案。</translation>
    </message>
    <message>
        <source>%1 is not a limit for %2: give a byte count of at least 4096 or %3.</source>
        <translation>%1 不是 %2 的有效限制：請給出至少 4096 的位元組數或 %3。</translation>
    </message>
    <message>
        <source>NUMA node %1 does not exist on this system.</source>
        <translation>此系統上不存在 NUMA 節點 %1。</translation>
    </message>
    <message>
        <source>%1 is not a process id.</source>
        <translation>%1 不是行程 ID。</translation>
    </message>
    <message>
        <source>The start time of process %1 is unknown, so it cannot be told apart from a later process with the same id.</source>
        <translation>行程 %1 的啟動時間未知，因此無法與之後使用相同 ID 的行程區分。</translation>
    </message>
    <message>
        <source>oom_score_adj %1 is outside -1000 to 1000.</source>
        <translation>oom_score_adj %1 超出 -1000 到 1000 的範圍。</translation>
    </message>
    <message>
        <source>A swap file of %1 bytes is refused: give whole MiB between 64 MiB and 1 TiB.</source>
        <translation>拒絕 %1 位元組的置換檔：請給出 64 MiB 到 1 TiB 之間的整 MiB 數。</translation>
    </message>
    <message>
        <source>Swap priority %1 is outside -1 to 32767.</source>
        <translation>置換空間優先順序 %1 超出 -1 到 32767 的範圍。</translation>
    </message>
    <message>
        <source>%1 is not a plain absolute mount point.</source>
        <translation>%1 不是一般的絕對路徑掛載點。</translation>
    </message>
    <message>
        <source>%1 is %2, which lives in memory: swap there would free nothing.</source>
        <translation>%1 是位於記憶體中的 %2：在那裡放置換空間不會釋放任何記憶體。</translation>
    </message>
    <message>
        <source>%1 is a network or user-space filesystem (%2): the kernel cannot swap to it safely.</source>
        <translation>%1 是網路或使用者空間檔案系統（%2）：核心無法安全地向其置換。</translation>
    </message>
    <message>
        <source>%1 is %2, a filesystem that cannot hold a swap file.</source>
        <translation>%1 是 %2，無法存放置換檔的檔案系統。</translation>
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
        <translation>名稱</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分數</translation>
    </message>
    <message>
        <source>oom_score (predicted)</source>
        <extracomment>the oom_score the ranking predicts for /proc/&lt;pid&gt;/oom_score</extracomment>
        <translation>oom_score（預測）</translation>
    </message>
    <message>
        <source>oom_score (kernel)</source>
        <extracomment>/proc/&lt;pid&gt;/oom_score as the kernel reports it now</extracomment>
        <translation>oom_score（核心）</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>置換空間</translation>
    </message>
    <message>
        <source>Page tables</source>
        <translation>分頁表</translation>
    </message>
    <message>
        <source>Cgroup / unit</source>
        <translation>cgroup / 單元</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>略過：%1</translation>
    </message>
    <message>
        <source>Killed (as predicted)</source>
        <translation>已被終止（與預測一致）</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>已被終止</translation>
    </message>
    <message>
        <source>Next victim</source>
        <translation>下一個受害行程</translation>
    </message>
    <message>
        <source>Predicted victim</source>
        <translation>預測的受害行程</translation>
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
        <translation>%1. %2（pid %3）· %4 · oom_score_adj %5</translation>
    </message>
    <message>
        <source>anon %1 · file %2 · shmem %3</source>
        <translation>anon %1 · file %2 · shmem %3</translation>
    </message>
    <message>
        <source>Reading the processes…</source>
        <translation>正在讀取行程…</translation>
    </message>
    <message>
        <source>No process could be ranked (see the notes below).</source>
        <translation>沒有可排名的行程（見下方說明）。</translation>
    </message>
    <message>
        <source>The report has no task table (vm.oom_dump_tasks = 0, or its lines were lost): nothing to rank.</source>
        <translation>報告中沒有工作表（vm.oom_dump_tasks = 0，或相關行已遺失）：無法排名。</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1（pid %2）</translation>
    </message>
    <message>
        <source>No process is eligible: the kernel would find nothing to kill.</source>
        <translation>沒有符合條件的行程：核心找不到可終止的行程。</translation>
    </message>
    <message>
        <source>If memory ran out now, the kernel would kill %1.</source>
        <translation>如果現在記憶體耗盡，核心會終止 %1。</translation>
    </message>
    <message>
        <source>With these changes no process would be eligible.</source>
        <translation>依這些修改，將沒有符合條件的行程。</translation>
    </message>
    <message>
        <source>With these changes the kernel would kill %1.</source>
        <translation>依這些修改，核心會終止 %1。</translation>
    </message>
    <message>
        <source>The ranking predicts %1.</source>
        <translation>排名預測為 %1。</translation>
    </message>
    <message>
        <source>The kernel killed %1.</source>
        <translation>核心終止了 %1。</translation>
    </message>
    <message>
        <source>The kernel killed %1; the ranking predicts %2.</source>
        <translation>核心終止了 %1；排名預測為 %2。</translation>
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
        <translation>受害行程不會改變。</translation>
    </message>
    <message>
        <source>%1 (pid %2) would be killed instead of %3 (pid %4).</source>
        <translation>將終止 %1（pid %2），而非 %3（pid %4）。</translation>
    </message>
    <message>
        <source>No process would be eligible.</source>
        <translation>將沒有符合條件的行程。</translation>
    </message>
    <message>
        <source>What-if: %1. %2</source>
        <translation>假設：%1。%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>totalpages = %1 (%2)</source>
        <translation>totalpages = %1（%2）</translation>
    </message>
    <message>
        <source>totalpages is unknown: %1</source>
        <translation>totalpages 未知：%1</translation>
    </message>
    <message>
        <source>Formula: oom_badness() of kernels %1.</source>
        <translation>公式：核心 %1 的 oom_badness()。</translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <source>What the incident shows</source>
        <translation>事件顯示的情況</translation>
    </message>
    <message>
        <source>No finding of this incident calls for this remedy; the values below come from the live system alone.</source>
        <translation>此事件中沒有需要此補救措施的發現；以下數值僅來自目前系統。</translation>
    </message>
    <message>
        <source>How the values are chosen</source>
        <translation>數值的選擇依據</translation>
    </message>
</context>
<context>
    <name>WizardFields</name>
    <message>
        <source>Keep after a reboot</source>
        <translation>重新開機後保留</translation>
    </message>
    <message>
        <source>Filesystem for the swap file</source>
        <translation>置換檔所在的檔案系統</translation>
    </message>
    <message>
        <source>a mount point, e.g. /</source>
        <translation>掛載點，例如 /</translation>
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
        <translation>優先順序</translation>
    </message>
    <message>
        <source>-1 lets the kernel choose</source>
        <translation>-1 表示由核心決定</translation>
    </message>
    <message>
        <source>Add to /etc/fstab</source>
        <translation>新增至 /etc/fstab</translation>
    </message>
    <message>
        <source>vm.swappiness</source>
        <translation>vm.swappiness</translation>
    </message>
    <message>
        <source>empty: unchanged</source>
        <translation>留空：不變更</translation>
    </message>
    <message>
        <source>Cgroup</source>
        <translation>cgroup</translation>
    </message>
    <message>
        <source>systemd unit</source>
        <translation>systemd 單元</translation>
    </message>
    <message>
        <source>empty: write the cgroup file</source>
        <translation>留空：寫入 cgroup 檔案</translation>
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
        <translation>例如 2G；無限制填 max</translation>
    </message>
    <message>
        <source>I accept a maximum below the current usage</source>
        <translation>我接受低於目前用量的上限</translation>
    </message>
    <message>
        <source>NUMA nodes</source>
        <translation>NUMA 節點</translation>
    </message>
    <message>
        <source>e.g. 0-1</source>
        <translation>例如 0-1</translation>
    </message>
    <message>
        <source>NUMA node</source>
        <translation>NUMA 節點</translation>
    </message>
    <message>
        <source>-1: every node</source>
        <translation>-1：所有節點</translation>
    </message>
    <message>
        <source>Also set</source>
        <translation>同時設定</translation>
    </message>
    <message>
        <source>e.g. vm.compaction_proactiveness=40</source>
        <translation>例如 vm.compaction_proactiveness=40</translation>
    </message>
    <message>
        <source>Process id</source>
        <translation>行程 ID</translation>
    </message>
    <message>
        <source>0: a service instead</source>
        <translation>0：改為指定服務</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
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
        <translation>核心設定</translation>
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
        <translation>%1：%2 不是整數</translation>
    </message>
    <message>
        <source>%1: %2 is not a size such as 4G or 512M</source>
        <translation>%1：%2 不是 4G 或 512M 這樣的大小</translation>
    </message>
    <message>
        <source>%1: %2 is not KEY=VALUE</source>
        <translation>%1：%2 不是 KEY=VALUE 格式</translation>
    </message>
    <message>
        <source>unchanged</source>
        <extracomment>A drop-down choice that leaves a systemd setting as it is now.</extracomment>
        <translation>保持不變</translation>
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
        <translation>選擇</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>驗證</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
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
        <translation>區域</translation>
    </message>
    <message>
        <source>free %1 · largest free order %2</source>
        <translation>空閒 %1 · 最大空閒 order %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Order (block of 2^order pages)</source>
        <translation>order（2^order 個分頁的區塊）</translation>
    </message>
    <message>
        <source>MiB free</source>
        <translation>空閒 MiB</translation>
    </message>
    <message>
        <source>The report has no buddy free-list lines.</source>
        <translation>報告中沒有夥伴系統空閒串列行。</translation>
    </message>
    <message>
        <source>Reading /proc/buddyinfo…</source>
        <translation>正在讀取 /proc/buddyinfo…</translation>
    </message>
    <message>
        <source>Order %1: unusable free index %2, fragmentation index %3</source>
        <translation>order %1：不可用指數 %2，碎片化指數 %3</translation>
    </message>
</context>
<context>
    <name>ZoneGauge</name>
    <message>
        <source>free %1</source>
        <translation>空閒 %1</translation>
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
        <translation>空閒 %1 / %2（%3）</translation>
    </message>
</context>
<context>
    <name>ZoneLabel</name>
    <message>
        <source>Node %1 %2</source>
        <extracomment>a NUMA node and one of its zones, e.g. &quot;Node 0 Normal&quot;; the zone name stays as is</extracomment>
        <translation>節點 %1 %2</translation>
    </message>
</context>
<context>
    <name>ZoneModel</name>
    <message>
        <source>Not used: above %1, the highest zone this allocation may use, or on a node it may not use.</source>
        <translation>未使用：位於此配置可用的最高區域 %1 之上，或位於不可用的節點上。</translation>
    </message>
    <message>
        <source>Passes: %1 usable free is above the %2 it needs (min + lowmem reserve).</source>
        <translation>通過：可用空閒 %1 高於所需的 %2（min + lowmem reserve）。</translation>
    </message>
    <message>
        <source>Refused: %1 usable free, %2 needed (min %3 + lowmem reserve %4), short by %5.</source>
        <translation>拒絕：可用空閒 %1，所需 %2（min %3 + lowmem reserve %4），不足 %5。</translation>
    </message>
    <message>
        <source>No free block of order %1 or larger.</source>
        <translation>沒有 order %1 或更大的空閒區塊。</translation>
    </message>
    <message>
        <source>Below min: allocations reclaim directly, and only high-priority ones may dip further.</source>
        <translation>低於 min：配置會直接回收，只有高優先順序的配置能再往下使用。</translation>
    </message>
    <message>
        <source>Below low: kswapd is woken and reclaims up to high.</source>
        <translation>低於 low：kswapd 被喚醒並回收至 high。</translation>
    </message>
    <message>
        <source>Between low and high: kswapd, once woken, reclaims up to high.</source>
        <translation>介於 low 與 high 之間：kswapd 一旦被喚醒會回收至 high。</translation>
    </message>
    <message>
        <source>Above high: no reclaim needed for this zone.</source>
        <translation>高於 high：此區域無需回收。</translation>
    </message>
    <message>
        <source>Now: free memory of each zone against its watermarks, every second.</source>
        <translation>目前：每秒顯示各區域空閒記憶體與其水位線的對照。</translation>
    </message>
    <message>
        <source>order %1, %2, highest zone %3</source>
        <translation>order %1，%2，最高區域 %3</translation>
    </message>
    <message>
        <source>The report has no zone lines (Mem-Info was cut or not printed).</source>
        <translation>報告中沒有區域行（Mem-Info 被截斷或未輸出）。</translation>
    </message>
    <message>
        <source>The watermark check cannot be replayed: the report has no allocation order.</source>
        <translation>無法重現水位線檢查：報告中沒有配置的 order。</translation>
    </message>
    <message>
        <source>A zone the allocation could use passed the watermark check: the allocation did not fail for lack of free pages there.</source>
        <translation>此配置可用的某個區域通過了水位線檢查：配置失敗並非因為那裡缺少空閒分頁。</translation>
    </message>
    <message>
        <source>No zone the allocation could use passed the watermark check for order %1.</source>
        <translation>此配置可用的區域均未通過 order %1 的水位線檢查。</translation>
    </message>
    <message>
        <source>A memory cgroup&apos;s limit was reached: the kernel reported the cgroup&apos;s memory, not the zones (see Cgroups).</source>
        <translation>已達到記憶體 cgroup 的上限：核心報告的是該 cgroup 的記憶體，而不是各區域（見 cgroup 頁面）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>oomlens: the demo bundle is not installed</source>
        <translation>oomlens：未安裝示範資料包</translation>
    </message>
</context>
<context>
    <name>oom::wizards::WizardController</name>
    <message>
        <source>Confirm the plan first.</source>
        <translation>請先確認計畫。</translation>
    </message>
    <message>
        <source>The change failed; the steps before it were undone.</source>
        <translation>變更失敗；之前的步驟已復原。</translation>
    </message>
    <message>
        <source>The change failed; nothing was changed.</source>
        <translation>變更失敗；未做任何變更。</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>已驗證：%1</translation>
    </message>
    <message>
        <source>Not yet in effect: %1</source>
        <translation>尚未生效：%1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已復原：%1</translation>
    </message>
    <message>
        <source>Could not undo %1: %2</source>
        <translation>無法復原 %1：%2</translation>
    </message>
</context>
</TS>
