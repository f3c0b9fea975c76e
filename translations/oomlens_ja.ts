<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AnalysisDriver</name>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>standard input can be read only once</source>
        <translation>標準入力は一度しか読み込めません</translation>
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
        <translation>pid %1 を除去</translation>
    </message>
    <message>
        <source>pid %1 with oom_score_adj %2</source>
        <translation>pid %1 の oom_score_adj を %2 に変更</translation>
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
        <translation>カーネルによる犠牲プロセスのランキング (%1 の badness 計算式、信頼度 %2)</translation>
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
        <translation>totalpages 不明</translation>
    </message>
    <message>
        <source>totalpages unknown: %1</source>
        <translation>totalpages 不明: %1</translation>
    </message>
    <message>
        <source>rank</source>
        <extracomment>Column headers of the victim ranking. &quot;points&quot; is what the kernel compares (oom_badness); &quot;oom_score&quot; is the kernel&apos;s /proc/&lt;pid&gt;/oom_score: keep it as is.</extracomment>
        <translation>順位</translation>
    </message>
    <message>
        <source>pid</source>
        <translation>pid</translation>
    </message>
    <message>
        <source>points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <source>share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>adj</source>
        <translation>adj</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>1 task in the table</source>
        <translation>表内のタスク 1 個</translation>
    </message>
    <message>
        <source>%1 tasks in the table</source>
        <translation>表内のタスク %1 個</translation>
    </message>
    <message>
        <source>%1, %2 not eligible</source>
        <translation>%1、うち %2 個は対象外</translation>
    </message>
    <message>
        <source>No victim was predicted, and the kernel killed none.</source>
        <translation>犠牲プロセスは予測されず、カーネルも何も強制終了しませんでした。</translation>
    </message>
    <message>
        <source>Predicted victim: %1, the task the kernel selected.</source>
        <translation>予測される犠牲プロセス: %1 (カーネルが選択したタスクと一致)。</translation>
    </message>
    <message>
        <source>Predicted victim: %1, the task the kernel killed.</source>
        <translation>予測される犠牲プロセス: %1 (カーネルが強制終了したタスクと一致)。</translation>
    </message>
    <message>
        <source>Predicted victim: %1, but the kernel killed %2.</source>
        <translation>予測される犠牲プロセス: %1。ただし、カーネルは %2 を強制終了しました。</translation>
    </message>
    <message>
        <source>Predicted victim: %1; the log does not say whom the kernel killed.</source>
        <translation>予測される犠牲プロセス: %1。カーネルがどのプロセスを強制終了したかはログに記録されていません。</translation>
    </message>
    <message>
        <source>No victim can be predicted, and the log does not say whom the kernel killed.</source>
        <translation>犠牲プロセスを予測できず、カーネルがどのプロセスを強制終了したかもログに記録されていません。</translation>
    </message>
    <message>
        <source>No victim can be predicted from this report; the kernel killed %1.</source>
        <translation>このレポートからは犠牲プロセスを予測できません。カーネルは %1 を強制終了しました。</translation>
    </message>
    <message>
        <source>No victim can be predicted from this report.</source>
        <translation>このレポートからは犠牲プロセスを予測できません。</translation>
    </message>
    <message>
        <source>totalpages is unknown: the prediction is the task with both the most memory and the highest oom_score_adj.</source>
        <translation>totalpages が不明なため、メモリ使用量と oom_score_adj の両方が最大のタスクを予測としています。</translation>
    </message>
    <message>
        <source>The score %1 printed for pid %2 matches the recomputed one.</source>
        <translation>pid %2 について出力されたスコア %1 は、再計算した値と一致します。</translation>
    </message>
    <message>
        <source>The score %1 printed for pid %2 differs from the recomputed %3.</source>
        <translation>pid %2 について出力されたスコア %1 は、再計算した値 %3 と異なります。</translation>
    </message>
    <message>
        <source>With the formula of %1 the prediction would be %2.</source>
        <translation>%1 の計算式では、予測は %2 になります。</translation>
    </message>
    <message>
        <source>What-if: %1</source>
        <translation>仮定: %1</translation>
    </message>
    <message>
        <source>pid %1 is not in the task table.</source>
        <translation>pid %1 はタスク表にありません。</translation>
    </message>
    <message>
        <source>No victim could be predicted.</source>
        <translation>犠牲プロセスを予測できませんでした。</translation>
    </message>
    <message>
        <source>The kernel would still pick %1.</source>
        <translation>カーネルはそれでも %1 を選びます。</translation>
    </message>
    <message>
        <source>The kernel would pick %1.</source>
        <translation>カーネルは %1 を選びます。</translation>
    </message>
    <message>
        <source>The kernel would pick %1 instead of %2.</source>
        <translation>カーネルは %2 ではなく %1 を選びます。</translation>
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
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
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
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>%1 short by %2 and without a free block of order %3</source>
        <translation>%1 は %2 不足、order %3 の空きブロックもなし</translation>
    </message>
    <message>
        <source>%1 without a free block of order %2</source>
        <translation>%1 は order %2 の空きブロックなし</translation>
    </message>
    <message>
        <source>%1 short by %2</source>
        <translation>%1 は %2 不足</translation>
    </message>
    <message>
        <source>zones up to %1, assumed</source>
        <translation>%1 までのゾーン (推定)</translation>
    </message>
    <message>
        <source>zones up to %1</source>
        <translation>%1 までのゾーン</translation>
    </message>
    <message>
        <source>Zones against their watermarks for the order-%1 allocation (%2)</source>
        <translation>order-%1 の割り当てに対する各ゾーンとウォーターマークの比較 (%2)</translation>
    </message>
    <message>
        <source>— an atomic __GFP_HIGH request may dig below min by half and then a quarter</source>
        <translation>— アトミックな __GFP_HIGH 要求は min を半分、さらに 4 分の 1 下回ることができます</translation>
    </message>
    <message>
        <source>— a __GFP_HIGH request may dig halfway below min</source>
        <translation>— __GFP_HIGH 要求は min を半分まで下回ることができます</translation>
    </message>
    <message>
        <source>No zone in the report may serve this allocation.</source>
        <translation>レポート内に、この割り当てに使えるゾーンはありません。</translation>
    </message>
    <message>
        <source>No zone this allocation may use passes: %1.</source>
        <translation>この割り当てが使用できるゾーンで、チェックに合格するものはありません: %1。</translation>
    </message>
    <message>
        <source>%1 passes the check at the moment of the report.</source>
        <translation>レポート時点では %1 はチェックに合格しています。</translation>
    </message>
    <message>
        <source>%1 passes; %2.</source>
        <translation>%1 は合格。%2。</translation>
    </message>
    <message>
        <source>Fails: %1.</source>
        <translation>不合格: %1。</translation>
    </message>
    <message>
        <source>Unknown for %1: the log lacks its numbers or its lowmem_reserve line.</source>
        <translation>%1 は判定できません: ログにその数値または lowmem_reserve 行がありません。</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <source>result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>usable free</source>
        <translation>使用可能な空き</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>reserve</source>
        <translation>予約分</translation>
    </message>
    <message>
        <source>needs more than</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <source>short by</source>
        <translation>不足量</translation>
    </message>
    <message>
        <source>largest free block</source>
        <translation>最大空きブロック</translation>
    </message>
    <message>
        <source>not usable</source>
        <translation>使用不可</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>%1 (of %2)</source>
        <translation>%1 (本来 %2)</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>Fragmentation at order %1</source>
        <translation>order %1 での断片化</translation>
    </message>
    <message>
        <source>Unusable index: the share of free memory in blocks too small for the order. Fragmentation index: near 1, the allocation failed for fragmentation; near 0, for lack of memory; -1, a large enough block was free.</source>
        <translation>使用不能指数: その order には小さすぎるブロックにある空きメモリの割合。断片化指数: 1 に近ければ断片化によって割り当てが失敗、0 に近ければメモリ不足によって失敗、-1 なら十分な大きさのブロックが空いていたことを示します。</translation>
    </message>
    <message>
        <source>unusable index</source>
        <translation>使用不能指数</translation>
    </message>
    <message>
        <source>fragmentation index</source>
        <translation>断片化指数</translation>
    </message>
    <message>
        <source>anonymous memory</source>
        <translation>匿名メモリ</translation>
    </message>
    <message>
        <source>file cache</source>
        <translation>ファイルキャッシュ</translation>
    </message>
    <message>
        <source>shmem / tmpfs</source>
        <translation>shmem / tmpfs</translation>
    </message>
    <message>
        <source>unevictable</source>
        <translation>退避不能 (unevictable)</translation>
    </message>
    <message>
        <source>slab, reclaimable</source>
        <translation>slab (回収可能)</translation>
    </message>
    <message>
        <source>slab, unreclaimable</source>
        <translation>slab (回収不能)</translation>
    </message>
    <message>
        <source>page tables</source>
        <translation>ページテーブル</translation>
    </message>
    <message>
        <source>kernel stacks</source>
        <translation>カーネルスタック</translation>
    </message>
    <message>
        <source>hugetlb pages</source>
        <translation>hugetlb ページ</translation>
    </message>
    <message>
        <source>socket buffers</source>
        <translation>ソケットバッファ</translation>
    </message>
    <message>
        <source>per-CPU memory</source>
        <translation>per-CPU メモリ</translation>
    </message>
    <message>
        <source>kernel memory (kmem)</source>
        <translation>カーネルメモリ (kmem)</translation>
    </message>
    <message>
        <source>unaccounted</source>
        <translation>計上外</translation>
    </message>
    <message>
        <source>Where the memory went in the memory cgroup (usage %1)</source>
        <translation>メモリ cgroup 内のメモリの内訳 (使用量 %1)</translation>
    </message>
    <message>
        <source>Where the memory went (RAM %1)</source>
        <translation>メモリの内訳 (RAM %1)</translation>
    </message>
    <message>
        <source>part</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Swap: %1 used, limit %2.</source>
        <translation>スワップ: %1 使用、上限 %2。</translation>
    </message>
    <message>
        <source>Swap: none configured.</source>
        <translation>スワップ: 未設定。</translation>
    </message>
    <message>
        <source>Swap: %1 used of %2.</source>
        <translation>スワップ: %2 中 %1 使用。</translation>
    </message>
    <message>
        <source>Swap: %1 used.</source>
        <translation>スワップ: %1 使用。</translation>
    </message>
    <message>
        <source>Swap: %1 in total, use unknown.</source>
        <translation>スワップ: 合計 %1、使用量不明。</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>kernel OOM killer %1</source>
        <translation>カーネル OOM Killer %1 件</translation>
    </message>
    <message>
        <source>userspace killer %1</source>
        <translation>ユーザー空間のキラー %1 件</translation>
    </message>
    <message>
        <source>allocation failure %1</source>
        <translation>割り当て失敗 %1 件</translation>
    </message>
    <message>
        <source>no cause found</source>
        <translation>原因を特定できず</translation>
    </message>
    <message>
        <source>%1 (pids %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <source>none (no process name was killed twice)</source>
        <translation>なし (2 回以上強制終了されたプロセス名はありません)</translation>
    </message>
    <message>
        <source>%1 (its limit hit %2 times)</source>
        <translation>%1 (上限到達 %2 回)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 without a date</source>
        <translation>日付なし %1 件</translation>
    </message>
    <message>
        <source>boot %1</source>
        <translation>ブート %1</translation>
    </message>
    <message>
        <source>boot %1 of %2</source>
        <translation>%2 のブート %1</translation>
    </message>
    <message>
        <source>%1 without a kernel timestamp</source>
        <translation>カーネルタイムスタンプなし %1 件</translation>
    </message>
    <message>
        <source>wall clock</source>
        <translation>実時刻</translation>
    </message>
    <message>
        <source>kernel timestamps</source>
        <translation>カーネルタイムスタンプ</translation>
    </message>
    <message>
        <source>wall clock and kernel timestamps</source>
        <translation>実時刻とカーネルタイムスタンプ</translation>
    </message>
    <message>
        <source>min %1, median %2, max %3 (%4)</source>
        <translation>最小 %1、中央値 %2、最大 %3 (%4)</translation>
    </message>
    <message>
        <source>Across the %1 incidents</source>
        <translation>%1 件のインシデント全体</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Primary causes</source>
        <translation>主な原因</translation>
    </message>
    <message>
        <source>Recurring victims</source>
        <translation>繰り返し出現した犠牲プロセス</translation>
    </message>
    <message>
        <source>Recurring cgroups</source>
        <translation>繰り返し出現した cgroup</translation>
    </message>
    <message>
        <source>Recurring units</source>
        <translation>繰り返し出現したユニット</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>日別</translation>
    </message>
    <message>
        <source>Per boot</source>
        <translation>ブート別</translation>
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
        <translation>読み取りません: /proc/kmsg を読むとシステムロガーからメッセージを奪ってしまいます。/dev/kmsg を使用してください</translation>
    </message>
    <message>
        <source>stopped looking after %1 entries; name the folder holding the logs</source>
        <translation>%1 エントリで検索を打ち切りました。ログを含むフォルダーを指定してください</translation>
    </message>
    <message>
        <source>folders more than %1 levels deep were not searched</source>
        <translation>%1 階層より深いフォルダーは検索していません</translation>
    </message>
    <message>
        <source>no log files found in this folder</source>
        <translation>このフォルダーにログファイルが見つかりません</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
</context>
<context>
    <name>AppMenuBar</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>フォルダーを開く(&amp;F)…</translation>
    </message>
    <message>
        <source>Open the &amp;Live System</source>
        <translation>稼働中のシステムを開く(&amp;L)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel Loading</source>
        <translation>読み込みを中止(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export Session…</source>
        <translation>セッションをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Incident…</source>
        <translation>インシデントをエクスポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Copy Incident as &amp;Text</source>
        <translation>インシデントをテキストでコピー(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <source>not a readable archive</source>
        <translation>読み取り可能なアーカイブではありません</translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation>絶対パス</translation>
    </message>
    <message>
        <source>path leaves the archive (&quot;..&quot;)</source>
        <translation>パスがアーカイブの外を指しています (&quot;..&quot;)</translation>
    </message>
    <message>
        <source>empty path</source>
        <translation>空のパス</translation>
    </message>
    <message>
        <source>read error</source>
        <translation>読み取りエラー</translation>
    </message>
    <message>
        <source>hard link (not followed)</source>
        <translation>ハードリンク (追跡しません)</translation>
    </message>
    <message>
        <source>symbolic link (not followed)</source>
        <translation>シンボリックリンク (追跡しません)</translation>
    </message>
    <message>
        <source>device or special file</source>
        <translation>デバイスまたは特殊ファイル</translation>
    </message>
    <message>
        <source>encrypted (not supported)</source>
        <translation>暗号化 (非対応)</translation>
    </message>
</context>
<context>
    <name>ArchiveRootLoader</name>
    <message>
        <source>not a directory or a bundle archive</source>
        <translation>ディレクトリでもバンドルアーカイブでもありません</translation>
    </message>
    <message numerus="yes">
        <source>The archive is damaged after %n member(s): %1</source>
        <translation>
            <numerusform>アーカイブは %n 個のメンバーの後で破損しています: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: left out: %2</source>
        <translation>%1: 除外: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: only the first %2 were loaded (the bundle limit for one file).</source>
        <translation>%1: 先頭 %2 のみ読み込みました (1 ファイルあたりのバンドル上限)。</translation>
    </message>
    <message>
        <source>Only the first %1 of the bundle were loaded (the bundle size limit); later files are unknown.</source>
        <translation>バンドルの先頭 %1 のみ読み込みました (バンドルのサイズ上限)。以降のファイルは不明です。</translation>
    </message>
    <message>
        <source>the archive holds no proc/ or sys/ tree to read</source>
        <translation>アーカイブに読み取れる proc/ または sys/ ツリーがありません</translation>
    </message>
</context>
<context>
    <name>BadnessText</name>
    <message>
        <source>oom_score_adj is -1000: never killed</source>
        <translation>oom_score_adj が -1000: 強制終了されることはありません</translation>
    </message>
    <message>
        <source>oom_adj is -17 (OOM_DISABLE): never killed</source>
        <translation>oom_adj が -17 (OOM_DISABLE): 強制終了されることはありません</translation>
    </message>
    <message>
        <source>init is never killed</source>
        <translation>init は強制終了されません</translation>
    </message>
    <message>
        <source>kernel threads and tasks without memory are never killed</source>
        <translation>カーネルスレッドとメモリを持たないタスクは強制終了されません</translation>
    </message>
    <message>
        <source>an earlier OOM kill already took this task (its memory was reaped)</source>
        <translation>以前の OOM による強制終了で、このタスクは既に処理済みです (メモリは回収済み)</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>BuddyModel</name>
    <message>
        <source>Largest free order</source>
        <translation>最大の空き order</translation>
    </message>
    <message>
        <source>Unusable free index (×10)</source>
        <translation>使用不能指数 (×10)</translation>
    </message>
    <message>
        <source>Too small for order %1</source>
        <translation>order %1 には小さすぎる</translation>
    </message>
    <message>
        <source>Free memory</source>
        <translation>空きメモリ</translation>
    </message>
    <message>
        <source>Could serve order %1</source>
        <translation>order %1 に使える</translation>
    </message>
    <message>
        <source>Free blocks</source>
        <translation>空きブロック数</translation>
    </message>
    <message>
        <source>No free block of order %1 or larger: this zone could not serve the allocation from its free lists without compaction.</source>
        <translation>order %1 以上の空きブロックがありません: このゾーンはコンパクションなしではフリーリストからこの割り当てに応えられませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n free block(s) could serve order %1; the watermark check still decides whether the zone may hand one out.</source>
        <translation>
            <numerusform>order %1 に使える空きブロックが %n 個ありました。ゾーンが渡せるかどうかはウォーターマークの判定で決まります。</numerusform>
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
        <translation>nice は変更なし (%1)</translation>
    </message>
    <message>
        <source>I/O class idle</source>
        <translation>I/O クラス idle</translation>
    </message>
    <message>
        <source>I/O priority unchanged (%1)</source>
        <translation>I/O 優先度は変更なし (%1)</translation>
    </message>
    <message>
        <source>Collected as a regular user (uid %1): what only root may read is listed under leftOut; run as root for a complete bundle.</source>
        <translation>一般ユーザー (uid %1) として収集しました: root のみが読めるものは leftOut に記載しています。完全なバンドルを得るには root で実行してください。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is an archive; collect reads a live system or a root directory</source>
        <translation>%1 はアーカイブです。collect はライブシステムまたはルートディレクトリを読み取ります</translation>
    </message>
    <message numerus="yes">
        <source>a read did not return within %n second(s) after the time limit</source>
        <translation>
            <numerusform>時間制限の後 %n 秒以内に読み取りが戻りませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>cgroup tree</source>
        <translation>cgroup ツリー</translation>
    </message>
    <message>
        <source>process table</source>
        <translation>プロセステーブル</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>権限がありません</translation>
    </message>
    <message>
        <source>not supported by this kernel (disabled at boot)</source>
        <translation>このカーネルでは非対応 (起動時に無効化)</translation>
    </message>
    <message numerus="yes">
        <source>the time limit of %n second(s) was reached</source>
        <translation>
            <numerusform>%n 秒の時間制限に達しました</numerusform>
        </translation>
    </message>
    <message>
        <source>larger than the per-file limit of %1; the start is kept</source>
        <translation>ファイルごとの上限 %1 を超えています。先頭部分を保持しました</translation>
    </message>
    <message>
        <source>the bundle size limit was reached</source>
        <translation>バンドルのサイズ上限に達しました</translation>
    </message>
    <message>
        <source>cgroup mounts only</source>
        <translation>cgroup マウントのみ</translation>
    </message>
    <message>
        <source>Not the live system: no kernel log or journal was collected.</source>
        <translation>ライブシステムではありません: カーネルログとジャーナルは収集していません。</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>エントリなし</translation>
    </message>
    <message>
        <source>cut to %1: %2</source>
        <translation>%1 に切り詰め: %2</translation>
    </message>
    <message>
        <source>the collection stopped first</source>
        <translation>先に収集が停止しました</translation>
    </message>
    <message>
        <source>more than %1 cgroups</source>
        <translation>cgroup が %1 個を超えています</translation>
    </message>
    <message>
        <source>%1 processes, more than the limit of %2</source>
        <translation>プロセス %1 個 (上限 %2 を超過)</translation>
    </message>
    <message numerus="yes">
        <source>the bundle size limit was reached after %n process(es)</source>
        <translation>
            <numerusform>%n 個のプロセスを収集した時点でバンドルのサイズ上限に達しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>cannot start the archive</source>
        <translation>アーカイブを開始できません</translation>
    </message>
    <message>
        <source>cannot add %1</source>
        <translation>%1 を追加できません</translation>
    </message>
    <message>
        <source>cannot write the manifest</source>
        <translation>マニフェストを書き込めません</translation>
    </message>
    <message>
        <source>unexpected tar layout from libarchive</source>
        <translation>libarchive からの tar レイアウトが想定外です</translation>
    </message>
    <message>
        <source>cannot compress the manifest</source>
        <translation>マニフェストを圧縮できません</translation>
    </message>
    <message>
        <source>cannot finish the archive</source>
        <translation>アーカイブを完了できません</translation>
    </message>
    <message>
        <source>cannot write the archive: %1</source>
        <translation>アーカイブを書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>Cause</name>
    <message>
        <source>Unreclaimable kernel slab held %1 (%2 % of RAM), memory no process kill can free; this suggests a kernel memory leak.</source>
        <translation>回収不能なカーネル slab が %1 (RAM の %2 %) を占めていました。これはプロセスを強制終了しても解放できないメモリであり、カーネルのメモリリークが疑われます。</translation>
    </message>
    <message>
        <source>Unreclaimable kernel slab outgrew all user memory, which no process kill can free; this suggests a kernel memory leak.</source>
        <translation>回収不能なカーネル slab がユーザーメモリ全体を上回っていました。これはプロセスを強制終了しても解放できないメモリであり、カーネルのメモリリークが疑われます。</translation>
    </message>
    <message>
        <source> Largest caches: %1.</source>
        <translation> 最大のキャッシュ: %1。</translation>
    </message>
    <message>
        <source>Shared memory and tmpfs held %1 (%2 % of RAM); killing a process frees it only if that process was its last user, and files in tmpfs stay.</source>
        <translation>共有メモリと tmpfs が %1 (RAM の %2 %) を占めていました。プロセスを強制終了して解放されるのはそのプロセスが最後の使用者だった場合のみで、tmpfs 上のファイルは残ります。</translation>
    </message>
    <message>
        <source>%1 of RAM was reserved as huge pages (vm.nr_hugepages), which ordinary allocations and the OOM killer cannot use.</source>
        <translation>RAM のうち %1 がヒュージページ (vm.nr_hugepages) として予約されていました。これは通常の割り当てにも OOM Killerにも使えません。</translation>
    </message>
    <message>
        <source>Transparent huge pages made up %1 of %2 anonymous memory; 2 MiB pages fill a limit in large steps and can hold memory that is barely used.</source>
        <translation>透過的ヒュージページ (THP) が匿名メモリ %2 のうち %1 を占めていました。2 MiB ページは上限を大きな単位で消費し、ほとんど使われていないメモリを抱え込むことがあります。</translation>
    </message>
    <message>
        <source>%1 processes named %2 were running (%3 % of all tasks): a fork storm or a worker pool without a limit.</source>
        <translation>%2 という名前のプロセスが %1 個実行されていました (全タスクの %3 %)。fork の暴走か、上限のないワーカープールが考えられます。</translation>
    </message>
    <message>
        <source>systemd-oomd killed %1 because swap use passed its limit of %2 %: %3 of %4 swap was in use.</source>
        <translation>スワップ使用率が上限の %2 % を超えたため、systemd-oomd が %1 を強制終了しました: スワップ %4 のうち %3 が使用中でした。</translation>
    </message>
    <message>
        <source>systemd-oomd killed %1 because memory pressure in %2 was %3 %, above its limit of %4 % for more than %5.</source>
        <translation>%2 のメモリプレッシャーが %3 % で、上限の %4 % を %5 より長く上回っていたため、systemd-oomd が %1 を強制終了しました。</translation>
    </message>
    <message>
        <source> Available memory was %1 % and free swap %2 %.</source>
        <translation> 利用可能なメモリは %1 %、空きスワップは %2 % でした。</translation>
    </message>
    <message>
        <source>earlyoom sent %1 to %2 before the kernel ran out of memory.</source>
        <translation>カーネルがメモリ不足になる前に、earlyoom が %2 に %1 を送信しました。</translation>
    </message>
    <message>
        <source>nohang sent %1 to %2 before the kernel ran out of memory.</source>
        <translation>カーネルがメモリ不足になる前に、nohang が %2 に %1 を送信しました。</translation>
    </message>
    <message>
        <source>Someone started the OOM killer by hand (SysRq-f or /proc/sysrq-trigger); the memory state did not require a kill.</source>
        <translation>誰かが手動で OOM Killerを起動しました (SysRq-f または /proc/sysrq-trigger)。メモリの状態は強制終了を必要としていませんでした。</translation>
    </message>
    <message>
        <source>vm.panic_on_oom is set, so the kernel panicked (and rebooted or hung) instead of killing a process.</source>
        <translation>vm.panic_on_oom が設定されているため、カーネルはプロセスを強制終了する代わりにパニックしました (その後、再起動またはハング)。</translation>
    </message>
    <message>
        <source>No process could be killed (all were protected, exiting or kernel threads), so the kernel panicked.</source>
        <translation>強制終了できるプロセスがなかったため (すべて保護中、終了処理中、またはカーネルスレッド)、カーネルはパニックしました。</translation>
    </message>
    <message>
        <source>No process could be killed: every candidate was protected (oom_score_adj −1000), already exiting, or a kernel thread.</source>
        <translation>強制終了できるプロセスがありませんでした: すべての候補が保護されている (oom_score_adj −1000)、既に終了処理中、またはカーネルスレッドでした。</translation>
    </message>
    <message>
        <source>%1 could not allocate %2 contiguous (order %3, mode %4); the kernel gave up without killing a process and the caller saw an error.</source>
        <translation>%1 は %2 の連続領域 (order %3、mode %4) を割り当てられませんでした。カーネルはプロセスを強制終了せずに断念し、呼び出し元にはエラーが返されました。</translation>
    </message>
    <message>
        <source>A kernel path</source>
        <translation>カーネル内のある処理</translation>
    </message>
    <message>
        <source>Kernel memory charged to cgroup %1 (%2 of its %3 usage) filled it: the limit was reached by kernel allocations such as page tables, sockets or dentries, not by the processes&apos; own memory.</source>
        <translation>cgroup %1 に計上されたカーネルメモリ (使用量 %3 のうち %2) がこの cgroup を埋めました: 上限に達したのはプロセス自身のメモリではなく、ページテーブル、ソケット、dentry などのカーネル割り当てによるものです。</translation>
    </message>
    <message>
        <source>The cgroup %1 reached its limit of %2; the process was in its child cgroup %3, so the parent&apos;s limit (shared by everything below it) decided, not a limit of the child&apos;s own.</source>
        <translation>cgroup %1 が上限 %2 に達しました。プロセスはその子 cgroup %3 内にあったため、決め手となったのは子自身の上限ではなく、親の上限 (配下全体で共有) でした。</translation>
    </message>
    <message>
        <source>The cgroup %1 reached its limit; the process was in its child cgroup %2, so the parent&apos;s limit (shared by everything below it) decided, not a limit of the child&apos;s own.</source>
        <translation>cgroup %1 が上限に達しました。プロセスはその子 cgroup %2 内にあったため、決め手となったのは子自身の上限ではなく、親の上限 (配下全体で共有) でした。</translation>
    </message>
    <message>
        <source>The cgroup %1 reached its memory limit; the kernel killed a process inside it.</source>
        <translation>cgroup %1 がメモリ上限に達しました。カーネルはその中のプロセスを強制終了しました。</translation>
    </message>
    <message>
        <source>The allocation could only use NUMA node(s) %1 (%2), which had %3 free, while the system as a whole still had %4 free.</source>
        <translation>この割り当てが使用できた NUMA ノードは %1 (%2) のみで、その空きは %3 でしたが、システム全体ではまだ %4 の空きがありました。</translation>
    </message>
    <message>
        <source>of its cpuset</source>
        <translation>その cpuset のノード</translation>
    </message>
    <message>
        <source>The allocation could only use NUMA node(s) %1 (%2), and they ran out of memory.</source>
        <translation>この割り当てが使用できた NUMA ノードは %1 (%2) のみで、それらのノードのメモリが尽きました。</translation>
    </message>
    <message>
        <source> The largest free block was %1 (order %2).</source>
        <translation> 最大の空きブロックは %1 (order %2) でした。</translation>
    </message>
    <message>
        <source> This kernel was built without compaction, so it could not defragment.</source>
        <translation> このカーネルはコンパクションなしでビルドされているため、断片化を解消できませんでした。</translation>
    </message>
    <message>
        <source>Zone %1 had %2 free, above what the allocation required (%3), but not as a contiguous block of %4 (order %5): memory was fragmented.</source>
        <translation>ゾーン %1 には割り当てに必要な量 (%3) を上回る %2 の空きがありましたが、%4 (order %5) の連続ブロックとしては存在しませんでした: メモリが断片化していました。</translation>
    </message>
    <message>
        <source>A kernel allocation needed low memory (the Normal zone of this 32-bit kernel), which had %1 free against a minimum of %2, while HighMem still had %3 free that the kernel cannot use for itself.</source>
        <translation>カーネルの割り当てに low メモリ (この 32 ビットカーネルの Normal ゾーン) が必要でしたが、その空きは最低限 %2 に対して %1 しかありませんでした。HighMem にはまだ %3 の空きがありましたが、カーネルはこれを自身の用途に使えません。</translation>
    </message>
    <message>
        <source>The whole system ran out of memory (a system-wide OOM: no cgroup limit or NUMA binding was involved).</source>
        <translation>システム全体でメモリが不足しました (システム全体の OOM: cgroup の上限や NUMA バインドは関係していません)。</translation>
    </message>
    <message>
        <source>The whole system ran out of memory: the zones the allocation could use had %1 free, below the %2 they must keep.</source>
        <translation>システム全体でメモリが不足しました: 割り当てが使用できるゾーンの空きは %1 で、確保しておくべき %2 を下回っていました。</translation>
    </message>
    <message>
        <source>The system had no swap, so no anonymous memory could be moved out of RAM before a process had to be killed.</source>
        <translation>システムにスワップがなかったため、プロセスを強制終了せざるを得なくなる前に匿名メモリを RAM から退避できませんでした。</translation>
    </message>
    <message>
        <source>Swap was full: %1 of %2 in use, so reclaim had nowhere left to put anonymous memory.</source>
        <translation>スワップが満杯でした (%2 のうち %1 が使用中)。そのため、回収処理には匿名メモリを退避する先が残っていませんでした。</translation>
    </message>
    <message>
        <source>%1 (pid %2) was chosen because of its oom_score_adj of +%3: %4 (pid %5) used more memory (%6 against %7) but had an adjustment of %8.</source>
        <translation>%1 (pid %2) は oom_score_adj が +%3 だったため選ばれました: %4 (pid %5) の方が多くのメモリを使用していました (%6 対 %7) が、その調整値は %8 でした。</translation>
    </message>
    <message>
        <source>%1 (pid %2) used more memory than the victim (%3 against %4) but its oom_score_adj of %5 protected it, so %6 (pid %7) was killed instead.</source>
        <translation>%1 (pid %2) は犠牲プロセスより多くのメモリを使用していました (%3 対 %4) が、oom_score_adj %5 によって保護されていたため、代わりに %6 (pid %7) が強制終了されました。</translation>
    </message>
    <message numerus="yes">
        <source>The cgroup %1 reached its memory limit of %2 (usage %3, the limit was hit %n time(s)); the kernel killed a process inside it.</source>
        <translation>
            <numerusform>cgroup %1 がメモリ上限 %2 に達しました (使用量 %3、上限到達 %n 回)。カーネルはその中のプロセスを強制終了しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The cgroup %1 reached its memory limit of %2 (usage %3); the kernel killed a process inside it.</source>
        <translation>cgroup %1 がメモリ上限 %2 に達しました (使用量 %3)。カーネルはその中のプロセスを強制終了しました。</translation>
    </message>
    <message>
        <source>This is why the system ran out of memory; killing a process could not free it.</source>
        <translation>システムのメモリ不足の原因はこれです。プロセスを強制終了しても解放できませんでした。</translation>
    </message>
    <message>
        <source>This is why the system ran out of memory; killing %1 could not free it.</source>
        <translation>システムのメモリ不足の原因はこれです。%1 を強制終了しても解放できませんでした。</translation>
    </message>
    <message>
        <source>systemd-oomd killed %1 because swap use passed its limit (SwapUsedLimit=); it chose the cgroup using the most swap. The log does not show the figures.</source>
        <translation>スワップ使用率が上限 (SwapUsedLimit=) を超えたため、systemd-oomd が %1 を強制終了しました。スワップを最も多く使っていた cgroup が選ばれました。ログには数値がありません。</translation>
    </message>
    <message>
        <source>systemd-oomd killed %1 because memory pressure in %2 was %3 %, above its limit of %4 %.</source>
        <translation>%2 のメモリプレッシャーが %3 % で上限の %4 % を超えたため、systemd-oomd が %1 を強制終了しました。</translation>
    </message>
    <message>
        <source>systemd-oomd killed %1; the log does not show its reason (memory pressure or swap use) or its figures.</source>
        <translation>systemd-oomd が %1 を強制終了しました。ログには理由 (メモリプレッシャーかスワップ使用率か) も数値もありません。</translation>
    </message>
    <message>
        <source>an unknown gfp mask</source>
        <translation>不明な gfp_mask</translation>
    </message>
    <message>
        <source>a slab cache</source>
        <translation>ある slab キャッシュ</translation>
    </message>
    <message>
        <source>The %1 allocator could not grow %2 (mode %3); the kernel gave up without killing a process and the caller saw an error.</source>
        <translation>%1 アロケータが %2 を拡張できませんでした (mode %3)。カーネルはプロセスを強制終了せずに諦め、呼び出し元にはエラーが返りました。</translation>
    </message>
    <message>
        <source>%1 could not allocate memory (mode %2; the log does not show the size); the kernel gave up without killing a process and the caller saw an error.</source>
        <translation>%1 はメモリを割り当てられませんでした (mode %2。サイズはログにありません)。カーネルはプロセスを強制終了せずに諦め、呼び出し元にはエラーが返りました。</translation>
    </message>
    <message>
        <source>Only NUMA node %1 ran out (%2 free, below its watermarks) while node(s) %3 still had %4 free: the task was bound to node %1 by a memory policy (mbind, set_mempolicy or numactl --membind), which this kernel does not print in its report.</source>
        <translation>NUMA ノード %1 だけが枯渇していました (空き %2、ウォーターマーク未満)。ノード %3 にはまだ %4 の空きがありました。タスクはメモリポリシー (mbind、set_mempolicy、numactl --membind) でノード %1 に束縛されていましたが、このカーネルはそれをレポートに出力しません。</translation>
    </message>
    <message>
        <source>A page fault failed because a memory cgroup refused to charge it (on cgroup v1 usually its kernel-memory limit), not because the host ran out: every zone was above its watermarks with %1 free. This kernel then ran the system-wide OOM killer from pagefault_out_of_memory().</source>
        <translation>ページフォルトが失敗したのは、メモリ cgroup がその課金を拒否したためで (cgroup v1 では多くの場合カーネルメモリの上限)、ホストのメモリ不足ではありません。すべてのゾーンがウォーターマークを上回り、空きは %1 ありました。このカーネルはその後 pagefault_out_of_memory() からシステム全体の OOM Killer を実行しました。</translation>
    </message>
    <message>
        <source>A page fault in cgroup %1 failed because the cgroup refused to charge it (on cgroup v1 usually its kernel-memory limit), not because the host ran out: every zone was above its watermarks with %2 free. This kernel then ran the system-wide OOM killer from pagefault_out_of_memory().</source>
        <translation>cgroup %1 でのページフォルトが失敗したのは、その cgroup が課金を拒否したためで (cgroup v1 では多くの場合カーネルメモリの上限)、ホストのメモリ不足ではありません。すべてのゾーンがウォーターマークを上回り、空きは %2 ありました。このカーネルはその後 pagefault_out_of_memory() からシステム全体の OOM Killer を実行しました。</translation>
    </message>
    <message>
        <source>Slab caches of the cgroup had failed to grow just before (%1).</source>
        <translation>直前にこの cgroup の slab キャッシュの拡張が失敗していました (%1)。</translation>
    </message>
    <message>
        <source>not in the log</source>
        <translation>ログになし</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>The log does not show why memory ran out. Checked: cgroup limits (%1), zone watermarks (%2), swap (%3), the task table (%4).</source>
        <extracomment>%1-%4: &quot;not in the log&quot; or &quot;nothing found&quot;, for each part of the report checked</extracomment>
        <translation>ログからはメモリ不足の原因がわかりません。確認した項目: cgroup の上限 (%1)、ゾーンのウォーターマーク (%2)、スワップ (%3)、タスク一覧 (%4)。</translation>
    </message>
    <message>
        <source> Swap still had %1 of %2 free: more swap would not have prevented it.</source>
        <translation> スワップは %2 のうち %1 がまだ空いていました。スワップを増やしてもこの OOM は防げなかったでしょう。</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <source>Chrome on ChromeOS closed %1 to free an estimated %2 when the system ran low on memory, before the kernel ran out.</source>
        <translation>ChromeOS の Chrome が、システムのメモリが少なくなったため、カーネルがメモリを使い果たす前に %1 を閉じて推定 %2 を解放しました。</translation>
    </message>
    <message>
        <source>Android&apos;s low memory killer daemon (lmkd) killed %1, oom_score_adj %2, to free %3 before the kernel ran out of memory. The log does not show its reason.</source>
        <translation>Android の低メモリキラーデーモン (lmkd) が、カーネルがメモリを使い果たす前に %3 を解放するため %1 (oom_score_adj %2) を強制終了しました。ログにはその理由がありません。</translation>
    </message>
    <message>
        <source>The kernel&apos;s Android lowmemorykiller driver killed %1, oom_score_adj %2, to free %3 before the kernel ran out of memory. The log does not show its reason.</source>
        <translation>カーネルの Android lowmemorykiller ドライバが、カーネルがメモリを使い果たす前に %3 を解放するため %1 (oom_score_adj %2) を強制終了しました。ログにはその理由がありません。</translation>
    </message>
    <message>
        <source>Android&apos;s low memory killer daemon (lmkd) killed %1, oom_score_adj %2, to free %3 before the kernel ran out of memory; its reason: %4.</source>
        <translation>Android の低メモリキラーデーモン (lmkd) が、カーネルがメモリを使い果たす前に %3 を解放するため %1 (oom_score_adj %2) を強制終了しました。理由: %4。</translation>
    </message>
    <message>
        <source>The kernel&apos;s Android lowmemorykiller driver killed %1, oom_score_adj %2, to free %3 before the kernel ran out of memory; its reason: %4.</source>
        <translation>カーネルの Android lowmemorykiller ドライバが、カーネルがメモリを使い果たす前に %3 を解放するため %1 (oom_score_adj %2) を強制終了しました。理由: %4。</translation>
    </message>
    <message>
        <source>Slab caches of the cgroup kept failing to grow after the kill (%1).</source>
        <translation>強制終了の後も、この cgroup の slab キャッシュの拡張は失敗し続けました (%1)。</translation>
    </message>
    <message>
        <source>The kernel&apos;s Android lowmemorykiller driver killed %1 before the kernel ran out of memory; the log shows neither its reason nor the memory it freed.</source>
        <translation>カーネルの Android lowmemorykiller ドライバが、カーネルがメモリを使い果たす前に %1 を強制終了しました。ログにはその理由も解放したメモリの量もありません。</translation>
    </message>
    <message>
        <source>The OpenVZ container with beancounter %1 reached its memory limit; the kernel killed a process inside it. The limit is set on the OpenVZ host (vzctl or prlctl set --ram), not in a cgroup of this system.</source>
        <translation>beancounter %1 の OpenVZ コンテナがメモリ上限に達し、カーネルがその中のプロセスを強制終了しました。この上限は OpenVZ ホスト側で設定するもので (vzctl または prlctl set --ram)、このシステムの cgroup にはありません。</translation>
    </message>
</context>
<context>
    <name>CauseCard</name>
    <message>
        <source>%1 · primary cause</source>
        <translation>%1 · 主な原因</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>根拠:</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>Show line %1 in the log</source>
        <translation>ログの %1 行目を表示</translation>
    </message>
</context>
<context>
    <name>CauseTitle</name>
    <message>
        <source>Memory cgroup limit reached</source>
        <translation>メモリ cgroup の上限に到達</translation>
    </message>
    <message>
        <source>A parent cgroup&apos;s limit reached</source>
        <translation>親 cgroup の上限に到達</translation>
    </message>
    <message>
        <source>Kernel memory (kmem) limit reached</source>
        <translation>カーネルメモリ (kmem) の上限に到達</translation>
    </message>
    <message>
        <source>The whole system ran out of memory</source>
        <translation>システム全体のメモリ不足</translation>
    </message>
    <message>
        <source>Swap full</source>
        <translation>スワップが満杯</translation>
    </message>
    <message>
        <source>No swap</source>
        <translation>スワップなし</translation>
    </message>
    <message>
        <source>NUMA node out of memory</source>
        <translation>NUMA ノードのメモリ不足</translation>
    </message>
    <message>
        <source>Memory fragmentation</source>
        <translation>メモリの断片化</translation>
    </message>
    <message>
        <source>Memory reserved for huge pages</source>
        <translation>ヒュージページ用に予約されたメモリ</translation>
    </message>
    <message>
        <source>Unreclaimable kernel slab</source>
        <translation>回収できないカーネルの slab</translation>
    </message>
    <message>
        <source>Shared memory and tmpfs</source>
        <translation>共有メモリと tmpfs</translation>
    </message>
    <message>
        <source>Transparent huge pages</source>
        <translation>透過的ヒュージページ</translation>
    </message>
    <message>
        <source>Processes shielded by oom_score_adj</source>
        <translation>oom_score_adj で保護されたプロセス</translation>
    </message>
    <message>
        <source>Fork storm</source>
        <translation>fork の嵐</translation>
    </message>
    <message>
        <source>Low memory exhausted (32-bit kernel)</source>
        <extracomment>The low memory zone of a 32-bit kernel (below HighMem).</extracomment>
        <translation>Low メモリの枯渇 (32 ビットカーネル)</translation>
    </message>
    <message>
        <source>Started by hand (SysRq)</source>
        <translation>手動で起動 (SysRq)</translation>
    </message>
    <message>
        <source>Kernel panic on OOM</source>
        <translation>OOM でカーネルパニック</translation>
    </message>
    <message>
        <source>No process could be killed</source>
        <translation>強制終了できるプロセスなし</translation>
    </message>
    <message>
        <source>systemd-oomd: memory pressure</source>
        <translation>systemd-oomd: メモリプレッシャー</translation>
    </message>
    <message>
        <source>systemd-oomd: swap full</source>
        <translation>systemd-oomd: スワップが満杯</translation>
    </message>
    <message>
        <source>Killed by earlyoom</source>
        <translation>earlyoom による強制終了</translation>
    </message>
    <message>
        <source>Killed by nohang</source>
        <translation>nohang による強制終了</translation>
    </message>
    <message>
        <source>Page allocation failure</source>
        <translation>ページ割り当て失敗</translation>
    </message>
    <message>
        <source>Cause not determined</source>
        <translation>原因を特定できず</translation>
    </message>
    <message>
        <source>Killed by Android&apos;s low memory killer</source>
        <translation>Android の低メモリキラーによる強制終了</translation>
    </message>
    <message>
        <source>Closed by ChromeOS on low memory</source>
        <translation>メモリ不足により ChromeOS が終了</translation>
    </message>
</context>
<context>
    <name>CgroupTreeModel</name>
    <message>
        <source>no limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>limit hit</source>
        <translation>上限に到達</translation>
    </message>
    <message>
        <source>victim&apos;s cgroup</source>
        <translation>犠牲プロセスの cgroup</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Reading the cgroup hierarchy…</source>
        <translation>cgroup 階層を読み込み中…</translation>
    </message>
    <message>
        <source>The report names no memory cgroup: a global OOM, or a kernel that does not print the victim&apos;s cgroup.</source>
        <translation>レポートにメモリ cgroup の名前がありません: システム全体の OOM か、犠牲プロセスの cgroup を出力しないカーネルです。</translation>
    </message>
    <message>
        <source>The kernel printed &quot;limit of host&quot;: a system-wide OOM, not a cgroup limit.</source>
        <translation>カーネルは &quot;limit of host&quot; と出力しました: cgroup の上限ではなく、システム全体の OOM です。</translation>
    </message>
    <message>
        <source>The limit of %1, an ancestor of the victim&apos;s cgroup %2, was hit.</source>
        <translation>犠牲プロセスの cgroup %2 の祖先である %1 の上限に達しました。</translation>
    </message>
    <message>
        <source>The victim&apos;s own cgroup %1 hit its limit.</source>
        <translation>犠牲プロセス自身の cgroup %1 が上限に達しました。</translation>
    </message>
    <message>
        <source>The victim ran in %1; no cgroup limit was hit.</source>
        <translation>犠牲プロセスは %1 で動いていました。cgroup の上限には達していません。</translation>
    </message>
    <message>
        <source>No cgroup hierarchy is mounted.</source>
        <translation>cgroup 階層がマウントされていません。</translation>
    </message>
    <message numerus="yes">
        <source>Now: %n memory cgroup(s).</source>
        <translation>
            <numerusform>現在: メモリ cgroup %n 個。</numerusform>
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
        <translation>名前またはユニットで絞り込み</translation>
    </message>
    <message>
        <source>Filter cgroups</source>
        <translation>cgroup を絞り込む</translation>
    </message>
    <message>
        <source>Change limits…</source>
        <translation>上限を変更…</translation>
    </message>
    <message>
        <source>Cgroup</source>
        <translation>cgroup</translation>
    </message>
    <message>
        <source>Usage / limit</source>
        <translation>使用量 / 上限</translation>
    </message>
    <message>
        <source>memory.high</source>
        <translation>memory.high</translation>
    </message>
    <message>
        <source>Swap / limit</source>
        <translation>スワップ / 上限</translation>
    </message>
    <message>
        <source>oom / oom_kill</source>
        <translation>oom / oom_kill</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <source>PSI some</source>
        <translation>PSI some</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>折りたたむ</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>展開</translation>
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
        <translation>--what-if: &quot;%1&quot; は PID=ADJ または PID=remove の形式ではありません</translation>
    </message>
    <message>
        <source>--what-if: &quot;%1&quot;: the adjustment must be -1000 to 1000 or remove</source>
        <translation>--what-if: &quot;%1&quot;: 調整値は -1000 から 1000 の範囲か remove である必要があります</translation>
    </message>
    <message>
        <source>--what-if needs PID=ADJ or PID=remove</source>
        <translation>--what-if には PID=ADJ または PID=remove を指定してください</translation>
    </message>
    <message>
        <source>Finds every OOM incident (kernel OOM kills, systemd-oomd, earlyoom and nohang kills, page allocation failures) in the given logs and explains each one.</source>
        <translation>指定したログから OOM インシデント (カーネルの OOM による強制終了、systemd-oomd・earlyoom・nohang による強制終了、ページ割り当て失敗) をすべて見つけ、それぞれを説明します。</translation>
    </message>
    <message>
        <source>Output format: text (default), json or markdown.</source>
        <translation>出力形式: text (デフォルト)、json、markdown。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Rank again as if the given tasks had another oom_score_adj (-1000..1000) or were gone, and print the new ranking and predicted victim of each report with a task table. May be repeated.</source>
        <translation>指定したタスクの oom_score_adj が別の値 (-1000..1000) だった場合、またはタスクが存在しなかった場合を想定して順位付けをやり直し、タスク表を含む各レポートについて新しいランキングと予測される犠牲プロセスを表示します。複数回指定できます。</translation>
    </message>
    <message>
        <source>Log files (plain or compressed), directories, archives, sosreport or supportconfig bundles, journal files or exports; &quot;-&quot; reads standard input. Without PATH: the live system&apos;s kernel log.</source>
        <translation>ログファイル (非圧縮または圧縮)、ディレクトリ、アーカイブ、sosreport または supportconfig のバンドル、ジャーナルファイルまたはそのエクスポート。&quot;-&quot; で標準入力を読み取ります。PATH を省略すると、ライブシステムのカーネルログを読み取ります。</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use text, json or markdown)</source>
        <translation>不明な形式 &quot;%1&quot; です (text、json、markdown のいずれかを使用してください)</translation>
    </message>
    <message>
        <source>no PATH given, reading the live system&apos;s kernel log: %1</source>
        <translation>PATH が指定されていないため、ライブシステムのカーネルログを読み取ります: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>--what-if: no kernel OOM report with a task table was found</source>
        <translation>--what-if: タスク表を含むカーネル OOM レポートが見つかりませんでした</translation>
    </message>
    <message>
        <source>Gathers what OOM Lens needs from this system — /proc and /sys memory files, the cgroup tree, the process table, the kernel log and the OOM-related journal entries — into one .tar.zst bundle to analyse elsewhere (&quot;oomlens-cli analyze BUNDLE&quot;, or drop it onto OOM Lens). Bounded in size and time, at the lowest CPU and I/O priority; see COLLECT.md for what is and is not included.</source>
        <translation>OOM Lens が必要とする情報 (/proc と /sys のメモリ関連ファイル、cgroup ツリー、プロセステーブル、カーネルログ、OOM 関連のジャーナルエントリ) をこのシステムから集め、別の場所で解析するための 1 つの .tar.zst バンドルにまとめます (&quot;oomlens-cli analyze BUNDLE&quot; で解析するか、OOM Lens にドロップします)。サイズと時間には上限があり、最低の CPU および I/O 優先度で実行します。含まれるもの・含まれないものについては COLLECT.md を参照してください。</translation>
    </message>
    <message>
        <source>Where to write the bundle (&quot;-&quot;: standard output). Default: oomlens-&lt;host&gt;-&lt;date&gt;.tar.zst in the current directory.</source>
        <translation>バンドルの書き込み先 (&quot;-&quot;: 標準出力)。デフォルト: カレントディレクトリの oomlens-&lt;host&gt;-&lt;date&gt;.tar.zst。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Stop reading after this many seconds (default 30).</source>
        <translation>この秒数が経過したら読み取りを停止します (デフォルト 30)。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>At most this many MiB before compression (default 64).</source>
        <translation>圧縮前のサイズの上限 (MiB 単位、デフォルト 64)。</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Collect from this root directory (a mounted image, a test fixture) instead of the live system; no kernel log or journal then.</source>
        <translation>ライブシステムの代わりに、このルートディレクトリ (マウントしたイメージ、テストフィクスチャ) から収集します。この場合、カーネルログとジャーナルは収集しません。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>--time-limit: a number of seconds from 1 to 3600</source>
        <translation>--time-limit: 1 から 3600 までの秒数を指定してください</translation>
    </message>
    <message>
        <source>--size-limit: a number of MiB from 1 to 4096</source>
        <translation>--size-limit: 1 から 4096 までの MiB 数を指定してください</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>除外: %1</translation>
    </message>
    <message>
        <source>cut short: %1</source>
        <translation>切り詰め: %1</translation>
    </message>
    <message>
        <source>stopped early: %1</source>
        <translation>早期停止: %1</translation>
    </message>
    <message>
        <source>wrote %1: %2 files, %3 before compression%4, in %5 s</source>
        <translation>%1 を書き出しました: ファイル %2 個、%3 (圧縮前)%4、%5 秒</translation>
    </message>
    <message>
        <source>the bundle to standard output</source>
        <translation>バンドル (標準出力)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Run &quot;%1 &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation>各コマンドのオプションは &quot;%1 &lt;command&gt; --help&quot; で表示できます。</translation>
    </message>
    <message>
        <source>OOM Lens: finds Linux out-of-memory incidents in logs and explains them.</source>
        <translation>OOM Lens: ログから Linux のメモリ不足 (OOM) インシデントを見つけて説明します。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>実行するコマンド。</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>コマンドが指定されていません</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>不明なコマンド &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n kernel thread(s) and exited task(s) without memory are not listed: the OOM killer never chooses them (oom_score 0).</source>
        <translation>
            <numerusform>メモリを持たないカーネルスレッドと終了済みタスク %n 個は一覧に含めていません: OOM Killerがこれらを選ぶことはありません (oom_score 0)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Victim ranking for a global OOM now, as Linux %1 ranks (formula of %2)</source>
        <translation>現時点でグローバル OOM が起きた場合の犠牲プロセスのランキング (Linux %1 の順位付け、%2 の計算式)</translation>
    </message>
    <message>
        <source>Victim ranking for a global OOM on the system of %1, as Linux %2 ranks (formula of %3)</source>
        <translation>%1 のシステムでグローバル OOM が起きた場合の犠牲プロセスのランキング (Linux %2 の順位付け、%3 の計算式)</translation>
    </message>
    <message>
        <source>totalpages %1 = RAM %2 + swap %3 (pages of %4 KiB)</source>
        <translation>totalpages %1 = RAM %2 + スワップ %3 (%4 KiB のページ)</translation>
    </message>
    <message>
        <source>Predicted victim: %1 (%2), oom_score %3</source>
        <translation>予測される犠牲プロセス: %1 (%2)、oom_score %3</translation>
    </message>
    <message>
        <source>Predicted victim: none (no task can be chosen)</source>
        <translation>予測される犠牲プロセス: なし (選択できるタスクがありません)</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>順位</translation>
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
        <translation>ポイント</translation>
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
        <translation>スワップ</translation>
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
        <translation>… ほか %1 件 (すべて表示するには --limit 0)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>注記:</translation>
    </message>
    <message>
        <source>Ranks the processes as the kernel&apos;s OOM killer would for a global OOM right now: each task&apos;s points and the oom_score it predicts, highest first.</source>
        <translation>現時点でグローバル OOM が起きた場合にカーネルの OOM Killerが行うのと同じ方法でプロセスを順位付けします: 各タスクのポイントと、そこから予測される oom_score を高い順に表示します。</translation>
    </message>
    <message>
        <source>Write JSON (schema oomlens.rank/1) instead of a table.</source>
        <translation>表の代わりに JSON (スキーマ oomlens.rank/1) を出力します。</translation>
    </message>
    <message>
        <source>Show the first N tasks (0: all). Default: %1 in the table, all in JSON.</source>
        <translation>先頭 N 個のタスクを表示します (0: すべて)。デフォルト: 表では %1、JSON ではすべて。</translation>
    </message>
    <message>
        <source>Rank the system below DIR (a collected bundle) instead of /.</source>
        <translation>/ の代わりに DIR (収集したバンドル) 以下のシステムを順位付けします。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>予期しない引数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--limit needs a number, 0 or more</source>
        <translation>--limit には 0 以上の数値を指定してください</translation>
    </message>
    <message>
        <source>--with: unknown file &quot;%1&quot; (use stat, oom_score, cmdline, smaps_rollup or pagetypeinfo)</source>
        <translation>--with: 不明なファイル &quot;%1&quot; (stat、oom_score、cmdline、smaps_rollup、pagetypeinfo のいずれかを使用してください)</translation>
    </message>
    <message>
        <source>Not read, to keep the snapshot fast and light: %1 (add them with --with). oom_score is predicted from status and oom_score_adj instead.</source>
        <translation>スナップショットを高速かつ軽量にするため、次は読み取っていません: %1 (--with で追加できます)。oom_score は代わりに status と oom_score_adj から予測しています。</translation>
    </message>
    <message>
        <source>Snapshot of %1 at %2 (Linux %3, host %4)</source>
        <translation>%1 のスナップショット (%2 時点、Linux %3、ホスト %4)</translation>
    </message>
    <message>
        <source>Memory: total %1, available %2, free %3; swap total %4, free %5</source>
        <translation>メモリ: 合計 %1、利用可能 %2、空き %3。スワップ: 合計 %4、空き %5</translation>
    </message>
    <message>
        <source>Memory pressure: some %1 % / full %2 % of the last 10 s</source>
        <translation>メモリプレッシャー: 直近 10 秒間で some %1 % / full %2 %</translation>
    </message>
    <message>
        <source>node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空き</translation>
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
        <translation>最大空きブロック</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <source>%1 processes (%2 kernel threads), %3 cgroups</source>
        <translation>プロセス %1 個 (カーネルスレッド %2 個)、cgroup %3 個</translation>
    </message>
    <message>
        <source>A global OOM now would kill %1 (%2); `oomlens-cli rank` shows the ranking.</source>
        <translation>現時点でグローバル OOM が起きると %1 (%2) が強制終了されます。ランキングは `oomlens-cli rank` で確認できます。</translation>
    </message>
    <message>
        <source>(--json prints everything: vmstat, buddy lists, cgroups, every task.)</source>
        <translation>(--json ではすべてを出力します: vmstat、バディリスト、cgroup、全タスク。)</translation>
    </message>
    <message>
        <source>Prints the memory state of the system: meminfo, vmstat, zones and buddy lists, pressure, swap, vm sysctls, THP, NUMA, the cgroup tree and every process.</source>
        <translation>システムのメモリ状態を表示します: meminfo、vmstat、ゾーンとバディリスト、プレッシャー、スワップ、vm sysctl、THP、NUMA、cgroup ツリー、全プロセス。</translation>
    </message>
    <message>
        <source>Write everything as JSON (schema oomlens.snapshot/1).</source>
        <translation>すべてを JSON (スキーマ oomlens.snapshot/1) で出力します。</translation>
    </message>
    <message>
        <source>Read the system below DIR (a collected bundle, or its archive) instead of /.</source>
        <translation>/ の代わりに DIR (収集したバンドルまたはそのアーカイブ) 以下のシステムを読み取ります。</translation>
    </message>
    <message>
        <source>Also read these files: stat (each process&apos;s start time), oom_score (the kernel&apos;s own, next to the prediction), cmdline, smaps_rollup (PSS; slow), pagetypeinfo (free blocks per migrate type; holds the zone locks).</source>
        <translation>次のファイルも読み取ります: stat (各プロセスの開始時刻)、oom_score (カーネル自身の値。予測値と並べて表示)、cmdline、smaps_rollup (PSS。低速)、pagetypeinfo (移動タイプごとの空きブロック。ゾーンロックを保持します)。</translation>
    </message>
    <message>
        <source>Find OOM incidents in logs and explain them</source>
        <translation>ログから OOM インシデントを見つけて説明する</translation>
    </message>
    <message>
        <source>Gather this system&apos;s memory state and logs into a bundle</source>
        <translation>このシステムのメモリ状態とログをバンドルに収集する</translation>
    </message>
    <message>
        <source>Rank the processes as the OOM killer would now</source>
        <translation>OOM Killerが現時点で行うようにプロセスを順位付けする</translation>
    </message>
    <message>
        <source>Print the memory state of the system</source>
        <translation>システムのメモリ状態を表示する</translation>
    </message>
    <message>
        <source>Print each new OOM incident as it happens</source>
        <translation>新しい OOM インシデントを発生時に表示する</translation>
    </message>
    <message>
        <source>Cause: %1 [%2]</source>
        <translation>原因: %1 [%2]</translation>
    </message>
    <message>
        <source>Follows the live kernel log (/dev/kmsg, else the journal, else /var/log/kern.log or /var/log/messages) and prints each new OOM incident as it happens, until interrupted. Standard error says which log is followed and why.</source>
        <translation>ライブのカーネルログ (/dev/kmsg、なければジャーナル、それもなければ /var/log/kern.log または /var/log/messages) を追跡し、中断されるまで新しい OOM インシデントを発生時に表示します。どのログをなぜ追跡しているかは標準エラー出力に表示します。</translation>
    </message>
    <message>
        <source>Print each incident as one oomlens.report/1 event object per line (compact JSON).</source>
        <translation>各インシデントを 1 行に 1 つの oomlens.report/1 イベントオブジェクト (コンパクトな JSON) として出力します。</translation>
    </message>
    <message>
        <source>Also print the incidents the log already holds.</source>
        <translation>ログに既に記録されているインシデントも表示します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>--set %1: expected KEY=VALUE</source>
        <translation>--set %1: KEY=VALUE の形式で指定してください</translation>
    </message>
    <message>
        <source>Apply these changes? [y/N] </source>
        <translation>これらの変更を適用しますか? [y/N] </translation>
    </message>
    <message>
        <source>Plans a remedy (%1) from an analysed incident and the live system, shows it, and applies it through oomlens-helper and systemd after you confirm. Every change is authorized by polkit and can be undone.</source>
        <translation>解析したインシデントと稼働中のシステムから対処 (%1) を計画して表示し、確認後に oomlens-helper と systemd を通じて適用します。すべての変更は polkit で認可され、元に戻せます。</translation>
    </message>
    <message>
        <source>Print the plan and change nothing.</source>
        <translation>計画を表示するだけで何も変更しません。</translation>
    </message>
    <message>
        <source>Apply without asking (the plan is still printed).</source>
        <translation>確認せずに適用します (計画は表示されます)。</translation>
    </message>
    <message>
        <source>Take the values from an oomlens.report/1 JSON file.</source>
        <translation>oomlens.report/1 の JSON ファイルから値を取ります。</translation>
    </message>
    <message>
        <source>The incident of the report (&quot;&lt;input&gt;:&lt;first line&gt;&quot;).</source>
        <translation>レポート内のインシデント (&quot;&lt;入力&gt;:&lt;最初の行&gt;&quot;)。</translation>
    </message>
    <message>
        <source>Plan against the system below DIR (implies --dry-run).</source>
        <translation>DIR 以下のシステムに対して計画します (--dry-run を含みます)。</translation>
    </message>
    <message>
        <source>limits, cpuset: the cgroup path.</source>
        <translation>limits, cpuset: cgroup のパス。</translation>
    </message>
    <message>
        <source>limits, cpuset, oom-priority, systemd-policy: the systemd unit.</source>
        <translation>limits, cpuset, oom-priority, systemd-policy: systemd ユニット。</translation>
    </message>
    <message>
        <source>limits: max, high or swap-max.</source>
        <translation>limits: max、high、swap-max のいずれか。</translation>
    </message>
    <message>
        <source>limits: the new limit (2G, 512M, bytes, or max).</source>
        <translation>limits: 新しい制限 (2G、512M、バイト数、または max)。</translation>
    </message>
    <message>
        <source>limits: accept a maximum below the current usage.</source>
        <translation>limits: 現在の使用量を下回る上限を受け入れます。</translation>
    </message>
    <message>
        <source>cpuset: NUMA nodes, e.g. 0-1.</source>
        <translation>cpuset: NUMA ノード (例: 0-1)。</translation>
    </message>
    <message>
        <source>compaction: one NUMA node (default: all).</source>
        <translation>compaction: 対象の NUMA ノード (既定: すべて)。</translation>
    </message>
    <message>
        <source>compaction, systemd-policy: a sysctl to set, KEY=VALUE.</source>
        <translation>compaction（コンパクション）、systemd-policy: 設定する sysctl (KEY=VALUE)。</translation>
    </message>
    <message>
        <source>Also keep the change across reboots (sysctl.d, systemd drop-in).</source>
        <translation>変更を再起動後も保持します (sysctl.d、systemd のドロップイン)。</translation>
    </message>
    <message>
        <source>swap: where the swap file goes.</source>
        <translation>swap: スワップファイルを置く場所。</translation>
    </message>
    <message>
        <source>swap: the size of the swap file (e.g. 4G).</source>
        <translation>swap: スワップファイルのサイズ (例: 4G)。</translation>
    </message>
    <message>
        <source>swap: the swap priority.</source>
        <translation>swap: スワップの優先度。</translation>
    </message>
    <message>
        <source>swap: do not add an /etc/fstab line.</source>
        <translation>swap: /etc/fstab に行を追加しません。</translation>
    </message>
    <message>
        <source>swap: also set vm.swappiness.</source>
        <translation>swap: vm.swappiness も設定します。</translation>
    </message>
    <message>
        <source>oom-priority: a running process.</source>
        <translation>oom-priority: 実行中のプロセス。</translation>
    </message>
    <message>
        <source>oom-priority: the oom_score_adj (-1000 to 1000).</source>
        <translation>oom-priority: oom_score_adj (-1000〜1000)。</translation>
    </message>
    <message>
        <source>oom-priority: OOMPolicy= continue, stop or kill.</source>
        <translation>oom-priority: OOMPolicy= の continue、stop、kill のいずれか。</translation>
    </message>
    <message>
        <source>systemd-policy: ManagedOOMMemoryPressure= auto or kill.</source>
        <translation>systemd-policy: ManagedOOMMemoryPressure= の auto または kill。</translation>
    </message>
    <message>
        <source>systemd-policy: ManagedOOMSwap= auto or kill.</source>
        <translation>systemd-policy: ManagedOOMSwap= の auto または kill。</translation>
    </message>
    <message>
        <source>name one wizard: %1</source>
        <translation>ウィザードを 1 つ指定してください: %1</translation>
    </message>
    <message>
        <source>%1 is not a wizard; the wizards are: %2</source>
        <translation>%1 はウィザードではありません。ウィザードは次のとおりです: %2</translation>
    </message>
    <message>
        <source>--from-report and --incident go together</source>
        <translation>--from-report と --incident は一緒に指定してください</translation>
    </message>
    <message>
        <source>%1 is not a size such as 4G or 512M</source>
        <translation>%1 は 4G や 512M のようなサイズではありません</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 は数値ではありません</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>何も変更していません</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>確認済み: %1</translation>
    </message>
    <message>
        <source>Not yet in effect: %1</source>
        <translation>まだ反映されていません: %1</translation>
    </message>
    <message>
        <source>Undo with the app, or: busctl call io.github.oomlens.Helper1 /io/github/oomlens/Helper1 io.github.oomlens.Helper1 Undo x %1</source>
        <translation>元に戻すにはアプリを使うか、次を実行します: busctl call io.github.oomlens.Helper1 /io/github/oomlens/Helper1 io.github.oomlens.Helper1 Undo x %1</translation>
    </message>
    <message>
        <source>Plan and apply a remedy for an incident (swap, limits, ...)</source>
        <translation>インシデントへの対処 (スワップ、メモリ制限など) を計画して適用する</translation>
    </message>
    <message>
        <source>Speak this language (%1) instead of the saved setting&apos;s or the environment&apos;s.</source>
        <translation>保存された設定や環境の言語の代わりに、この言語 (%1) で表示します。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; for --lang (available: %2)</source>
        <translation>--lang に指定された言語 &quot;%1&quot; は不明です (使用可能: %2)</translation>
    </message>
</context>
<context>
    <name>CollectLogs</name>
    <message>
        <source>the journal cannot be opened: %1</source>
        <translation>ジャーナルを開けません: %1</translation>
    </message>
    <message>
        <source>not root: the journal shows only what this user may read (members of systemd-journal or adm see the system journal)</source>
        <translation>root ではありません: ジャーナルにはこのユーザーが読めるものだけが表示されます (systemd-journal または adm グループのメンバーはシステムジャーナルを参照できます)</translation>
    </message>
    <message>
        <source>the oldest records were left out to stay within %1</source>
        <translation>%1 に収めるため、最も古いレコードを除外しました</translation>
    </message>
    <message>
        <source>/dev/kmsg holds no records</source>
        <translation>/dev/kmsg にレコードがありません</translation>
    </message>
    <message>
        <source>/dev/kmsg: permission denied (kernel.dmesg_restrict is set)</source>
        <translation>/dev/kmsg: 権限がありません (kernel.dmesg_restrict が設定されています)</translation>
    </message>
    <message>
        <source>/dev/kmsg: %1</source>
        <translation>/dev/kmsg: %1</translation>
    </message>
    <message>
        <source>the journal cannot be queried for this boot</source>
        <translation>このブートのジャーナルを照会できません</translation>
    </message>
    <message>
        <source>the time limit ended the journal read</source>
        <translation>時間制限によりジャーナルの読み取りを終了しました</translation>
    </message>
    <message>
        <source>the oldest messages were left out to stay within %1</source>
        <translation>%1 に収めるため、最も古いメッセージを除外しました</translation>
    </message>
    <message>
        <source>the journal (kernel messages of this boot)</source>
        <translation>ジャーナル (このブートのカーネルメッセージ)</translation>
    </message>
    <message>
        <source>the journal holds no kernel messages of this boot</source>
        <translation>ジャーナルにこのブートのカーネルメッセージがありません</translation>
    </message>
    <message>
        <source>the journal: this build has no libsystemd</source>
        <translation>ジャーナル: このビルドには libsystemd がありません</translation>
    </message>
    <message>
        <source>the journal</source>
        <translation>ジャーナル</translation>
    </message>
    <message>
        <source>the journal holds no OOM-related entries</source>
        <translation>ジャーナルに OOM 関連のエントリがありません</translation>
    </message>
    <message>
        <source>the journal is empty or absent for this user (no readable files under /var/log/journal or /run/log/journal)</source>
        <translation>このユーザーにはジャーナルが空か存在しません (/var/log/journal または /run/log/journal に読み取れるファイルがありません)</translation>
    </message>
    <message>
        <source>the time limit ended the journal read; older entries are missing</source>
        <translation>時間制限によりジャーナルの読み取りを終了しました。古いエントリが欠けています</translation>
    </message>
    <message>
        <source>older entries were left out to stay within %1</source>
        <translation>%1 に収めるため、古いエントリを除外しました</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>Free memory moves all the time; compare the limits and sizes.</source>
        <translation>空きメモリは常に変動します。上限とサイズを比べてください。</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>スワップ</translation>
    </message>
    <message>
        <source>cgroup gone</source>
        <translation>cgroup は存在しません</translation>
    </message>
    <message>
        <source>Cgroup %1</source>
        <translation>cgroup %1</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>メモリ上限</translation>
    </message>
    <message>
        <source>Watermarks</source>
        <translation>ウォーターマーク</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 の min</translation>
    </message>
    <message>
        <source>zone absent</source>
        <translation>ゾーンなし</translation>
    </message>
    <message>
        <source>Top processes then</source>
        <translation>当時の上位プロセス</translation>
    </message>
    <message>
        <source>%1, oom_score_adj %2</source>
        <translation>%1、oom_score_adj %2</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>実行されていません</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>%1 位 %2</translation>
    </message>
    <message>
        <source>pid %1 now (matched by name)</source>
        <translation>現在は pid %1 (名前で照合)</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Incident against now</source>
        <translation>インシデントと現在の比較</translation>
    </message>
    <message>
        <source>Pick an incident to compare its moment with the live system.</source>
        <translation>インシデントを選ぶと、その時点と現在のシステムを比較します。</translation>
    </message>
    <message>
        <source>Reading the live system…</source>
        <translation>現在のシステムを読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) differ between the incident and now.</source>
        <translation>
            <numerusform>インシデント時と現在で %n 個の値が異なります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Value</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>At the incident</source>
        <translation>インシデント時</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (変更あり)</translation>
    </message>
</context>
<context>
    <name>ComparisonText</name>
    <message>
        <source>The selected task %1 (%2) is not in the task table.</source>
        <translation>選択されたタスク %1 (%2) はタスク表にありません。</translation>
    </message>
    <message>
        <source>Before 2.6.36 the score is divided by the square roots of the task&apos;s cpu and run time, which the report does not print: %1 is an upper bound.</source>
        <translation>2.6.36 より前では、スコアはタスクの CPU 時間と実行時間の平方根で割られますが、レポートにはそれらが出力されていません: %1 は上限値です。</translation>
    </message>
    <message>
        <source>totalpages is unknown, so the score cannot be recomputed.</source>
        <translation>totalpages が不明なため、スコアを再計算できません。</translation>
    </message>
    <message>
        <source>The printed score %1 matches only without the root bonus: pid %2 runs as uid 0 but without CAP_SYS_ADMIN (containers drop it).</source>
        <translation>出力されたスコア %1 は root ボーナスを除いた場合にのみ一致します: pid %2 は uid 0 で動作していますが、CAP_SYS_ADMIN を持っていません (コンテナでは削除されます)。</translation>
    </message>
    <message>
        <source>The printed score matches the formula of %1.</source>
        <translation>出力されたスコアは %1 の計算式と一致します。</translation>
    </message>
    <message>
        <source>Off by one: the counters moved between the selection and the dump.</source>
        <translation>1 の差: 選択からダンプまでの間にカウンターが変化しました。</translation>
    </message>
    <message>
        <source>The printed score implies totalpages between %1 and %2, not %3.</source>
        <translation>出力されたスコアから推定される totalpages は %3 ではなく、%1 から %2 の間です。</translation>
    </message>
    <message>
        <source>vm.oom_kill_allocating_task is set: the kernel killed the allocating task without ranking.</source>
        <translation>vm.oom_kill_allocating_task が設定されています: カーネルはランキングを行わずに、割り当てを要求したタスクを強制終了しました。</translation>
    </message>
    <message>
        <source>The task table is cut: some tasks are missing.</source>
        <translation>タスク表が途中で切れています: 一部のタスクが欠けています。</translation>
    </message>
    <message>
        <source>No task is eligible, and the kernel found no killable process either.</source>
        <translation>対象となるタスクがなく、カーネルも強制終了できるプロセスを見つけられませんでした。</translation>
    </message>
    <message>
        <source>The report was rate-limited: only the kill line is in the log, no task table.</source>
        <translation>レポートはレート制限されていました: ログには強制終了の行だけがあり、タスク表はありません。</translation>
    </message>
    <message>
        <source>The report has no task table (vm.oom_dump_tasks = 0, the default before 2.6.36, or lines lost).</source>
        <translation>レポートにタスク表がありません (vm.oom_dump_tasks = 0 (2.6.36 より前のデフォルト)、または行の欠落)。</translation>
    </message>
    <message>
        <source>The task table header is there but its rows are not.</source>
        <translation>タスク表のヘッダーはありますが、行がありません。</translation>
    </message>
    <message>
        <source>Without totalpages the order of these tasks cannot be known.</source>
        <translation>totalpages がないと、これらのタスクの順序はわかりません。</translation>
    </message>
    <message>
        <source>The log does not say which task the kernel killed.</source>
        <translation>カーネルがどのタスクを強制終了したかはログに記録されていません。</translation>
    </message>
    <message>
        <source>No kill line: compared with the task the kernel selected.</source>
        <translation>強制終了の行がありません: カーネルが選択したタスクと比較しました。</translation>
    </message>
    <message>
        <source>The kill line names pid %1, a thread of %2 (pid %3 in the table).</source>
        <translation>強制終了の行は pid %1 を示しています。これは %2 のスレッドです (表では pid %3)。</translation>
    </message>
    <message>
        <source>The selection line names pid %1, a thread of %2 (pid %3 in the table).</source>
        <translation>選択行は pid %1 を示しています。これは %2 のスレッドです (表では pid %3)。</translation>
    </message>
    <message>
        <source>Agrees once pid %1, killed by an earlier OOM kill, is skipped as already reaped.</source>
        <translation>以前の OOM による強制終了で処理された pid %1 を回収済みとして除外すると一致します。</translation>
    </message>
    <message>
        <source>The killed task %1 (%2) is not in the task table.</source>
        <translation>強制終了されたタスク %1 (%2) はタスク表にありません。</translation>
    </message>
    <message>
        <source>The kernel selected %1 (pid %2) as predicted, then killed %3 (pid %4): up to 5.0 a child with its own memory dies in place of the selected parent.</source>
        <translation>カーネルは予測どおり %1 (pid %2) を選択し、その後 %3 (pid %4) を強制終了しました: 5.0 までは、自身のメモリを持つ子プロセスが、選択された親の代わりに強制終了されます。</translation>
    </message>
    <message>
        <source>Up to 5.0 the kernel kills a child of the selected task in its place; %1 may be a child of %2.</source>
        <translation>5.0 までは、カーネルは選択したタスクの代わりにその子を強制終了します。%1 は %2 の子である可能性があります。</translation>
    </message>
    <message>
        <source>Both score %1: the tie rule decides, and it is not certain for this kernel.</source>
        <translation>どちらもスコアは %1 です: 同点時の規則で決まりますが、このカーネルでの規則は確実ではありません。</translation>
    </message>
    <message>
        <source>The scores differ by %1 pages only: the rss counters are batched per thread and the table is printed after the choice.</source>
        <translation>スコアの差はわずか %1 ページです: rss カウンターはスレッドごとにまとめて更新され、表は選択の後に出力されます。</translation>
    </message>
    <message>
        <source>Under the formula of %1, which the text does not rule out, %2 would have been chosen.</source>
        <translation>テキストからは除外できない %1 の計算式では、%2 が選ばれていたはずです。</translation>
    </message>
    <message>
        <source>Without the root bonus for uid-0 tasks (CAP_SYS_ADMIN is not in the report) %1 would have been chosen.</source>
        <translation>uid 0 のタスクに対する root ボーナスがなければ (CAP_SYS_ADMIN はレポートにありません)、%1 が選ばれていたはずです。</translation>
    </message>
    <message>
        <source>The report does not explain the difference.</source>
        <translation>レポートからはこの差を説明できません。</translation>
    </message>
    <message>
        <source>The log starts at the kill line: the report before it, with its task table, was not copied.</source>
        <translation>ログは強制終了の行から始まっています。その前のレポート (タスク一覧を含む) はコピーされていません。</translation>
    </message>
</context>
<context>
    <name>DecompressStream</name>
    <message>
        <source>cannot start the gzip decoder</source>
        <translation>gzip デコーダーを開始できません</translation>
    </message>
    <message>
        <source>compressed data is truncated</source>
        <translation>圧縮データが途中で切れています</translation>
    </message>
    <message>
        <source>compressed data is corrupt (%1)</source>
        <translation>圧縮データが破損しています (%1)</translation>
    </message>
    <message>
        <source>cannot start the zstd decoder</source>
        <translation>zstd デコーダーを開始できません</translation>
    </message>
</context>
<context>
    <name>DecompressionGuard</name>
    <message>
        <source>decompressed size exceeds the limit of %1</source>
        <translation>展開後のサイズが上限 %1 を超えています</translation>
    </message>
    <message>
        <source>compression ratio exceeds %1:1</source>
        <translation>圧縮率が %1:1 を超えています</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraText</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The header has symbolic gfp flags but no nodemask (4.5–4.8).</source>
        <translation>ヘッダーにシンボル表記の gfp フラグがあり、nodemask がありません (4.5–4.8)。</translation>
    </message>
    <message>
        <source>The text fits kernels %1 to %2; the formula of %3 was used.</source>
        <translation>テキストは %1 から %2 までのカーネルに合致します。%3 の計算式を使用しました。</translation>
    </message>
    <message>
        <source>today</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>The task table has cpu and oom_adj columns (2.6.25–2.6.35).</source>
        <translation>タスク表に cpu と oom_adj の列があります (2.6.25–2.6.35)。</translation>
    </message>
    <message>
        <source>The task table has cpu, oom_adj and oom_score_adj columns (2.6.36–3.4).</source>
        <translation>タスク表に cpu、oom_adj、oom_score_adj の列があります (2.6.36–3.4)。</translation>
    </message>
    <message>
        <source>The task table has nr_ptes and swapents columns (3.5–3.19).</source>
        <translation>タスク表に nr_ptes と swapents の列があります (3.5–3.19)。</translation>
    </message>
    <message>
        <source>The task table has an nr_pmds column (4.0–4.14).</source>
        <translation>タスク表に nr_pmds 列があります (4.0–4.14)。</translation>
    </message>
    <message>
        <source>The task table has a pgtables_bytes column (4.15+).</source>
        <translation>タスク表に pgtables_bytes 列があります (4.15+)。</translation>
    </message>
    <message>
        <source>The task table splits rss into rss_anon, rss_file and rss_shmem (6.8+).</source>
        <translation>タスク表で rss が rss_anon、rss_file、rss_shmem に分かれています (6.8+)。</translation>
    </message>
    <message>
        <source>The task dump starts with &quot;Tasks state (memory values in pages)&quot; (4.19+).</source>
        <translation>タスクダンプが &quot;Tasks state (memory values in pages)&quot; で始まります (4.19+)。</translation>
    </message>
    <message>
        <source>The header prints oom_adj (or oomkilladj) only (up to 2.6.35).</source>
        <translation>ヘッダーには oom_adj (または oomkilladj) のみが出力されます (2.6.35 まで)。</translation>
    </message>
    <message>
        <source>The header prints both oom_adj and oom_score_adj (2.6.36–3.6).</source>
        <translation>ヘッダーには oom_adj と oom_score_adj の両方が出力されます (2.6.36–3.6)。</translation>
    </message>
    <message>
        <source>The header prints oom_score_adj only (3.7+).</source>
        <translation>ヘッダーには oom_score_adj のみが出力されます (3.7+)。</translation>
    </message>
    <message>
        <source>The header decodes the gfp flags symbolically (4.5+).</source>
        <translation>ヘッダーで gfp フラグがシンボル表記に変換されています (4.5+)。</translation>
    </message>
    <message>
        <source>The header prints nodemask= (4.9–4.20).</source>
        <translation>ヘッダーに nodemask= が出力されます (4.9–4.20)。</translation>
    </message>
    <message>
        <source>A separate cpuset line follows the header (up to 4.20).</source>
        <translation>ヘッダーの後に別の cpuset 行が続きます (4.20 まで)。</translation>
    </message>
    <message>
        <source>The stack dump header prints UID: (6.10+).</source>
        <translation>スタックダンプのヘッダーに UID: が出力されます (6.10+)。</translation>
    </message>
    <message>
        <source>&quot;COMPACTION is disabled!!!&quot; is printed (4.9+).</source>
        <translation>&quot;COMPACTION is disabled!!!&quot; が出力されます (4.9+)。</translation>
    </message>
    <message>
        <source>&quot;Task in … killed as a result of limit of …&quot; is printed (up to 4.20).</source>
        <translation>&quot;Task in … killed as a result of limit of …&quot; が出力されます (4.20 まで)。</translation>
    </message>
    <message>
        <source>The memcg report has a kmem: line (3.8+).</source>
        <translation>memcg レポートに kmem: 行があります (3.8+)。</translation>
    </message>
    <message>
        <source>The memcg report has a cgroup v2 swap: line (5.3+).</source>
        <translation>memcg レポートに cgroup v2 の swap: 行があります (5.3+)。</translation>
    </message>
    <message>
        <source>The memcg statistics are printed inline in KB (3.9–5.2).</source>
        <translation>memcg の統計が KB 単位でインライン出力されています (3.9–5.2)。</translation>
    </message>
    <message>
        <source>The memcg statistics are a memory.stat dump in bytes (5.3+).</source>
        <translation>memcg の統計がバイト単位の memory.stat ダンプです (5.3+)。</translation>
    </message>
    <message>
        <source>memory.stat has workingset_refault_anon or percpu (5.9+).</source>
        <translation>memory.stat に workingset_refault_anon または percpu があります (5.9+)。</translation>
    </message>
    <message>
        <source>The memcg statistics use the v1 memory.stat format (6.5+).</source>
        <translation>memcg の統計が v1 の memory.stat 形式を使用しています (6.5+)。</translation>
    </message>
    <message>
        <source>memory.stat still has a single workingset_refault key (5.3–5.8).</source>
        <translation>memory.stat にはまだ単一の workingset_refault キーがあります (5.3–5.8)。</translation>
    </message>
    <message>
        <source>memory.oom.group killed the whole cgroup (4.19+).</source>
        <translation>memory.oom.group によって cgroup 全体が強制終了されました (4.19+)。</translation>
    </message>
    <message>
        <source>Mem-Info has per-node lines (node-based LRU, 4.8+).</source>
        <translation>Mem-Info にノードごとの行があります (ノード単位の LRU、4.8+)。</translation>
    </message>
    <message>
        <source>The per-node line has kernel_stack (5.11+).</source>
        <translation>ノードごとの行に kernel_stack があります (5.11+)。</translation>
    </message>
    <message>
        <source>The zone lines print boost: (5.16+).</source>
        <translation>ゾーン行に boost: が出力されます (5.16+)。</translation>
    </message>
    <message>
        <source>The zone lines print reserved_highatomic: (5.8+).</source>
        <translation>ゾーン行に reserved_highatomic: が出力されます (5.8+)。</translation>
    </message>
    <message>
        <source>The zone lines print managed: (3.8+).</source>
        <translation>ゾーン行に managed: が出力されます (3.8+)。</translation>
    </message>
    <message>
        <source>Mem-Info counts sec_pagetables (6.1+).</source>
        <translation>Mem-Info が sec_pagetables を計上しています (6.1+)。</translation>
    </message>
    <message>
        <source>Mem-Info counts kernel_misc_reclaimable (between 5.11 and 5.15+).</source>
        <translation>Mem-Info が kernel_misc_reclaimable を計上しています (5.11 から 5.15+ の間)。</translation>
    </message>
    <message>
        <source>Mem-Info counts free_pcp (4.1+).</source>
        <translation>Mem-Info が free_pcp を計上しています (4.1+)。</translation>
    </message>
    <message>
        <source>Mem-Info still counts unstable pages (up to 5.7).</source>
        <translation>Mem-Info がまだ unstable ページを計上しています (5.7 まで)。</translation>
    </message>
    <message>
        <source>Per-node hugepages lines are printed (3.10+).</source>
        <translation>ノードごとの hugepages 行が出力されます (3.10+)。</translation>
    </message>
    <message>
        <source>The buddy lists show migrate types such as (UME) (3.8+).</source>
        <translation>バディリストに (UME) などの移動タイプが表示されます (3.8+)。</translation>
    </message>
    <message>
        <source>&quot;Kill process … score …&quot; is printed (up to 5.0).</source>
        <translation>&quot;Kill process … score …&quot; が出力されます (5.0 まで)。</translation>
    </message>
    <message>
        <source>The selection score %1 is beyond the 0–2000 scale of 2.6.36+ (up to 2.6.35).</source>
        <translation>選択行のスコア %1 は 2.6.36+ の 0–2000 の尺度を超えています (2.6.35 まで)。</translation>
    </message>
    <message>
        <source>The oom-kill: summary line is printed (5.0+, backported by RHEL 7).</source>
        <translation>oom-kill: サマリー行が出力されます (5.0+、RHEL 7 にバックポート)。</translation>
    </message>
    <message>
        <source>The summary line has no constraint: the RHEL 7 backport (3.10 with the 3.14 root bonus).</source>
        <translation>サマリー行に constraint がありません: RHEL 7 のバックポート (3.14 の root ボーナスを持つ 3.10)。</translation>
    </message>
    <message>
        <source>&quot;OOM victim … is already exiting&quot; is printed (5.9+).</source>
        <translation>&quot;OOM victim … is already exiting&quot; が出力されます (5.9+)。</translation>
    </message>
    <message>
        <source>The kill line prints UID, pgtables and oom_score_adj (5.4+).</source>
        <translation>強制終了の行に UID、pgtables、oom_score_adj が出力されます (5.4+)。</translation>
    </message>
    <message>
        <source>The kill line has the 5.1 message prefix but no summary line: RHEL 8 (4.18).</source>
        <translation>強制終了の行に 5.1 のメッセージ接頭辞がありますが、サマリー行がありません: RHEL 8 (4.18)。</translation>
    </message>
    <message>
        <source>The kill line starts with the OOM message (5.1+, RHEL 8).</source>
        <translation>強制終了の行が OOM メッセージで始まります (5.1+、RHEL 8)。</translation>
    </message>
    <message>
        <source>The kill line prints shmem-rss (4.5+) next to a 3.x task table: RHEL 7 (3.10 with the 3.14 root bonus).</source>
        <translation>強制終了の行に shmem-rss が出力され (4.5+)、タスク表は 3.x 形式です: RHEL 7 (3.14 の root ボーナスを持つ 3.10)。</translation>
    </message>
    <message>
        <source>The kill line prints shmem-rss without a message prefix (4.5–5.0).</source>
        <translation>強制終了の行に shmem-rss が出力されますが、メッセージ接頭辞がありません (4.5–5.0)。</translation>
    </message>
    <message>
        <source>The header is &quot;oom-killer: gfp_mask=…&quot; without the task&apos;s name or an adjustment (before 2.6.2x).</source>
        <translation>ヘッダーがタスク名も調整値もない &quot;oom-killer: gfp_mask=…&quot; の形式です (2.6.2x より前)。</translation>
    </message>
    <message>
        <source>The text fits several formulas; the stack dump names kernel %1, whose formula (%2) was used.</source>
        <translation>テキストは複数の計算式に合致します。スタックダンプがカーネル %1 を示しているため、その計算式 (%2) を使用しました。</translation>
    </message>
    <message>
        <source>The stack dump names kernel %1, but the report&apos;s text rules out that version&apos;s formula (a backport): the text decides.</source>
        <translation>スタックダンプはカーネル %1 を示していますが、レポートのテキストがそのバージョンの計算式を否定しています (バックポート)。テキストを優先します。</translation>
    </message>
    <message>
        <source>The stack dump names %1, a vendor kernel that carries backported OOM code: its version does not tell the formula.</source>
        <translation>スタックダンプは %1 を示しています。これは OOM のコードがバックポートされたベンダーカーネルのため、バージョンから計算式は判断できません。</translation>
    </message>
    <message>
        <source>The stack dump names %1: 3.10 stable kernels took the 3.14 root bonus (3.10.99), so the version does not tell the formula.</source>
        <translation>スタックダンプは %1 を示しています。3.10 の安定版カーネルは 3.14 の root ボーナスを取り込んでいる (3.10.99) ため、バージョンから計算式は判断できません。</translation>
    </message>
    <message>
        <source>The stack dump names %1: late 5.4 stable kernels carry the 5.9 formula (5.4.273), so the version does not tell the formula.</source>
        <translation>スタックダンプは %1 を示しています。後期の 5.4 安定版カーネルは 5.9 の計算式を含む (5.4.273) ため、バージョンから計算式は判断できません。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the incident</source>
        <translation>インシデントをエクスポート</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>セッションをエクスポート</translation>
    </message>
    <message>
        <source>Markdown (for a ticket or a wiki)</source>
        <translation>Markdown (チケットや Wiki 向け)</translation>
    </message>
    <message>
        <source>HTML (for a browser or mail)</source>
        <translation>HTML (ブラウザーやメール向け)</translation>
    </message>
    <message>
        <source>JSON (for scripts)</source>
        <translation>JSON (スクリプト向け)</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>プレーンテキスト</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Redact host names, user names, home paths and IP addresses</source>
        <translation>ホスト名、ユーザー名、ホームのパス、IP アドレスを伏せる</translation>
    </message>
    <message>
        <source>Each is replaced by the same stand-in everywhere. Process names and cgroup paths stay: check them before you publish the report.</source>
        <translation>それぞれどこでも同じ代替文字列に置き換えられます。プロセス名と cgroup のパスはそのまま残るので、公開する前に確認してください。</translation>
    </message>
    <message>
        <source>Copy as text instead</source>
        <translation>代わりにテキストでコピー</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>FactTable</name>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>Show line %1 in the log</source>
        <translation>ログの %1 行目を表示</translation>
    </message>
</context>
<context>
    <name>FileFollowedLog</name>
    <message>
        <source>%1 was truncated (rotated by copytruncate); reading it from the start</source>
        <translation>%1 が切り詰められました (copytruncate によるローテーション)。先頭から読み直します</translation>
    </message>
    <message>
        <source>%1 was rotated; following the new file</source>
        <translation>%1 がローテーションされました。新しいファイルを追跡します</translation>
    </message>
</context>
<context>
    <name>FileStream</name>
    <message>
        <source>a directory</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>キャラクターデバイス</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ブロックデバイス</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイル以外</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>権限がありません</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>そのようなファイルやディレクトリはありません</translation>
    </message>
    <message>
        <source>a component of the path is not a directory</source>
        <translation>パスの途中にディレクトリでないものがあります</translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>シンボリックリンクの階層が深すぎます</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>ディレクトリです</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>入出力エラー</translation>
    </message>
    <message>
        <source>not a regular file (%1)</source>
        <translation>通常のファイルではありません (%1)</translation>
    </message>
</context>
<context>
    <name>FollowSourceSelector</name>
    <message>
        <source>%1, %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>/dev/kmsg: permission denied (kernel.dmesg_restrict=%1)</source>
        <translation>/dev/kmsg: 権限がありません (kernel.dmesg_restrict=%1)</translation>
    </message>
    <message>
        <source>/dev/kmsg: %1</source>
        <translation>/dev/kmsg: %1</translation>
    </message>
    <message>
        <source>following /dev/kmsg (the kernel&apos;s ring buffer) and the journal for userspace OOM killers</source>
        <translation>/dev/kmsg (カーネルのリングバッファ) と、ユーザー空間の OOM Killer用にジャーナルを追跡しています</translation>
    </message>
    <message>
        <source>following /dev/kmsg (the kernel&apos;s ring buffer), without userspace OOM killers: %1</source>
        <translation>/dev/kmsg (カーネルのリングバッファ) を追跡しています。ユーザー空間の OOM Killerは対象外です: %1</translation>
    </message>
    <message>
        <source>following the journal</source>
        <translation>ジャーナルを追跡しています</translation>
    </message>
    <message>
        <source>following %1</source>
        <translation>%1 を追跡しています</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no kernel log can be followed: %1</source>
        <translation>追跡できるカーネルログがありません: %1</translation>
    </message>
</context>
<context>
    <name>FragmentationPage</name>
    <message>
        <source>Fragmentation</source>
        <translation>断片化</translation>
    </message>
    <message>
        <source>The failed allocation asked for order %1: %2 contiguous pages.</source>
        <translation>失敗した割り当ては order %1、つまり連続した %2 ページを要求しました。</translation>
    </message>
    <message>
        <source>Order to assess</source>
        <translation>評価する order</translation>
    </message>
    <message>
        <source>Compact now…</source>
        <translation>今すぐコンパクション…</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>order</translation>
    </message>
    <message>
        <source>Free blocks</source>
        <translation>空きブロック数</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>ブロックサイズ</translation>
    </message>
    <message>
        <source>Free memory</source>
        <translation>空きメモリ</translation>
    </message>
    <message>
        <source>Unusable index</source>
        <translation>使用不能指数</translation>
    </message>
    <message>
        <source>Migrate types</source>
        <translation>マイグレートタイプ</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (失敗)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Largest free order</source>
        <translation>最大の空き order</translation>
    </message>
    <message>
        <source>Unusable free index at order %1 (×10)</source>
        <translation>order %1 の使用不能指数 (×10)</translation>
    </message>
</context>
<context>
    <name>HelperClient</name>
    <message>
        <source>This step is not made through oomlens-helper.</source>
        <translation>この手順は oomlens-helper を通じて行うものではありません。</translation>
    </message>
    <message>
        <source>The system bus cannot be reached: nothing was sent.</source>
        <translation>システムバスに接続できません。何も送信していません。</translation>
    </message>
    <message>
        <source>The service that makes this change is not installed or could not be started.</source>
        <translation>この変更を行うサービスがインストールされていないか、起動できませんでした。</translation>
    </message>
    <message>
        <source>No answer in time (was the authorization dialog left open?).</source>
        <translation>時間内に応答がありませんでした (認可ダイアログが開いたままではありませんか?)。</translation>
    </message>
</context>
<context>
    <name>HostCommand</name>
    <message>
        <source>no session bus to reach the host</source>
        <translation>ホストに到達するためのセッションバスがありません</translation>
    </message>
    <message>
        <source>the host refused to start %1: %2</source>
        <translation>ホストが %1 の起動を拒否しました: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 ms on the host</source>
        <translation>ホスト上の %1 が %2 ms 以内に終了しませんでした</translation>
    </message>
</context>
<context>
    <name>HostGatherReply</name>
    <message>
        <source>the host gatherer&apos;s reply is malformed at byte %1: %2</source>
        <translation>ホスト収集プログラムの応答がバイト %1 で不正です: %2</translation>
    </message>
    <message>
        <source>no record header</source>
        <translation>レコードのヘッダーがありません</translation>
    </message>
    <message>
        <source>the header is cut</source>
        <translation>ヘッダーが途中で切れています</translation>
    </message>
    <message>
        <source>a bad header</source>
        <translation>ヘッダーが不正です</translation>
    </message>
    <message>
        <source>the data is cut</source>
        <translation>データが途中で切れています</translation>
    </message>
</context>
<context>
    <name>HostGatherer</name>
    <message>
        <source>%1 failed on the host (exit status %2)</source>
        <translation>ホスト上で %1 が失敗しました (終了ステータス %2)</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>OOM Lens report</source>
        <translation>OOM Lens レポート</translation>
    </message>
    <message>
        <source>Generated by %1</source>
        <translation>%1 で作成</translation>
    </message>
    <message>
        <source>No OOM incidents found.</source>
        <translation>OOM インシデントは見つかりませんでした。</translation>
    </message>
    <message>
        <source>OOM incidents found: %1.</source>
        <translation>見つかった OOM インシデント: %1 件。</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>IncidentFacts</name>
    <message>
        <source>What happened</source>
        <translation>何が起きたか</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>契機</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>制約</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>スワップ</translation>
    </message>
    <message>
        <source>Panic</source>
        <translation>パニック</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>犠牲プロセス</translation>
    </message>
    <message>
        <source>Memory cgroup</source>
        <translation>メモリ cgroup</translation>
    </message>
    <message>
        <source>Limit hit in</source>
        <translation>上限に達した cgroup</translation>
    </message>
    <message>
        <source>Victim&apos;s cgroup</source>
        <translation>犠牲プロセスの cgroup</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>ユニット</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>カーネル</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
</context>
<context>
    <name>IncidentFormat</name>
    <message>
        <source>%1 s after boot</source>
        <extracomment>An incident without a wall-clock time: seconds since the machine booted.</extracomment>
        <translation>起動から %1 秒後</translation>
    </message>
    <message>
        <source>Kernel</source>
        <extracomment>Who killed the process: the Linux kernel&apos;s OOM killer.</extracomment>
        <translation>カーネル</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>The incident killed nothing (an allocation failure warning).</extracomment>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>ChromeOS tab manager</source>
        <extracomment>Who killed the process: Chrome&apos;s low-memory tab killer on ChromeOS.</extracomment>
        <translation>ChromeOS タブマネージャ</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Killer</source>
        <extracomment>Column: who killed (the kernel, systemd-oomd, earlyoom).</extracomment>
        <translation>強制終了した主体</translation>
    </message>
    <message>
        <source>Victim</source>
        <extracomment>Column: the process that was killed.</extracomment>
        <translation>犠牲プロセス</translation>
    </message>
    <message>
        <source>Cgroup or unit</source>
        <translation>cgroup またはユニット</translation>
    </message>
    <message>
        <source>Primary cause</source>
        <translation>主な原因</translation>
    </message>
</context>
<context>
    <name>IncidentPage</name>
    <message>
        <source>← All incidents</source>
        <translation>← すべてのインシデント</translation>
    </message>
    <message>
        <source>Also reported in: %1</source>
        <translation>次の入力にも記録: %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The diagnosis found no cause for this incident.</source>
        <translation>診断ではこのインシデントの原因は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>The report in the log</source>
        <translation>ログ中のレポート</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Hide the raw report</source>
        <translation>元のレポートを隠す</translation>
    </message>
    <message>
        <source>Show the raw report</source>
        <translation>元のレポートを表示</translation>
    </message>
    <message>
        <source>Open in the log view</source>
        <translation>ログビューで開く</translation>
    </message>
    <message>
        <source>%1, lines %2–%3</source>
        <translation>%1、%2–%3 行目</translation>
    </message>
    <message>
        <source>No incident selected</source>
        <translation>インシデントが選択されていません</translation>
    </message>
    <message>
        <source>Choose an incident in the list.</source>
        <translation>一覧からインシデントを選んでください。</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>Filter by process, cgroup, unit or cause</source>
        <translation>プロセス、cgroup、ユニット、原因で絞り込み</translation>
    </message>
    <message>
        <source>Filter incidents</source>
        <translation>インシデントを絞り込む</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2 件</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>%1 で並べ替え</translation>
    </message>
    <message>
        <source>No incidents yet</source>
        <translation>インシデントはまだありません</translation>
    </message>
    <message>
        <source>No OOM incidents found</source>
        <translation>OOM インシデントは見つかりませんでした</translation>
    </message>
    <message>
        <source>Drop a log, a sosreport or a bundle here — or press Ctrl+O.</source>
        <translation>ここにログ、sosreport、バンドルをドロップするか、Ctrl+O を押してください。</translation>
    </message>
</context>
<context>
    <name>InputProcessor</name>
    <message>
        <source>member not read: %1</source>
        <translation>メンバーを読み取っていません: %1</translation>
    </message>
    <message>
        <source>no log files found in this archive</source>
        <translation>このアーカイブにログファイルが見つかりません</translation>
    </message>
    <message>
        <source>containers nested more than %1 deep</source>
        <translation>コンテナ形式の入れ子が %1 段を超えています</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>not a text log (binary data)</source>
        <translation>テキストのログではありません (バイナリデータ)</translation>
    </message>
    <message>
        <source>7-Zip archives are not supported; unpack it or repack it as .tar.xz</source>
        <translation>7-Zip アーカイブには対応していません。展開するか、.tar.xz として再圧縮してください</translation>
    </message>
    <message>
        <source>no kernel or system log sections in this supportconfig file</source>
        <translation>この supportconfig ファイルにはカーネルログやシステムログのセクションがありません</translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries could not be read and were skipped</source>
        <translation>
            <numerusform>%n 件のジャーナルエントリを読み取れなかったため、スキップしました</numerusform>
        </translation>
    </message>
    <message>
        <source>journal file: %1</source>
        <translation>ジャーナルファイル: %1</translation>
    </message>
</context>
<context>
    <name>JournalFiles</name>
    <message>
        <source>binary journal files need libsystemd, which this build lacks; export the journal with `journalctl -o export` and analyse that</source>
        <translation>バイナリのジャーナルファイルを読むには libsystemd が必要ですが、このビルドには含まれていません。`journalctl -o export` でジャーナルをエクスポートし、それを解析してください</translation>
    </message>
    <message>
        <source>journal read error: %1</source>
        <translation>ジャーナルの読み取りエラー: %1</translation>
    </message>
    <message>
        <source>cannot open the journal: %1</source>
        <translation>ジャーナルを開けません: %1</translation>
    </message>
    <message>
        <source>journal query failed: %1</source>
        <translation>ジャーナルのクエリに失敗しました: %1</translation>
    </message>
    <message>
        <source>cannot open the journal files: %1</source>
        <translation>ジャーナルファイルを開けません: %1</translation>
    </message>
</context>
<context>
    <name>JournalFollowedLog</name>
    <message>
        <source>the journal shows this user no kernel messages of this boot (members of the systemd-journal or adm group see them)</source>
        <translation>このユーザーには、今回のブートのカーネルメッセージがジャーナルに表示されません (systemd-journal または adm グループのメンバーなら表示されます)</translation>
    </message>
    <message>
        <source>journal query failed: %1</source>
        <translation>ジャーナルのクエリに失敗しました: %1</translation>
    </message>
    <message>
        <source>cannot watch the journal: %1</source>
        <translation>ジャーナルを監視できません: %1</translation>
    </message>
    <message>
        <source>cannot open the journal: %1</source>
        <translation>ジャーナルを開けません: %1</translation>
    </message>
    <message>
        <source>there are no journal files (systemd-journald is not running)</source>
        <translation>ジャーナルファイルがありません (systemd-journald が動作していません)</translation>
    </message>
    <message>
        <source>cannot open the journal files: %1</source>
        <translation>ジャーナルファイルを開けません: %1</translation>
    </message>
    <message>
        <source>this build has no libsystemd to read the journal</source>
        <translation>このビルドにはジャーナルを読むための libsystemd がありません</translation>
    </message>
</context>
<context>
    <name>KernelLogFollower</name>
    <message>
        <source>cannot create an eventfd: %1</source>
        <translation>eventfd を作成できません: %1</translation>
    </message>
    <message>
        <source>%1: read failed: %2</source>
        <translation>%1: 読み取りに失敗しました: %2</translation>
    </message>
    <message>
        <source>%1: read failed: %2; userspace OOM killers are no longer followed</source>
        <translation>%1: 読み取りに失敗しました: %2。ユーザー空間の OOM Killerの追跡を停止しました</translation>
    </message>
    <message>
        <source>poll() failed: %1</source>
        <translation>poll() が失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>KmsgFollowedLog</name>
    <message numerus="yes">
        <source>%1: %n record(s) were overwritten by the kernel before they could be read; an incident among them may be incomplete</source>
        <translation>
            <numerusform>%1: %n 件のレコードが読み取り前にカーネルによって上書きされました。その中のインシデントは不完全な可能性があります</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: records were overwritten by the kernel before they could be read; an incident among them may be incomplete</source>
        <translation>%1: 読み取り前にカーネルによって上書きされたレコードがあります。その中のインシデントは不完全な可能性があります</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>&quot;%1&quot; is not one of the languages %2</source>
        <translation>&quot;%1&quot; は使用可能な言語 (%2) ではありません</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: 書き込めません</translation>
    </message>
</context>
<context>
    <name>LineIndexer</name>
    <message>
        <source>could not create a temporary copy of %1: %2</source>
        <translation>%1 の一時コピーを作成できませんでした: %2</translation>
    </message>
    <message>
        <source>could not write the temporary copy of %1: %2</source>
        <translation>%1 の一時コピーに書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>LiveKernelLog</name>
    <message>
        <source>/dev/kmsg (the kernel&apos;s ring buffer)</source>
        <translation>/dev/kmsg (カーネルのリングバッファ)</translation>
    </message>
    <message>
        <source>, and the journal for userspace OOM killers</source>
        <translation>、およびユーザー空間の OOM Killer用のジャーナル</translation>
    </message>
    <message>
        <source>/dev/kmsg: permission denied (kernel.dmesg_restrict is set)</source>
        <translation>/dev/kmsg: 権限がありません (kernel.dmesg_restrict が設定されています)</translation>
    </message>
    <message>
        <source>/dev/kmsg: %1</source>
        <translation>/dev/kmsg: %1</translation>
    </message>
    <message>
        <source>/dev/kmsg holds no messages</source>
        <translation>/dev/kmsg にメッセージがありません</translation>
    </message>
    <message>
        <source>the journal (this boot and the previous one), because %1</source>
        <translation>ジャーナル (今回と前回のブート)。理由: %1</translation>
    </message>
    <message>
        <source>the journal has no kernel messages for this user</source>
        <translation>このユーザーが読めるカーネルメッセージがジャーナルにありません</translation>
    </message>
    <message>
        <source>the journal: %1</source>
        <translation>ジャーナル: %1</translation>
    </message>
    <message>
        <source>%1, because %2 and %3</source>
        <translation>%1。理由: %2、%3</translation>
    </message>
    <message>
        <source>no kernel log is readable: %1; %2; and neither /var/log/kern.log nor /var/log/messages exists</source>
        <translation>読み取れるカーネルログがありません: %1、%2、さらに /var/log/kern.log も /var/log/messages も存在しません</translation>
    </message>
</context>
<context>
    <name>LiveRanking</name>
    <message>
        <source>MemTotal is missing from proc/meminfo: totalpages, the points and oom_score are unknown.</source>
        <translation>proc/meminfo に MemTotal がありません: totalpages、ポイント、oom_score は不明です。</translation>
    </message>
    <message>
        <source>The kernel release is unknown: the 5.9+ formula was used.</source>
        <translation>カーネルリリースが不明です: 5.9 以降の計算式を使用しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) left out: their status could not be read (permission denied, or not in the bundle).</source>
        <translation>
            <numerusform>%n 個のプロセスを除外しました: 状態を読み取れませんでした (権限がないか、バンドルに含まれていません)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oom_score_adj is unknown for %n process(es) and was taken as 0.</source>
        <translation>
            <numerusform>%n 個のプロセスで oom_score_adj が不明なため、0 とみなしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>No swap: totalpages is the RAM alone, and swapped-out memory counts for nothing.</source>
        <translation>スワップなし: totalpages は RAM のみで、スワップアウトされたメモリは計算に含まれません。</translation>
    </message>
</context>
<context>
    <name>LiveSampler</name>
    <message>
        <source>Per-cgroup memory is unknown: no cgroup hierarchy is mounted.</source>
        <translation>cgroup ごとのメモリは不明です: cgroup 階層がマウントされていません。</translation>
    </message>
    <message>
        <source>Per-cgroup memory is unknown: the memory controller is not enabled on any cgroup hierarchy.</source>
        <translation>cgroup ごとのメモリは不明です: どの cgroup 階層でもメモリコントローラーが有効になっていません。</translation>
    </message>
    <message>
        <source>Hybrid cgroup layout: per-cgroup usage is the v1 memory controller&apos;s memory.usage_in_bytes (page cache included) against memory.limit_in_bytes; memory.high does not exist there.</source>
        <translation>ハイブリッド cgroup 構成: cgroup ごとの使用量は v1 メモリコントローラーの memory.usage_in_bytes (ページキャッシュを含む) で、memory.limit_in_bytes と比較します。memory.high はありません。</translation>
    </message>
    <message>
        <source>cgroup v1 only: per-cgroup usage is memory.usage_in_bytes (page cache included) against memory.limit_in_bytes; memory.high and per-cgroup pressure do not exist.</source>
        <translation>cgroup v1 のみ: cgroup ごとの使用量は memory.usage_in_bytes (ページキャッシュを含む) で、memory.limit_in_bytes と比較します。memory.high と cgroup ごとのプレッシャーはありません。</translation>
    </message>
    <message>
        <source>Per-cgroup memory</source>
        <translation>cgroup ごとのメモリ</translation>
    </message>
    <message>
        <source>Only the first %1 cgroups were considered when picking the %2 largest.</source>
        <translation>上位 %2 個を選ぶ際、最初の %1 個の cgroup のみを対象にしました。</translation>
    </message>
    <message numerus="yes">
        <source>%n cgroup file(s) could not be read: permission denied.</source>
        <translation>
            <numerusform>%n 個の cgroup ファイルを読み取れませんでした: 権限がありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>System memory (meminfo)</source>
        <translation>システムメモリ (meminfo)</translation>
    </message>
    <message>
        <source>Available memory is unknown: MemAvailable appeared in Linux 3.14.</source>
        <translation>利用可能メモリは不明です: MemAvailable は Linux 3.14 で追加されました。</translation>
    </message>
    <message>
        <source>The OOM kill counter (vmstat)</source>
        <translation>OOM 強制終了カウンター (vmstat)</translation>
    </message>
    <message>
        <source>The OOM kill counter is unknown: vmstat has oom_kill from Linux 4.13.</source>
        <translation>OOM 強制終了カウンターは不明です: vmstat の oom_kill は Linux 4.13 以降にあります。</translation>
    </message>
    <message>
        <source>Nothing can be sampled: %1: %2.</source>
        <translation>何もサンプリングできません: %1: %2。</translation>
    </message>
    <message>
        <source>Not running as root: system memory, pressure and zones are complete; cgroup files and other users&apos; process details that are not world-readable are shown as unknown.</source>
        <translation>root として実行されていません: システムメモリ、プレッシャー、ゾーンはすべて取得できますが、全員に読み取りが許可されていない cgroup ファイルと他ユーザーのプロセスの詳細は不明と表示されます。</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>No match.</source>
        <translation>一致するものはありません。</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>%1 は表示できません: %2</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>ログを検索</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <source>OOM reports only</source>
        <translation>OOM レポートのみ</translation>
    </message>
    <message>
        <source>Line (Ctrl+G)</source>
        <translation>行 (Ctrl+G)</translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation>指定行へ移動</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation>選択した行をコピー</translation>
    </message>
    <message>
        <source>Indexing… %1 lines</source>
        <translation>索引作成中… %1 行</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>Plain text (this build has no syntax highlighting)</source>
        <translation>プレーンテキスト (このビルドには構文ハイライトがありません)</translation>
    </message>
    <message>
        <source>This input cannot be shown</source>
        <translation>この入力は表示できません</translation>
    </message>
    <message>
        <source>No log to show yet</source>
        <translation>表示するログはまだありません</translation>
    </message>
    <message>
        <source>Drop a log, a sosreport or a bundle here — or press Ctrl+O. Its lines appear here once it is read.</source>
        <translation>ここにログ、sosreport、バンドルをドロップするか、Ctrl+O を押してください。読み込まれると行がここに表示されます。</translation>
    </message>
</context>
<context>
    <name>LogSearch</name>
    <message>
        <source>Type something to search for.</source>
        <translation>検索する文字列を入力してください。</translation>
    </message>
</context>
<context>
    <name>LogSource</name>
    <message>
        <source>the archive has no member %1</source>
        <translation>アーカイブにメンバー %1 がありません</translation>
    </message>
    <message>
        <source>%1 is not an archive</source>
        <translation>%1 はアーカイブではありません</translation>
    </message>
    <message>
        <source>this input is not a text log (%1); the log view shows text logs only</source>
        <translation>この入力はテキストのログではありません (%1)。ログビューはテキストのログのみ表示します</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Log lines</source>
        <translation>ログの行</translation>
    </message>
    <message>
        <source>Reading lines…</source>
        <extracomment>The name a screen reader gives the log view&apos;s busy indicator: the text of the lines in view is still being read from the file.</extracomment>
        <translation>行を読み込み中…</translation>
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
        <translation>ログ、アーカイブ、バンドルを開く</translation>
    </message>
    <message>
        <source>Open a folder (an extracted sosreport or bundle)</source>
        <translation>フォルダーを開く (展開済みの sosreport やバンドル)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation>断片化</translation>
    </message>
    <message>
        <source>Cgroups</source>
        <translation>cgroup</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>プロセス</translation>
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
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>pid</source>
        <translation>pid</translation>
    </message>
    <message>
        <source>process</source>
        <translation>プロセス</translation>
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
        <translation>ページテーブル</translation>
    </message>
    <message>
        <source>oom_score_adj</source>
        <translation>oom_score_adj</translation>
    </message>
    <message>
        <source>reaped</source>
        <translation>回収済み</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>**Limit hit in:** %1</source>
        <translation>**上限に達した場所:** %1</translation>
    </message>
    <message>
        <source>**Limit hit in:** the host</source>
        <translation>**上限に達した場所:** ホスト</translation>
    </message>
    <message>
        <source>**Victim&apos;s cgroup:** %1</source>
        <translation>**犠牲プロセスの cgroup:** %1</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>memory</translation>
    </message>
    <message>
        <source>memory+swap</source>
        <translation>memory+swap</translation>
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
        <translation>カウンター</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>使用量</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>上限</translation>
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
        <translation>名前</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>**below min**</source>
        <translation>**min 未満**</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空き</translation>
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
        <translation>状態</translation>
    </message>
    <message>
        <source>## Incident %1: %2</source>
        <translation>## インシデント %1: %2</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>**What happened:** %1</source>
        <translation>**発生した事象:** %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>契機となったプロセス</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>制約</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>only the kill line is in the log (the kernel rate-limits the details)</source>
        <translation>ログには強制終了の行しかありません (カーネルが詳細の出力をレート制限しています)</translation>
    </message>
    <message>
        <source>memory.oom.group</source>
        <translation>memory.oom.group</translation>
    </message>
    <message>
        <source>Panic</source>
        <translation>パニック</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>スワップ</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>犠牲プロセス</translation>
    </message>
    <message>
        <source>Memory cgroup</source>
        <translation>メモリ cgroup</translation>
    </message>
    <message>
        <source>Largest tasks (%1 of %2, by rss)</source>
        <translation>rss の大きいタスク (%2 個中 %1 個)</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <source>systemd units</source>
        <translation>systemd ユニット</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>OOM Lens report</source>
        <translation>OOM Lens レポート</translation>
    </message>
    <message>
        <source>Generated by %1.</source>
        <translation>%1 により生成。</translation>
    </message>
    <message>
        <source>No OOM incidents found.</source>
        <translation>OOM インシデントは見つかりませんでした。</translation>
    </message>
    <message>
        <source>OOM incidents found: %1.</source>
        <translation>見つかった OOM インシデント: %1 件。</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>events</source>
        <translation>イベント数</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告: </translation>
    </message>
    <message>
        <source>Also in</source>
        <translation>別の入力にも記録</translation>
    </message>
    <message>
        <source>Slab allocation failures</source>
        <translation>slab 割り当ての失敗</translation>
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
        <translation>%1 ページ (%2)</translation>
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
        <translation>メモリ</translation>
    </message>
    <message>
        <source>The allocation that failed: %1</source>
        <translation>失敗した割り当て: %1</translation>
    </message>
    <message>
        <source>Reading /proc/zoneinfo…</source>
        <translation>/proc/zoneinfo を読み込み中…</translation>
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
        <translation>スワップ使用量 (GiB)</translation>
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
        <translation>インシデント時: レポートの Mem-Info です (OOM レポートには MemAvailable もプレッシャーもありません)。</translation>
    </message>
    <message>
        <source>The report has no Mem-Info block.</source>
        <translation>レポートに Mem-Info ブロックがありません。</translation>
    </message>
    <message>
        <source>Pressure stall information is not available (kernel 4.20+ with CONFIG_PSI, psi=1 on the command line).</source>
        <translation>PSI (Pressure Stall Information) を利用できません (カーネル 4.20 以降で CONFIG_PSI、コマンドラインに psi=1 が必要)。</translation>
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
        <translation>空き</translation>
    </message>
    <message>
        <source>Swap used</source>
        <translation>スワップ使用量</translation>
    </message>
    <message>
        <source>Pressure some / full (avg10)</source>
        <translation>プレッシャー some / full (avg10)</translation>
    </message>
    <message>
        <source>OOM kills since boot</source>
        <translation>起動以降の OOM Kill 回数</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>no swap</source>
        <translation>スワップなし</translation>
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
        <translation>スワップ使用量 (GiB)</translation>
    </message>
    <message>
        <source>Memory pressure some (%)</source>
        <translation>メモリプレッシャー some (%)</translation>
    </message>
    <message>
        <source>Memory pressure full (%)</source>
        <translation>メモリプレッシャー full (%)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Nothing open yet</source>
        <translation>まだ何も開いていません</translation>
    </message>
    <message>
        <source>Drop a log, a sosreport or a bundle here — or press Ctrl+O. OOM Lens finds every out-of-memory kill in it and explains why it happened.</source>
        <translation>ここにログ、sosreport、バンドルをドロップするか、Ctrl+O を押してください。OOM Lens がその中のメモリ不足による強制終了をすべて見つけ、なぜ起きたかを説明します。</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <source>Open the Live System</source>
        <translation>稼働中のシステムを開く</translation>
    </message>
    <message>
        <source>Looking for OOM incidents…</source>
        <translation>OOM インシデントを探しています…</translation>
    </message>
    <message>
        <source>No OOM incidents found</source>
        <translation>OOM インシデントは見つかりませんでした</translation>
    </message>
    <message>
        <source>Incidents appear here as soon as they are found.</source>
        <translation>インシデントは見つかり次第ここに表示されます。</translation>
    </message>
    <message>
        <source>The kernel log since boot holds no OOM kill. OOM Lens keeps watching: a new one appears here at once.</source>
        <translation>起動以降のカーネルログに OOM による強制終了はありません。OOM Lens は監視を続け、新たに起きればすぐここに表示します。</translation>
    </message>
    <message>
        <source>These inputs hold no OOM kill, earlyoom or systemd-oomd kill and no allocation failure. Drop another log, or open the live system.</source>
        <translation>これらの入力には OOM Killer、earlyoom、systemd-oomd による強制終了も、割り当ての失敗もありません。別のログをドロップするか、稼働中のシステムを開いてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n OOM incident(s)</source>
        <translation>
            <numerusform>OOM インシデント %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by the kernel&apos;s OOM killer, %2 by a userspace killer, %3 allocation failures</source>
        <translation>カーネルの OOM Killer によるもの %1 件、ユーザー空間のキラーによるもの %2 件、割り当て失敗 %3 件</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1 から %2 まで</translation>
    </message>
    <message>
        <source>Leading causes</source>
        <translation>主な原因</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>A leading cause: how many incidents had it, and its name.</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Show the latest</source>
        <translation>最新のものを表示</translation>
    </message>
    <message>
        <source>Show the latest incident with this cause</source>
        <translation>この原因の最新のインシデントを表示</translation>
    </message>
    <message>
        <source>Processes killed most</source>
        <translation>強制終了が多いプロセス</translation>
    </message>
    <message>
        <source>Cgroups involved most</source>
        <translation>関係が多い cgroup</translation>
    </message>
    <message>
        <source>Units affected most</source>
        <translation>影響が多いユニット</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Now (live), updated while this page is shown</source>
        <translation>現在 (ライブ)。このページの表示中に更新されます</translation>
    </message>
    <message>
        <source>At the incident, as the kernel&apos;s report shows it</source>
        <translation>インシデント時。カーネルのレポートのとおり</translation>
    </message>
    <message>
        <source>Now (live), updated every %1 s while this page is shown</source>
        <translation>現在 (ライブ)。このページの表示中に %1 秒ごとに更新されます</translation>
    </message>
</context>
<context>
    <name>PageSizeText</name>
    <message>
        <source>%1 kB pages, from the buddy lists of the report.</source>
        <translation>ページサイズ %1 kB (レポートのバディリストから判定)。</translation>
    </message>
    <message>
        <source>%1 kB pages: the kill line&apos;s %2 kB rss over the task table&apos;s %3 pages.</source>
        <translation>ページサイズ %1 kB: 強制終了の行の rss %2 kB ÷ タスク表の %3 pages。</translation>
    </message>
    <message>
        <source>%1 kB pages: the memcg&apos;s usage of %2 kB over the tasks&apos; %3 rss pages.</source>
        <translation>ページサイズ %1 kB: memcg の使用量 %2 kB ÷ タスクの rss %3 pages。</translation>
    </message>
    <message>
        <source>The report does not tell the page size; 4 kB was assumed.</source>
        <translation>レポートからページサイズが分からないため、4 kB と仮定しました。</translation>
    </message>
</context>
<context>
    <name>PlanExecutor</name>
    <message>
        <source>The value of %1 before the change is unknown.</source>
        <translation>変更前の %1 の値が不明です。</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>元に戻すものはありません。</translation>
    </message>
    <message>
        <source>The plan has no applicable step.</source>
        <translation>計画に適用できる手順がありません。</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完了: %1</translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation>失敗: %1: %2</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>元に戻しました: %1</translation>
    </message>
    <message>
        <source>Could not undo %1: %2</source>
        <translation>%1 を元に戻せませんでした: %2</translation>
    </message>
</context>
<context>
    <name>PlanFormatter</name>
    <message>
        <source>persistent</source>
        <translation>永続</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>実行時のみ</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>リスク: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>元に戻す方法: %1</translation>
    </message>
    <message>
        <source>Cannot be undone: %1</source>
        <translation>元に戻せません: %1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>計画: %1</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation>根拠:</translation>
    </message>
    <message>
        <source>Already in place:</source>
        <translation>適用済み:</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>拒否:</translation>
    </message>
    <message>
        <source>Steps (each is authorized, applied and verified; a failure undoes the earlier ones):</source>
        <translation>手順 (それぞれ認可・適用・確認され、失敗するとそれ以前の手順を元に戻します):</translation>
    </message>
    <message>
        <source>Confirmed by you: %1</source>
        <translation>確認済み: %1</translation>
    </message>
    <message>
        <source>Afterwards:</source>
        <translation>その後:</translation>
    </message>
</context>
<context>
    <name>Planners</name>
    <message>
        <source>The failed allocation needed a block of order %1 (%2 contiguous).</source>
        <translation>失敗した割り当てには order %1 のブロック (連続した %2) が必要でした。</translation>
    </message>
    <message>
        <source>Node %1 %2: %3 free blocks of order %4 or larger now.</source>
        <translation>ノード %1 %2: 現在 order %4 以上の空きブロックは %3 個です。</translation>
    </message>
    <message>
        <source>Compact the memory of every node</source>
        <translation>すべてのノードのメモリをコンパクションする</translation>
    </message>
    <message>
        <source>Compact the memory of node %1</source>
        <translation>ノード %1 のメモリをコンパクションする</translation>
    </message>
    <message>
        <source>Compaction uses CPU time and may stall allocations for a moment on a busy machine.</source>
        <translation>コンパクションは CPU 時間を使い、負荷の高いマシンでは割り当てが一時的に止まることがあります。</translation>
    </message>
    <message>
        <source>Nothing to undo: compaction only moves pages.</source>
        <translation>元に戻すものはありません: コンパクションはページを移動するだけです。</translation>
    </message>
    <message>
        <source>%1 is not a compaction setting.</source>
        <translation>%1 はコンパクションの設定ではありません。</translation>
    </message>
    <message>
        <source>The allocation could use only node(s) %1.</source>
        <translation>この割り当てはノード %1 しか使えませんでした。</translation>
    </message>
    <message>
        <source>Node %1: %2 free of %3.</source>
        <translation>ノード %1: %3 のうち %2 が空き。</translation>
    </message>
    <message>
        <source>Allow %1 to use NUMA node(s) %2</source>
        <translation>%1 に NUMA ノード %2 の使用を許可する</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(すべて)</translation>
    </message>
    <message>
        <source>persistent: a drop-in written by systemd</source>
        <translation>永続: systemd が書くドロップイン</translation>
    </message>
    <message>
        <source>runtime: until the next reboot</source>
        <translation>実行時のみ: 次回の再起動まで</translation>
    </message>
    <message>
        <source>Set AllowedMemoryNodes back to %1 through systemd</source>
        <translation>systemd を通じて AllowedMemoryNodes を %1 に戻す</translation>
    </message>
    <message>
        <source>The cgroup %1 has no cpuset controller now: nothing to change.</source>
        <translation>cgroup %1 には現在 cpuset コントローラーがありません: 変更するものはありません。</translation>
    </message>
    <message>
        <source>Write %1 to cpuset.mems of %2</source>
        <translation>%2 の cpuset.mems に %1 を書き込む</translation>
    </message>
    <message>
        <source>(parent&apos;s)</source>
        <translation>(親の値)</translation>
    </message>
    <message>
        <source>Write %1 back to cpuset.mems</source>
        <translation>cpuset.mems に %1 を書き戻す</translation>
    </message>
    <message>
        <source>Memory on a distant node is slower to reach; latency-sensitive workloads may run slower.</source>
        <translation>遠いノードのメモリはアクセスが遅く、レイテンシに敏感な処理は遅くなることがあります。</translation>
    </message>
    <message>
        <source>%1 already uses node(s) %2: nothing to change.</source>
        <translation>%1 はすでにノード %2 を使っています: 変更するものはありません。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The cgroup %1 does not exist now (or has no memory controller): nothing to change.</source>
        <translation>cgroup %1 は現在存在しません (またはメモリコントローラーがありません): 変更するものはありません。</translation>
    </message>
    <message>
        <source>The limit of %1, a parent of the killed process&apos;s cgroup, was the bottleneck: the change is proposed there.</source>
        <translation>強制終了されたプロセスの cgroup の親である %1 の制限がボトルネックでした: そこでの変更を提案します。</translation>
    </message>
    <message>
        <source>The limit hit was %1; the proposal is half as much again, or a quarter above today&apos;s usage if that is more.</source>
        <translation>到達した制限は %1 でした。提案値はその 1.5 倍、または現在の使用量の 1.25 倍のうち大きい方です。</translation>
    </message>
    <message>
        <source>%1 uses %2 now (limit %3).</source>
        <translation>%1 は現在 %2 を使用しています (制限 %3)。</translation>
    </message>
    <message>
        <source>The new maximum %1 is below the %2 the cgroup uses now: the kernel will reclaim at once and may kill processes in it. memory.high (MemoryHigh=) would throttle instead of killing.</source>
        <translation>新しい上限 %1 は cgroup の現在の使用量 %2 を下回っています: カーネルは直ちに回収を行い、中のプロセスを強制終了することがあります。memory.high (MemoryHigh=) なら強制終了せずに抑制します。</translation>
    </message>
    <message>
        <source>A limit that is too low makes the kernel reclaim and kill inside this cgroup sooner.</source>
        <translation>制限が低すぎると、カーネルはこの cgroup 内でより早く回収と強制終了を行います。</translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3</source>
        <translation>%2 の %1 を %3 に設定する</translation>
    </message>
    <message>
        <source>Set %1 back to %2 through systemd</source>
        <translation>systemd を通じて %1 を %2 に戻す</translation>
    </message>
    <message>
        <source>Write %1 to %2 of %3</source>
        <translation>%3 の %2 に %1 を書き込む</translation>
    </message>
    <message>
        <source>runtime: lost when the cgroup is recreated</source>
        <translation>実行時のみ: cgroup が作り直されると失われます</translation>
    </message>
    <message>
        <source>Whoever manages this cgroup (systemd, a container runtime) may set its own value again.</source>
        <translation>この cgroup を管理するもの (systemd、コンテナランタイム) が独自の値を設定し直すことがあります。</translation>
    </message>
    <message>
        <source>Write %1 back to %2</source>
        <translation>%2 に %1 を書き戻す</translation>
    </message>
    <message>
        <source>%1 is already %2: nothing to change.</source>
        <translation>%1 はすでに %2 です: 変更するものはありません。</translation>
    </message>
    <message>
        <source>Set %1=%2 for %3</source>
        <translation>%3 に %1=%2 を設定する</translation>
    </message>
    <message>
        <source>Takes effect when %1 is restarted; systemd reloads its configuration at once.</source>
        <translation>%1 を再起動すると有効になります。systemd は設定をすぐに再読み込みします。</translation>
    </message>
    <message>
        <source>Restore or delete %1 and reload systemd</source>
        <translation>%1 を復元または削除し、systemd を再読み込みする</translation>
    </message>
    <message>
        <source>The killed process %1 had oom_score_adj %2.</source>
        <translation>強制終了されたプロセス %1 の oom_score_adj は %2 でした。</translation>
    </message>
    <message>
        <source>oom_score_adj adds %1 points per 1000 to the badness the kernel computes from memory use; -1000 exempts a process.</source>
        <translation>oom_score_adj は、カーネルがメモリ使用量から計算する badness に 1000 あたり %1 ポイントを加えます。-1000 にするとプロセスは対象外になります。</translation>
    </message>
    <message>
        <source>Process %1 does not run any more.</source>
        <translation>プロセス %1 はもう実行されていません。</translation>
    </message>
    <message>
        <source>No oom_score_adj value chosen.</source>
        <translation>oom_score_adj の値が選ばれていません。</translation>
    </message>
    <message>
        <source>Process %1 already has oom_score_adj %2.</source>
        <translation>プロセス %1 の oom_score_adj はすでに %2 です。</translation>
    </message>
    <message>
        <source>Set oom_score_adj of %1 (%2) to %3</source>
        <translation>%1 (%2) の oom_score_adj を %3 に設定する</translation>
    </message>
    <message>
        <source>runtime: until the process exits</source>
        <translation>実行時のみ: プロセスが終了するまで</translation>
    </message>
    <message>
        <source>Another process becomes the OOM killer&apos;s choice instead.</source>
        <translation>代わりに別のプロセスが OOM Killer に選ばれます。</translation>
    </message>
    <message>
        <source>Write %1 back, if the same process still runs</source>
        <translation>同じプロセスがまだ実行中なら %1 を書き戻す</translation>
    </message>
    <message>
        <source>Choose a running process or a service.</source>
        <translation>実行中のプロセスかサービスを選んでください。</translation>
    </message>
    <message>
        <source>OOMPolicy=continue keeps the service running when the kernel kills one of its processes; stop and kill end the service.</source>
        <translation>OOMPolicy=continue ではカーネルがプロセスの 1 つを強制終了してもサービスは動き続けます。stop と kill はサービスを終了します。</translation>
    </message>
    <message>
        <source>Nothing chosen to change.</source>
        <translation>変更するものが選ばれていません。</translation>
    </message>
    <message>
        <source>Restart %1 when convenient: systemctl restart %1</source>
        <translation>都合のよいときに %1 を再起動してください: systemctl restart %1</translation>
    </message>
    <message>
        <source>Add swap</source>
        <translation>スワップを追加</translation>
    </message>
    <message>
        <source>Change a memory limit</source>
        <translation>メモリ制限を変更</translation>
    </message>
    <message>
        <source>Bind to NUMA nodes</source>
        <translation>NUMA ノードに割り当て</translation>
    </message>
    <message>
        <source>Compact memory</source>
        <translation>メモリのコンパクション</translation>
    </message>
    <message>
        <source>Change OOM priority</source>
        <translation>OOM 優先度を変更</translation>
    </message>
    <message>
        <source>Choose the OOM policy</source>
        <translation>OOM ポリシーを選択</translation>
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
        <translation>%1 を %2 に設定する</translation>
    </message>
    <message>
        <source>Nothing to restore: the value before was unknown</source>
        <translation>復元するものはありません: 変更前の値は不明でした</translation>
    </message>
    <message>
        <source>; remove the line from /etc/sysctl.d/90-oomlens.conf</source>
        <translation>。/etc/sysctl.d/90-oomlens.conf から行を削除</translation>
    </message>
    <message>
        <source>%1 is not an OOM policy setting.</source>
        <translation>%1 は OOM ポリシーの設定ではありません。</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 はすでに %2 です。</translation>
    </message>
    <message>
        <source>The next OOM reboots or halts the whole machine instead of killing one process.</source>
        <translation>次の OOM ではプロセスを 1 つ強制終了する代わりに、マシン全体が再起動または停止します。</translation>
    </message>
    <message>
        <source>Strict accounting: programs that reserve more than they use (browsers, JVMs) may fail to start.</source>
        <translation>厳密なアカウンティング: 使う以上に予約するプログラム (ブラウザー、JVM) は起動に失敗することがあります。</translation>
    </message>
    <message>
        <source>The process that asked for memory is killed, even if a much larger one caused the shortage.</source>
        <translation>はるかに大きなプロセスが不足の原因でも、メモリを要求したプロセスが強制終了されます。</translation>
    </message>
    <message>
        <source>With kill, systemd-oomd may end the whole unit under pressure.</source>
        <translation>kill にすると、圧迫時に systemd-oomd がユニット全体を終了することがあります。</translation>
    </message>
    <message>
        <source>Set %1 back to auto through systemd</source>
        <translation>systemd を通じて %1 を auto に戻す</translation>
    </message>
    <message numerus="yes">
        <source>Swap now: %1 on %n device(s).</source>
        <translation>
            <numerusform>現在のスワップ: %n 台のデバイスで %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The killed process held %1; the swap file is sized to absorb about twice that, at least an eighth of RAM.</source>
        <translation>強制終了されたプロセスは %1 を保持していました。スワップファイルはその約 2 倍を吸収できる大きさで、少なくとも RAM の 8 分の 1 にします。</translation>
    </message>
    <message>
        <source>%1 is already in use as swap: nothing to do.</source>
        <translation>%1 はすでにスワップとして使われています: 何もする必要はありません。</translation>
    </message>
    <message>
        <source>%1 is not a mount point on this system.</source>
        <translation>%1 はこのシステムのマウントポイントではありません。</translation>
    </message>
    <message>
        <source>%1 has %2 free: not enough for %3 of swap and room to spare.</source>
        <translation>%1 の空きは %2 です: %3 のスワップと余裕を確保するには足りません。</translation>
    </message>
    <message>
        <source>%1 (%2) has the most free space: %3.</source>
        <translation>%1 (%2) の空き容量が最も多いです: %3。</translation>
    </message>
    <message>
        <source>Create and enable the swap file %1 (%2)</source>
        <translation>スワップファイル %1 (%2) を作成して有効にする</translation>
    </message>
    <message>
        <source>new file %1, mode 0600, %2, formatted with mkswap, enabled with priority %3</source>
        <translation>新しいファイル %1、モード 0600、%2、mkswap で初期化し、優先度 %3 で有効化</translation>
    </message>
    <message>
        <source>On btrfs the file is created without copy-on-write and cannot be part of a snapshot while it is in use.</source>
        <translation>btrfs ではファイルはコピーオンライトなしで作成され、使用中はスナップショットに含められません。</translation>
    </message>
    <message>
        <source>Heavy swapping makes the system slow instead of killing a process.</source>
        <translation>スワップが多発すると、プロセスが強制終了される代わりにシステムが遅くなります。</translation>
    </message>
    <message>
        <source>swapoff, delete %1%2</source>
        <translation>swapoff して %1 を削除%2</translation>
    </message>
    <message>
        <source>, remove the line from /etc/fstab</source>
        <translation>、/etc/fstab から行を削除</translation>
    </message>
    <message>
        <source>%1 is not a wizard; the wizards are: %2</source>
        <translation>%1 はウィザードではありません。ウィザードは次のとおりです: %2</translation>
    </message>
    <message>
        <source>The free space on %1 is unknown, so the size of the swap file cannot be checked against it.</source>
        <translation>%1 の空き容量が不明なため、スワップファイルのサイズが収まるかを確認できません。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>I understand: %1</source>
        <translation>理解しました: %1</translation>
    </message>
    <message>
        <source>I have read the plan; make these changes</source>
        <translation>計画を読みました。これらの変更を行います</translation>
    </message>
</context>
<context>
    <name>PrivateCopy</name>
    <message>
        <source>cannot make a private temporary directory: %1</source>
        <translation>非公開の一時ディレクトリを作成できません: %1</translation>
    </message>
    <message>
        <source>cannot make a private copy: %1</source>
        <translation>非公開のコピーを作成できません: %1</translation>
    </message>
    <message>
        <source>larger than %1; extract it and analyse the file itself</source>
        <translation>%1 を超えています。展開してファイルそのものを解析してください</translation>
    </message>
</context>
<context>
    <name>ProcessesPage</name>
    <message>
        <source>Processes</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <source>Filter by name, pid or cgroup</source>
        <translation>名前、pid、cgroup で絞り込み</translation>
    </message>
    <message>
        <source>Filter processes</source>
        <translation>プロセスを絞り込む</translation>
    </message>
    <message>
        <source>How is this ranked?</source>
        <translation>ランキングの仕組み</translation>
    </message>
    <message>
        <source>Undo what-if</source>
        <translation>what-if を元に戻す</translation>
    </message>
    <message>
        <source>Apply with the OOM priority wizard…</source>
        <translation>OOM 優先度ウィザードで適用…</translation>
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
        <translation>pid %1 の oom_score_adj</translation>
    </message>
    <message>
        <source>Remove pid %1 from the ranking</source>
        <translation>pid %1 をランキングから除く</translation>
    </message>
    <message>
        <source>What if this process were not there</source>
        <translation>このプロセスがなかったら</translation>
    </message>
    <message>
        <source>Ranked as for a global OOM (all of RAM and swap); a cgroup OOM ranks only that cgroup&apos;s processes.</source>
        <translation>システム全体の OOM (RAM とスワップ全体) としてランク付けしています。cgroup の OOM ではその cgroup のプロセスだけが対象です。</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>使い方: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>引数:</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[オプション]</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>不明なオプション &apos;%1&apos; です。</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>不明なオプション: %1。</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; の後に値がありません。</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; の後に予期しない値があります。</translation>
    </message>
</context>
<context>
    <name>RankingText</name>
    <message>
        <source>Nothing in the report dates the kernel; the 5.9+ formula was used.</source>
        <translation>レポートからカーネルの時期を判断できないため、5.9 以降の計算式を使用しました。</translation>
    </message>
    <message>
        <source>The selection score shows the uid-0 tasks lack CAP_SYS_ADMIN; no root bonus applied.</source>
        <translation>選択行のスコアから、uid 0 のタスクは CAP_SYS_ADMIN を持たないと判断しました。root ボーナスは適用していません。</translation>
    </message>
    <message>
        <source>The selection line&apos;s score matches the formula of %1.</source>
        <translation>選択行のスコアは %1 の計算式と一致します。</translation>
    </message>
    <message>
        <source>The report has no task table; the ranking cannot be recomputed.</source>
        <translation>レポートにタスク表がないため、ランキングを再計算できません。</translation>
    </message>
    <message>
        <source>totalpages is unknown: %1</source>
        <translation>totalpages は不明です: %1</translation>
    </message>
    <message>
        <source>What-if: pid %1 is not in the task table.</source>
        <translation>仮定: pid %1 はタスク表にありません。</translation>
    </message>
    <message>
        <source>Ranked with the formula of %1 for the running kernel.</source>
        <translation>実行中のカーネルに合わせ、%1 の計算式で順位付けしました。</translation>
    </message>
    <message>
        <source>totalram_pages + total_swap_pages = %1 pages</source>
        <translation>totalram_pages + total_swap_pages = %1 ページ</translation>
    </message>
</context>
<context>
    <name>RecurringList</name>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n 回</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemedyContextReader</name>
    <message>
        <source>not an oomlens.report/1 document</source>
        <translation>oomlens.report/1 の文書ではありません</translation>
    </message>
    <message>
        <source>the report holds no incident, so %1 is not in it</source>
        <translation>レポートにインシデントがないため、%1 は含まれていません</translation>
    </message>
    <message>
        <source>no incident %1 in the report; its incidents are: %2</source>
        <translation>レポートにインシデント %1 はありません。含まれるインシデント: %2</translation>
    </message>
</context>
<context>
    <name>RemedyText</name>
    <message>
        <source>Add swap (a swap file or zram) so the kernel can move idle anonymous memory out of RAM before it has to kill, and check vm.swappiness.</source>
        <translation>スワップ (スワップファイルまたは zram) を追加して、カーネルが強制終了に至る前に使われていない匿名メモリを RAM から追い出せるようにし、vm.swappiness も確認してください。</translation>
    </message>
    <message>
        <source>Raise the memory limit of the cgroup or unit that ran out (MemoryMax=, or memory.max), or set MemoryHigh= below it so the workload is slowed and reclaimed before it is killed.</source>
        <translation>メモリが尽きた cgroup またはユニットのメモリ上限 (MemoryMax= または memory.max) を引き上げるか、その下に MemoryHigh= を設定して、強制終了される前に処理が減速され回収されるようにしてください。</translation>
    </message>
    <message>
        <source>Let the workload allocate from more NUMA nodes (AllowedMemoryNodes=, or cpuset.mems), or move it to a node with free memory.</source>
        <translation>より多くの NUMA ノードから割り当てられるようにする (AllowedMemoryNodes= または cpuset.mems) か、空きメモリのあるノードに移してください。</translation>
    </message>
    <message>
        <source>Compact memory (echo 1 &gt; /proc/sys/vm/compact_memory) and keep more free memory in reserve (vm.min_free_kbytes, vm.watermark_scale_factor) so large contiguous allocations succeed.</source>
        <translation>メモリをコンパクションし (echo 1 &gt; /proc/sys/vm/compact_memory)、より多くの空きメモリを確保して (vm.min_free_kbytes、vm.watermark_scale_factor)、大きな連続領域の割り当てが成功するようにしてください。</translation>
    </message>
    <message>
        <source>Protect the processes that matter with a lower oom_score_adj (OOMScoreAdjust= for a unit), and let expendable ones be chosen first.</source>
        <translation>重要なプロセスは oom_score_adj を下げて (ユニットなら OOMScoreAdjust=) 保護し、止めてもよいプロセスが先に選ばれるようにしてください。</translation>
    </message>
    <message>
        <source>Choose what systemd does when a process of the unit is killed (OOMPolicy=continue keeps the service running), and review the kernel&apos;s OOM policy (vm.panic_on_oom, vm.overcommit_memory).</source>
        <translation>ユニットのプロセスが強制終了されたときの systemd の動作を選び (OOMPolicy=continue ならサービスは動き続けます)、カーネルの OOM ポリシー (vm.panic_on_oom、vm.overcommit_memory) も見直してください。</translation>
    </message>
    <message>
        <source>Add swap…</source>
        <translation>スワップを追加…</translation>
    </message>
    <message>
        <source>Change the memory limit…</source>
        <translation>メモリ上限を変更…</translation>
    </message>
    <message>
        <source>Change the NUMA nodes…</source>
        <translation>NUMA ノードを変更…</translation>
    </message>
    <message>
        <source>Compact memory…</source>
        <translation>メモリをコンパクション…</translation>
    </message>
    <message>
        <source>Change the OOM priority…</source>
        <translation>OOM の優先度を変更…</translation>
    </message>
    <message>
        <source>Change the OOM policy…</source>
        <translation>OOM ポリシーを変更…</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
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
        <translation>1 ページ</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 ページ</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation>%1–%2 行目</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>usage %1, limit %2, failcnt %3</source>
        <translation>使用量 %1、上限 %2、failcnt %3</translation>
    </message>
    <message>
        <source>no swap configured</source>
        <translation>スワップ未設定</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>%2 中 %1 が空き</translation>
    </message>
    <message>
        <source>a process was killed by the kernel OOM killer</source>
        <translation>カーネルの OOM Killerがプロセスを強制終了しました</translation>
    </message>
    <message>
        <source>the unit failed with result &apos;oom-kill&apos;</source>
        <translation>ユニットは結果 &apos;oom-kill&apos; で失敗しました</translation>
    </message>
    <message>
        <source>systemd-oomd killed 1 process</source>
        <translation>systemd-oomd が 1 個のプロセスを強制終了しました</translation>
    </message>
    <message>
        <source>systemd-oomd killed %1 processes</source>
        <translation>systemd-oomd が %1 個のプロセスを強制終了しました</translation>
    </message>
    <message>
        <source>systemd-oomd killed processes</source>
        <translation>systemd-oomd がプロセスを強制終了しました</translation>
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
        <translation>根拠: %1 行目</translation>
    </message>
    <message>
        <source>fix: %1 wizard</source>
        <translation>対策: %1 ウィザード</translation>
    </message>
    <message>
        <source>converted from %1</source>
        <translation>%1 から変換</translation>
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
        <translation>1 件のイベント</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 件のイベント</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (the log shows neither year nor time zone)</source>
        <translation>%1 (ログに年とタイムゾーンの記載なし)</translation>
    </message>
    <message>
        <source>%1 (the log shows no time zone)</source>
        <translation>%1 (ログにタイムゾーンの記載なし)</translation>
    </message>
    <message>
        <source>%1 (the log shows no year)</source>
        <translation>%1 (ログに年の記載なし)</translation>
    </message>
    <message>
        <source>uptime %1 s</source>
        <translation>稼働時間 %1 秒</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>ホスト %1</translation>
    </message>
    <message>
        <source>kernel %1</source>
        <translation>カーネル %1</translation>
    </message>
    <message>
        <source>header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>stack</source>
        <translation>スタック</translation>
    </message>
    <message>
        <source>memory cgroup</source>
        <translation>メモリ cgroup</translation>
    </message>
    <message>
        <source>Mem-Info</source>
        <translation>Mem-Info</translation>
    </message>
    <message>
        <source>swap</source>
        <translation>スワップ</translation>
    </message>
    <message>
        <source>task table</source>
        <translation>タスク表</translation>
    </message>
    <message>
        <source>selection</source>
        <translation>選択行</translation>
    </message>
    <message>
        <source>kill of %1</source>
        <translation>%1 の強制終了</translation>
    </message>
    <message>
        <source>reaper</source>
        <translation>oom_reaper</translation>
    </message>
    <message>
        <source>userspace killer</source>
        <translation>ユーザー空間のキラー</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>ユニット %1</translation>
    </message>
    <message>
        <source>Node %1 %2</source>
        <translation>ノード %1 %2</translation>
    </message>
    <message>
        <source>free %1 &lt; min %2 (low %3, high %4)</source>
        <translation>free %1 &lt; min %2 (low %3、high %4)</translation>
    </message>
    <message>
        <source>The log shows no kill for this report (it was cut, or the kernel found the victim already exiting).</source>
        <translation>このレポートに対応する強制終了がログにありません (ログが途中で切れているか、犠牲プロセスが既に終了処理中だとカーネルが判断しました)。</translation>
    </message>
    <message>
        <source>Only the kill line is in the log: the kernel rate-limits the report&apos;s details, or they were not copied.</source>
        <translation>ログには強制終了の行しかありません: カーネルがレポートの詳細の出力をレート制限したか、詳細がコピーされていません。</translation>
    </message>
    <message>
        <source>The report starts in the middle: its beginning is not in the log.</source>
        <translation>レポートが途中から始まっています: 冒頭部分がログにありません。</translation>
    </message>
    <message>
        <source>Lines were left out by whoever copied the log.</source>
        <translation>ログをコピーした人によって行が省かれています。</translation>
    </message>
    <message>
        <source>The header was glued to the previous line.</source>
        <translation>ヘッダーが前の行とつながっています。</translation>
    </message>
    <message>
        <source>A row of the task table was cut.</source>
        <translation>タスク表の行が途中で切れています。</translation>
    </message>
    <message>
        <source>The victim is known only from the oom-kill: summary line.</source>
        <translation>犠牲プロセスは oom-kill: サマリー行からのみ判明しています。</translation>
    </message>
    <message>
        <source>The victim is known only from the oom_reaper line.</source>
        <translation>犠牲プロセスは oom_reaper の行からのみ判明しています。</translation>
    </message>
    <message>
        <source>The victim was already exiting; the kernel skipped killing it.</source>
        <translation>犠牲プロセスは既に終了処理中だったため、カーネルは強制終了を省略しました。</translation>
    </message>
    <message>
        <source>Only systemd&apos;s unit result is in the log, not the kill itself.</source>
        <translation>ログには systemd のユニットの結果だけがあり、強制終了そのものの記録はありません。</translation>
    </message>
    <message>
        <source>systemd&apos;s line for %1 was cut by a pager.</source>
        <translation>%1 に関する systemd の行がページャーによって切り詰められています。</translation>
    </message>
    <message>
        <source>systemd-oomd&apos;s kill line gives no reason.</source>
        <translation>systemd-oomd の強制終了の行に理由が示されていません。</translation>
    </message>
    <message>
        <source>systemd-oomd&apos;s kill line was wrapped.</source>
        <translation>systemd-oomd の強制終了の行が折り返されています。</translation>
    </message>
    <message>
        <source>systemd-oomd ran in dry-run mode: nothing was killed.</source>
        <translation>systemd-oomd はドライランモードで動作していました: 何も強制終了されていません。</translation>
    </message>
    <message>
        <source>A candidate&apos;s cgroup path was abridged: %1</source>
        <translation>候補の cgroup パスが省略されています: %1</translation>
    </message>
    <message>
        <source>A candidate has no cgroup path.</source>
        <translation>cgroup パスのない候補があります。</translation>
    </message>
    <message>
        <source>earlyoom ran in dry-run mode: nothing was killed.</source>
        <translation>earlyoom はドライランモードで動作していました: 何も強制終了されていません。</translation>
    </message>
    <message>
        <source>earlyoom did not name the signal (before 1.2 it was always SIGKILL).</source>
        <translation>earlyoom がシグナルを示していません (1.2 より前は常に SIGKILL でした)。</translation>
    </message>
    <message>
        <source>The victim did not exit after earlyoom&apos;s signal.</source>
        <translation>犠牲プロセスは earlyoom のシグナルを受けても終了しませんでした。</translation>
    </message>
    <message>
        <source>earlyoom escalated to SIGKILL after %1.</source>
        <translation>earlyoom は %1 後に SIGKILL に切り替えました。</translation>
    </message>
    <message>
        <source>The victim exited after %1.</source>
        <translation>犠牲プロセスは %1 後に終了しました。</translation>
    </message>
    <message>
        <source>earlyoom could not kill the victim: %1</source>
        <translation>earlyoom は犠牲プロセスを強制終了できませんでした: %1</translation>
    </message>
    <message>
        <source>nohang printed the memory split rounded to MiB.</source>
        <translation>nohang はメモリの内訳を MiB 単位に丸めて出力しています。</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <source>an unknown process</source>
        <translation>不明なプロセス</translation>
    </message>
    <message>
        <source>Page allocation failure</source>
        <translation>ページ割り当て失敗</translation>
    </message>
    <message>
        <source>systemd-oomd kill</source>
        <translation>systemd-oomd による強制終了</translation>
    </message>
    <message>
        <source>earlyoom kill</source>
        <translation>earlyoom による強制終了</translation>
    </message>
    <message>
        <source>nohang kill</source>
        <translation>nohang による強制終了</translation>
    </message>
    <message>
        <source>Userspace OOM kill</source>
        <translation>ユーザー空間の OOM Killerによる強制終了</translation>
    </message>
    <message>
        <source>Manual OOM kill (SysRq-f)</source>
        <translation>手動の OOM 強制終了 (SysRq-f)</translation>
    </message>
    <message>
        <source>Memory cgroup OOM</source>
        <translation>メモリ cgroup の OOM</translation>
    </message>
    <message>
        <source>Cpuset OOM</source>
        <translation>cpuset の OOM</translation>
    </message>
    <message>
        <source>Memory policy OOM</source>
        <translation>メモリポリシーの OOM</translation>
    </message>
    <message>
        <source>OOM kill (report suppressed)</source>
        <translation>OOM による強制終了 (レポートは抑制)</translation>
    </message>
    <message>
        <source>System-wide OOM</source>
        <translation>システム全体の OOM</translation>
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
        <translation>ページテーブル %1</translation>
    </message>
    <message>
        <source>oom_score_adj %1</source>
        <translation>oom_score_adj %1</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> (%1 内)</translation>
    </message>
    <message>
        <source>, killed with its memory.oom.group</source>
        <translation>、memory.oom.group により一括で強制終了</translation>
    </message>
    <message>
        <source>, memory reaped</source>
        <translation>、メモリ回収済み</translation>
    </message>
    <message>
        <source>, the reaper could not free its memory</source>
        <translation>、oom_reaper はメモリを解放できませんでした</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <source>order -1 (manual SysRq request)</source>
        <translation>order -1 (SysRq による手動要求)</translation>
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
        <translation>ページアロケータ経由</translation>
    </message>
    <message>
        <source>via the memory cgroup charge</source>
        <translation>メモリ cgroup のチャージ経由</translation>
    </message>
    <message>
        <source>via a page fault</source>
        <translation>ページフォルト経由</translation>
    </message>
    <message>
        <source>via SysRq-f</source>
        <translation>SysRq-f 経由</translation>
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
        <translation>コンパクション無効</translation>
    </message>
    <message>
        <source>%1 requested %2</source>
        <translation>%1 の要求: %2</translation>
    </message>
    <message>
        <source>%1 could not allocate an order-%2 block (%3); the kernel did not kill anything for it</source>
        <translation>%1 は order-%2 ブロックを割り当てられませんでした (%3)。カーネルはこれによる強制終了を行っていません</translation>
    </message>
    <message>
        <source>A userspace OOM killer</source>
        <translation>ユーザー空間の OOM Killer</translation>
    </message>
    <message>
        <source>%1 killed a process</source>
        <translation>%1 がプロセスを強制終了しました</translation>
    </message>
    <message>
        <source>%1 killed %2</source>
        <translation>%1 が %2 を強制終了しました</translation>
    </message>
    <message>
        <source> — swap use exceeded %1%</source>
        <translation> — スワップ使用率が %1% を超過</translation>
    </message>
    <message>
        <source> — memory pressure %1% above the limit %2%</source>
        <translation> — メモリプレッシャー %1% が上限 %2% を超過</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> (%1 継続)</translation>
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
        <translation> (シグナル %1)</translation>
    </message>
    <message>
        <source> (rss %1)</source>
        <translation> (rss %1)</translation>
    </message>
    <message>
        <source>Memory cgroup OOM in %1</source>
        <translation>メモリ cgroup の OOM (%1)</translation>
    </message>
    <message>
        <source>Cpuset OOM in %1</source>
        <translation>cpuset の OOM (%1)</translation>
    </message>
    <message>
        <source>killed %1</source>
        <translation>%1 を強制終了しました</translation>
    </message>
    <message>
        <source>killed %1 (%2)</source>
        <translation>%1 (%2) を強制終了しました</translation>
    </message>
    <message>
        <source> and 1 more process</source>
        <translation> (ほかに 1 個のプロセス)</translation>
    </message>
    <message>
        <source> and %1 more processes</source>
        <translation> (ほかに %1 個のプロセス)</translation>
    </message>
    <message>
        <source>no killable process was found</source>
        <translation>強制終了できるプロセスが見つかりませんでした</translation>
    </message>
    <message>
        <source>the kernel panicked instead of killing</source>
        <translation>カーネルは強制終了せずにパニックしました</translation>
    </message>
    <message>
        <source>no kill is recorded in the log</source>
        <translation>ログに強制終了の記録がありません</translation>
    </message>
    <message>
        <source>limit %1 reached, failcnt %2</source>
        <translation>上限 %1 に到達、failcnt %2</translation>
    </message>
    <message>
        <source>usage %1 of limit %2, failcnt %3</source>
        <translation>使用量 %1 / 上限 %2、failcnt %3</translation>
    </message>
    <message>
        <source>swap: %1</source>
        <translation>スワップ: %1</translation>
    </message>
    <message>
        <source>panic: %1</source>
        <translation>パニック: %1</translation>
    </message>
    <message>
        <source>%1; panic: %2</source>
        <translation>%1、パニック: %2</translation>
    </message>
    <message>
        <source>critical</source>
        <comment>cause severity</comment>
        <translation>重大</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>cause severity</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <comment>cause severity</comment>
        <translation>情報</translation>
    </message>
    <message>
        <source>The log was quoted in a mail reply or a blockquote; the quote marks were removed.</source>
        <translation>ログはメールの返信や引用ブロックで引用されていました。引用符は取り除きました。</translation>
    </message>
    <message>
        <source>Whoever copied the log cut the dates off its lines: the time of day is there, the day is unknown.</source>
        <translation>ログをコピーした人が各行の日付を削っています。時刻はありますが、日付は不明です。</translation>
    </message>
    <message>
        <source>Lines that a mail client or a terminal had wrapped were joined again.</source>
        <translation>メールクライアントや端末で折り返された行を元どおりにつなぎました。</translation>
    </message>
    <message>
        <source>OpenVZ/Virtuozzo container OOM: beancounter %1.</source>
        <translation>OpenVZ/Virtuozzo コンテナの OOM: beancounter %1。</translation>
    </message>
    <message>
        <source>The slab allocator failed %1 times in a row; they are shown as one event.</source>
        <translation>slab アロケータが続けて %1 回失敗しました。1 つのイベントとして表示しています。</translation>
    </message>
    <message>
        <source>Slab caches that could not grow: %1</source>
        <translation>拡張できなかった slab キャッシュ: %1</translation>
    </message>
    <message>
        <source>The failed slab allocations did not all have the same gfp mask.</source>
        <translation>失敗した slab の割り当ての gfp_mask はすべて同じではありませんでした。</translation>
    </message>
    <message>
        <source>systemd-oomd&apos;s kill line gives no reason; its candidate list (swap use only) shows a swap-based kill.</source>
        <translation>systemd-oomd の強制終了の行には理由がありませんが、候補一覧 (スワップ使用量のみ) からスワップによる強制終了だとわかります。</translation>
    </message>
    <message>
        <source>The %1 allocator could not grow the slab cache %2 (%3); the kernel did not kill anything for it</source>
        <translation>%1 アロケータが slab キャッシュ %2 を拡張できませんでした (%3)。カーネルはこれによる強制終了を行っていません</translation>
    </message>
    <message>
        <source> — swap use passed its limit</source>
        <translation> — スワップ使用率が上限を超えました</translation>
    </message>
    <message>
        <source>slab failures</source>
        <translation>slab の失敗</translation>
    </message>
    <message>
        <source>The low-memory killer&apos;s reason lines after its kill line are not in the log.</source>
        <translation>低メモリキラーが強制終了の行の後に出す理由の行は、ログにありません。</translation>
    </message>
    <message>
        <source>Android lmkd kill</source>
        <translation>Android lmkd による強制終了</translation>
    </message>
    <message>
        <source>Android low memory killer kill</source>
        <translation>Android 低メモリキラーによる強制終了</translation>
    </message>
    <message>
        <source>ChromeOS low-memory kill</source>
        <translation>ChromeOS のメモリ不足による終了</translation>
    </message>
    <message>
        <source>rss %1</source>
        <translation>rss %1</translation>
    </message>
    <message>
        <source>swap %1</source>
        <translation>スワップ %1</translation>
    </message>
    <message>
        <source>caches the log does not name</source>
        <extracomment>The slab caches that failed are not printed in the log.</extracomment>
        <translation>ログに名前のないキャッシュ</translation>
    </message>
    <message>
        <source>%1 first, others later</source>
        <extracomment>gfp_mask of the first failure; the later ones printed other masks.</extracomment>
        <translation>最初は %1、以降は別の値</translation>
    </message>
    <message>
        <source>after the kill</source>
        <translation>強制終了の後</translation>
    </message>
    <message>
        <source>%1 s after the report began</source>
        <translation>レポート開始の %1 秒後</translation>
    </message>
    <message>
        <source>just before the report</source>
        <translation>レポートの直前</translation>
    </message>
    <message>
        <source>%1 s before the report</source>
        <translation>レポートの %1 秒前</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 allocation failure(s) %2, in %3, gfp_mask %4</source>
        <extracomment>%n count, %1 allocator (SLUB, SLAB), %2 when, %3 slab caches, %4 gfp_mask.</extracomment>
        <translation>
            <numerusform>%1 の割り当て失敗 %n 回 (%2)、キャッシュ: %3、gfp_mask %4</numerusform>
        </translation>
    </message>
    <message>
        <source>The kernel&apos;s lowmemorykiller</source>
        <translation>カーネルの lowmemorykiller</translation>
    </message>
    <message>
        <source>Chrome&apos;s tab manager</source>
        <translation>Chrome のタブマネージャ</translation>
    </message>
    <message>
        <source> (an estimated %1 freed)</source>
        <translation>（推定 %1 を解放）</translation>
    </message>
    <message>
        <source>The kernel&apos;s lowmemorykiller printed %1: an adj of this kernel&apos;s scale (oom_adj or oom_score_adj) and a size in pages.</source>
        <translation>カーネルの lowmemorykiller の出力は %1 です。adj はこのカーネルの尺度 (oom_adj または oom_score_adj)、size はページ数です。</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Waiting for authorization and the changes…</source>
        <translation>認可と変更を待っています…</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>適用結果</translation>
    </message>
    <message>
        <source>Verified against the live system</source>
        <translation>稼働中のシステムで確認</translation>
    </message>
</context>
<context>
    <name>SandboxCapabilities</name>
    <message>
        <source>the sandbox does not allow starting the host gatherer (no permission to talk to org.freedesktop.Flatpak)</source>
        <translation>サンドボックスがホスト収集プログラムの起動を許可していません (org.freedesktop.Flatpak と通信する権限がありません)</translation>
    </message>
    <message>
        <source>the host gatherer (oomlens-hostgather) is missing from this installation</source>
        <translation>このインストールにはホスト収集プログラム (oomlens-hostgather) が含まれていません</translation>
    </message>
    <message>
        <source>org.freedesktop.Flatpak does not answer on the session bus, so the host gatherer cannot be started</source>
        <translation>セッションバス上の org.freedesktop.Flatpak が応答しないため、ホスト収集プログラムを起動できません</translation>
    </message>
    <message>
        <source>Allow it with: flatpak override --user --talk-name=org.freedesktop.Flatpak io.github.oomlens.OOMLens, or install OOM Lens from your distribution&apos;s packages.</source>
        <translation>flatpak override --user --talk-name=org.freedesktop.Flatpak io.github.oomlens.OOMLens で許可するか、ディストリビューションのパッケージから OOM Lens をインストールしてください。</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation>断片化</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <source>Cgroups</source>
        <translation>cgroup</translation>
    </message>
    <message>
        <source>Live kernel log</source>
        <translation>リアルタイムのカーネルログ</translation>
    </message>
    <message>
        <source>Journal of earlier boots</source>
        <translation>以前のブートのジャーナル</translation>
    </message>
    <message>
        <source>Fixes</source>
        <translation>対処</translation>
    </message>
    <message>
        <source>Host processes are not visible in the Flatpak sandbox (it has its own process namespace), and %1.</source>
        <translation>Flatpak サンドボックスからはホストのプロセスが見えません (独自のプロセス名前空間を持つため)。さらに、%1。</translation>
    </message>
    <message>
        <source>The cgroup tree (/sys/fs/cgroup) is not mounted in the Flatpak sandbox, and %1.</source>
        <translation>cgroup ツリー (/sys/fs/cgroup) は Flatpak サンドボックス内にマウントされていません。さらに、%1。</translation>
    </message>
    <message>
        <source>The kernel log (/dev/kmsg) cannot be read in the Flatpak sandbox, and %1; new incidents are not shown as they happen.</source>
        <translation>Flatpak サンドボックスではカーネルログ (/dev/kmsg) を読み取れません。さらに、%1。新しいインシデントは発生時に表示されません。</translation>
    </message>
    <message>
        <source>The journal (%1) is exposed to the sandbox but cannot be read: the host keeps no persistent journal, or this user may not read it.</source>
        <translation>ジャーナル (%1) はサンドボックスに公開されていますが読み取れません: ホストが永続的なジャーナルを保存していないか、このユーザーには読み取り権限がありません。</translation>
    </message>
    <message>
        <source>The sandbox does not expose the journal (%1), so incidents of earlier boots are not found.</source>
        <translation>サンドボックスがジャーナル (%1) を公開していないため、以前のブートのインシデントは見つかりません。</translation>
    </message>
    <message>
        <source>Add the user to the systemd-journal group, or open exported logs with Open.</source>
        <translation>ユーザーを systemd-journal グループに追加するか、エクスポートしたログを「開く」で開いてください。</translation>
    </message>
    <message>
        <source>Allow it with: flatpak override --user --filesystem=/var/log/journal:ro io.github.oomlens.OOMLens</source>
        <translation>flatpak override --user --filesystem=/var/log/journal:ro io.github.oomlens.OOMLens で許可できます</translation>
    </message>
    <message>
        <source>The host has no oomlens-helper, so fixes cannot be applied from the sandbox; each wizard shows the commands to run instead.</source>
        <translation>ホストに oomlens-helper がないため、サンドボックスから対処を適用できません。代わりに各ウィザードが実行すべきコマンドを表示します。</translation>
    </message>
    <message>
        <source>The sandbox may not talk to the host&apos;s oomlens-helper, so fixes cannot be applied; each wizard shows the commands to run instead.</source>
        <translation>サンドボックスはホストの oomlens-helper と通信できないため、対処を適用できません。代わりに各ウィザードが実行すべきコマンドを表示します。</translation>
    </message>
    <message>
        <source>Install the oomlens package of your distribution on the host; it provides the helper.</source>
        <translation>ホストにディストリビューションの oomlens パッケージをインストールしてください。ヘルパーはこのパッケージに含まれています。</translation>
    </message>
</context>
<context>
    <name>SeriesModel</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Loading was cancelled: the incidents found so far are shown. Press F5 to load everything again.</source>
        <translation>読み込みを中止しました。ここまでに見つかったインシデントを表示しています。すべて読み込み直すには F5 を押してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New incidents on this system cannot be followed: %1</source>
        <translation>このシステムの新しいインシデントを追跡できません: %1</translation>
    </message>
    <message>
        <source>New incident: %1</source>
        <translation>新しいインシデント: %1</translation>
    </message>
</context>
<context>
    <name>SessionOverview</name>
    <message numerus="yes">
        <source>%n day(s) with incidents; at most %1 on %2</source>
        <translation>
            <numerusform>インシデントのあった日 %n 日、最多は %2 の %1 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeverityMap</name>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
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
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
</context>
<context>
    <name>SourceBar</name>
    <message>
        <source>Live system</source>
        <translation>稼働中のシステム</translation>
    </message>
    <message>
        <source>No input open</source>
        <translation>開いている入力はありません</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>%1 を閉じる</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
</context>
<context>
    <name>StartOptions</name>
    <message>
        <source>Explains why Linux ran out of memory.</source>
        <translation>Linux がメモリ不足になった理由を説明します。</translation>
    </message>
    <message>
        <source>Open the demo bundle shipped with OOM Lens.</source>
        <translation>OOM Lens に同梱のデモバンドルを開きます。</translation>
    </message>
    <message>
        <source>Use this language (ja, zh_CN, zh_TW, en).</source>
        <translation>この言語を使います (ja、zh_CN、zh_TW、en)。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Logs, folders, archives or bundles to open; without any, the live system.</source>
        <translation>開くログ、フォルダー、アーカイブ、バンドル。指定しなければ稼働中のシステムを開きます。</translation>
    </message>
    <message>
        <source>[FILE|DIR|ARCHIVE…]</source>
        <translation>[ファイル|ディレクトリ|アーカイブ…]</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Reading %1</source>
        <translation>%1 を読み込み中</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>読み込みの進み具合</translation>
    </message>
    <message>
        <source>%1 of %2 MiB</source>
        <translation>%1 / %2 MiB</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>インシデント %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>%1 を監視中</translation>
    </message>
</context>
<context>
    <name>StdinStream</name>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>読み取りエラー: %1</translation>
    </message>
    <message>
        <source>%1 data on standard input is not supported; pass the file&apos;s path</source>
        <translation>標準入力からの %1 データには対応していません。ファイルのパスを指定してください</translation>
    </message>
</context>
<context>
    <name>SystemTree</name>
    <message>
        <source>Cgroup %1 was removed while it was being read.</source>
        <translation>cgroup %1 は読み取り中に削除されました。</translation>
    </message>
    <message>
        <source>Cgroups deeper than %1 levels below %2 were not read.</source>
        <translation>%2 から %1 階層より深い cgroup は読み取っていません。</translation>
    </message>
    <message>
        <source>Only the first %1 cgroups were read.</source>
        <translation>最初の %1 個の cgroup のみを読み取りました。</translation>
    </message>
    <message>
        <source>This cgroup</source>
        <translation>この cgroup</translation>
    </message>
    <message>
        <source>The cgroup tree</source>
        <translation>cgroup ツリー</translation>
    </message>
    <message numerus="yes">
        <source>%1 is unknown in %n cgroup(s): permission denied.</source>
        <translation>
            <numerusform>%n 個の cgroup で %1 が不明です: 権限がありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is unknown: %2: %3.</source>
        <translation>%1 は不明です: %2: %3。</translation>
    </message>
    <message>
        <source>The process table</source>
        <translation>プロセステーブル</translation>
    </message>
    <message>
        <source>Process %1 does not exist (any more).</source>
        <translation>プロセス %1 は存在しません (既に終了しています)。</translation>
    </message>
    <message>
        <source>Process %1 exited while it was being read.</source>
        <translation>プロセス %1 は読み取り中に終了しました。</translation>
    </message>
    <message>
        <source>Process %1 (%2) exited while it was being read.</source>
        <translation>プロセス %1 (%2) は読み取り中に終了しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n more process(es) exited while being read.</source>
        <translation>
            <numerusform>さらに %n 個のプロセスが読み取り中に終了しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is unknown for %n process(es): reading it needs ptrace access (root, or the same user without Yama restrictions).</source>
        <translation>
            <numerusform>%n 個のプロセスで %1 が不明です: 読み取りには ptrace アクセスが必要です (root、または Yama の制限がない場合は同じユーザー)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is unknown for %n process(es): permission denied.</source>
        <translation>
            <numerusform>%n 個のプロセスで %1 が不明です: 権限がありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is unknown for %n process(es): the file does not exist (older kernel, or not in the bundle).</source>
        <translation>
            <numerusform>%n 個のプロセスで %1 が不明です: ファイルが存在しません (古いカーネルか、バンドルに含まれていません)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process file(s) could not be read or parsed.</source>
        <translation>
            <numerusform>%n 個のプロセスファイルを読み取れないか、解析できませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The kernel release</source>
        <translation>カーネルリリース</translation>
    </message>
    <message>
        <source>System memory (meminfo)</source>
        <translation>システムメモリ (meminfo)</translation>
    </message>
    <message>
        <source>Reclaim and OOM counters (vmstat)</source>
        <translation>回収と OOM のカウンター (vmstat)</translation>
    </message>
    <message>
        <source>Zone watermarks (zoneinfo)</source>
        <translation>ゾーンのウォーターマーク (zoneinfo)</translation>
    </message>
    <message>
        <source>Free blocks per order (buddyinfo)</source>
        <translation>order ごとの空きブロック (buddyinfo)</translation>
    </message>
    <message>
        <source>Free blocks per migrate type are unknown: proc/pagetypeinfo is readable by root only (Linux 5.4+).</source>
        <translation>移動タイプごとの空きブロックは不明です: proc/pagetypeinfo は root しか読み取れません (Linux 5.4 以降)。</translation>
    </message>
    <message>
        <source>Free blocks per migrate type (pagetypeinfo)</source>
        <translation>移動タイプごとの空きブロック (pagetypeinfo)</translation>
    </message>
    <message>
        <source>%1 did not hold PSI lines.</source>
        <translation>%1 に PSI の行がありませんでした。</translation>
    </message>
    <message>
        <source>Pressure stall information</source>
        <translation>プレッシャーストール情報 (PSI)</translation>
    </message>
    <message>
        <source>Pressure stall information is unknown: PSI is disabled at boot (psi=0, or a CONFIG_PSI_DEFAULT_DISABLED kernel such as RHEL 8 without psi=1).</source>
        <translation>プレッシャーストール情報 (PSI) は不明です: 起動時に PSI が無効化されています (psi=0、または psi=1 を指定せずに起動した RHEL 8 など CONFIG_PSI_DEFAULT_DISABLED のカーネル)。</translation>
    </message>
    <message>
        <source>Pressure stall information is unknown: the kernel was booted with psi=0.</source>
        <translation>プレッシャーストール情報 (PSI) は不明です: カーネルが psi=0 で起動されています。</translation>
    </message>
    <message>
        <source>Pressure stall information is unknown: the kernel has no CONFIG_PSI, is older than 4.20, or PSI is disabled at boot (psi=0).</source>
        <translation>プレッシャーストール情報 (PSI) は不明です: カーネルに CONFIG_PSI がないか、4.20 より古いか、起動時に PSI が無効化されています (psi=0)。</translation>
    </message>
    <message>
        <source>Swap devices</source>
        <translation>スワップデバイス</translation>
    </message>
    <message>
        <source>The vm.* sysctls</source>
        <translation>vm.* sysctl</translation>
    </message>
    <message>
        <source>Transparent huge page settings are unknown: the kernel has no CONFIG_TRANSPARENT_HUGEPAGE (or the bundle lacks them).</source>
        <translation>透過的ヒュージページ (THP) の設定は不明です: カーネルに CONFIG_TRANSPARENT_HUGEPAGE がありません (またはバンドルに含まれていません)。</translation>
    </message>
    <message>
        <source>Transparent huge page settings</source>
        <translation>透過的ヒュージページ (THP) の設定</translation>
    </message>
    <message>
        <source>The NUMA topology (a kernel without CONFIG_NUMA has no node directory)</source>
        <translation>NUMA トポロジー (CONFIG_NUMA のないカーネルには node ディレクトリがありません)</translation>
    </message>
    <message>
        <source>Node memory</source>
        <translation>ノードのメモリ</translation>
    </message>
    <message>
        <source>Only your own processes are listed: /proc is mounted with hidepid=%1.</source>
        <translation>自分のプロセスのみ表示されます: /proc が hidepid=%1 でマウントされています。</translation>
    </message>
    <message>
        <source>Cgroups are unknown: no cgroup hierarchy is mounted (or the bundle has none).</source>
        <translation>cgroup は不明です: cgroup 階層がマウントされていません (またはバンドルに含まれていません)。</translation>
    </message>
    <message>
        <source>cgroup v1 only: per-cgroup memory pressure, memory.events and memory.oom.group do not exist; the v1 counters (limit_in_bytes, failcnt, oom_control) are shown instead.</source>
        <translation>cgroup v1 のみ: cgroup ごとのメモリプレッシャー、memory.events、memory.oom.group は存在しません。代わりに v1 のカウンター (limit_in_bytes, failcnt, oom_control) を表示します。</translation>
    </message>
    <message>
        <source>Hybrid cgroup layout: the memory controller is on cgroup v1 (%1); the v2 hierarchy gives per-cgroup pressure only.</source>
        <translation>ハイブリッド cgroup 構成: メモリコントローラーは cgroup v1 (%1) 上にあります。v2 階層から得られるのは cgroup ごとのプレッシャーのみです。</translation>
    </message>
    <message>
        <source>The cgroup v2 memory controller is not enabled: cgroup memory usage and limits are unknown.</source>
        <translation>cgroup v2 のメモリコントローラーが有効になっていません: cgroup のメモリ使用量と上限は不明です。</translation>
    </message>
    <message>
        <source>Everything is unknown: %1.</source>
        <translation>すべて不明です: %1。</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Not running as root: other users&apos; smaps_rollup, proc/pagetypeinfo (Linux 5.4+) and some cgroup files are unknown; everything else is complete.</source>
        <translation>root として実行されていません: 他ユーザーの smaps_rollup、proc/pagetypeinfo (Linux 5.4 以降)、一部の cgroup ファイルは不明です。それ以外はすべて取得できています。</translation>
    </message>
    <message>
        <source>The page size is unknown (the bundle does not state it, and meminfo, zoneinfo and vmstat do not agree on one): 4 KiB is assumed.</source>
        <translation>ページサイズが不明です (バンドルに記載がなく、meminfo、zoneinfo、vmstat の値も一致しません)。4 KiB と仮定します。</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>Largest tasks by rss (%1 of %2):</source>
        <translation>rss の大きいタスク (%2 個中 %1 個):</translation>
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
        <translation>名前</translation>
    </message>
    <message>
        <source>limit of the host</source>
        <translation>ホストの上限</translation>
    </message>
    <message>
        <source>limit of %1</source>
        <translation>%1 の上限</translation>
    </message>
    <message>
        <source>victim in %1</source>
        <translation>犠牲プロセスは %1 内</translation>
    </message>
    <message>
        <source>Memory cgroup: %1</source>
        <translation>メモリ cgroup: %1</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>memory</translation>
    </message>
    <message>
        <source>memory+swap</source>
        <translation>memory+swap</translation>
    </message>
    <message>
        <source>kmem</source>
        <translation>kmem</translation>
    </message>
    <message>
        <source>Incident %1 of %2: %3</source>
        <translation>インシデント %1/%2: %3</translation>
    </message>
    <message>
        <source>Causes:</source>
        <translation>原因:</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>発生した事象: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>日時: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>ソース: %1</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>ソース: %1、%2</translation>
    </message>
    <message>
        <source>Trigger: %1</source>
        <translation>契機となったプロセス: %1</translation>
    </message>
    <message>
        <source>Constraint: %1</source>
        <translation>制約: %1</translation>
    </message>
    <message>
        <source>Only the kill line is in the log (the kernel rate-limits the details).</source>
        <translation>ログには強制終了の行しかありません (カーネルが詳細の出力をレート制限しています)。</translation>
    </message>
    <message>
        <source>Victims:</source>
        <translation>犠牲プロセス:</translation>
    </message>
    <message>
        <source>Selected first: %1 (pid %2, score %3), then a child was killed</source>
        <translation>最初に選択: %1 (pid %2、スコア %3)。その後、その子プロセスが強制終了されました</translation>
    </message>
    <message>
        <source>memory.oom.group: every task of %1 was killed</source>
        <translation>memory.oom.group: %1 のすべてのタスクが強制終了されました</translation>
    </message>
    <message>
        <source>No process could be killed.</source>
        <translation>強制終了できるプロセスがありませんでした。</translation>
    </message>
    <message>
        <source>The kernel panicked.</source>
        <translation>カーネルがパニックしました。</translation>
    </message>
    <message>
        <source>The kernel panicked: %1</source>
        <translation>カーネルがパニックしました: %1</translation>
    </message>
    <message>
        <source>Zones below their min watermark:</source>
        <translation>min ウォーターマークを下回ったゾーン:</translation>
    </message>
    <message>
        <source>Swap: %1</source>
        <translation>スワップ: %1</translation>
    </message>
    <message>
        <source>systemd units:</source>
        <translation>systemd ユニット:</translation>
    </message>
    <message>
        <source>Container runtime %1: %2</source>
        <translation>コンテナランタイム %1: %2</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>注記:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>根拠: %1</translation>
    </message>
    <message>
        <source>No OOM incidents found.</source>
        <translation>OOM インシデントは見つかりませんでした。</translation>
    </message>
    <message>
        <source>OOM incidents found: %1.</source>
        <translation>見つかった OOM インシデント: %1 件。</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>入力:</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>エラー:</translation>
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
        <translation>別の入力にも記録: %1</translation>
    </message>
    <message>
        <source>Also in: %1, %2</source>
        <translation>別の入力にも記録: %1、%2</translation>
    </message>
    <message>
        <source>Slab allocation failures: %1</source>
        <translation>slab 割り当ての失敗: %1</translation>
    </message>
</context>
<context>
    <name>TotalPagesText</name>
    <message>
        <source>The report does not print the total swap; 0 was assumed.</source>
        <translation>レポートにスワップ総量が出力されていないため、0 と仮定しました。</translation>
    </message>
    <message>
        <source>%1 pages RAM − %2 pages reserved + %3 kB swap ÷ %4 kB = %5 pages</source>
        <translation>RAM %1 ページ − 予約 %2 ページ + スワップ %3 kB ÷ %4 kB = %5 ページ</translation>
    </message>
    <message>
        <source>The report has neither the RAM summary nor zone sizes.</source>
        <translation>レポートに RAM の要約もゾーンのサイズもありません。</translation>
    </message>
    <message>
        <source>Σ managed of the zones %1 kB ÷ %2 kB + %3 kB swap ÷ %2 kB = %4 pages</source>
        <translation>Σ ゾーンの managed %1 kB ÷ %2 kB + スワップ %3 kB ÷ %2 kB = %4 ページ</translation>
    </message>
    <message>
        <source>Without the RAM summary the zones printed were summed; zones the report filtered out are missing.</source>
        <translation>RAM の要約がないため、出力されたゾーンを合計しました。レポートで除外されたゾーンは含まれていません。</translation>
    </message>
    <message>
        <source>Zones without managed: (before 3.8) counted with present:, which includes reserved pages.</source>
        <translation>managed: のないゾーン (3.8 より前) は present: で数えました。これには予約済みページが含まれます。</translation>
    </message>
    <message>
        <source>The memcg report&apos;s memory: line (the limit) is not in the log.</source>
        <translation>memcg レポートの memory: 行 (上限) がログにありません。</translation>
    </message>
    <message>
        <source>The OOMing memcg prints no memory limit.</source>
        <translation>OOM が発生した memcg はメモリ上限を出力していません。</translation>
    </message>
    <message>
        <source>Memcg reports since 3.9 do not print the total swap; 0 was assumed.</source>
        <translation>3.9 以降の memcg レポートはスワップ総量を出力しないため、0 と仮定しました。</translation>
    </message>
    <message>
        <source>Tasks of this memcg have swap entries, so the machine has swap: the real totalpages is larger.</source>
        <translation>この memcg のタスクにスワップエントリがあるため、マシンにはスワップがあります: 実際の totalpages はこれより大きくなります。</translation>
    </message>
    <message>
        <source>memory.swappiness is not in the report; a non-zero value (the default) was assumed.</source>
        <translation>memory.swappiness がレポートにありません。0 以外の値 (デフォルト) を仮定しました。</translation>
    </message>
    <message>
        <source>memory.max %1 kB + min(swap.max %2, total swap %3 kB), ÷ %4 kB = %5 pages</source>
        <translation>memory.max %1 kB + min(swap.max %2, スワップ総量 %3 kB), ÷ %4 kB = %5 ページ</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>memory limit %1 kB + min(memory+swap limit − memory limit %2, total swap %3 kB), ÷ %4 kB = %5 pages</source>
        <translation>メモリ上限 %1 kB + min(memory+swap 上限 − メモリ上限 %2, スワップ総量 %3 kB), ÷ %4 kB = %5 ページ</translation>
    </message>
    <message>
        <source>The memory+swap line is not in the log; no memory+swap limit was assumed.</source>
        <translation>memory+swap の行がログにありません。memory+swap の上限はないものとしました。</translation>
    </message>
    <message>
        <source>The cpuset&apos;s nodes (mems_allowed) or the zone sizes per node are not in the log.</source>
        <translation>cpuset のノード (mems_allowed) またはノードごとのゾーンサイズがログにありません。</translation>
    </message>
    <message>
        <source>The allocation&apos;s nodemask or the zone sizes per node are not in the log.</source>
        <translation>割り当ての nodemask またはノードごとのゾーンサイズがログにありません。</translation>
    </message>
    <message>
        <source>No zone of the allowed nodes %1 is in the log.</source>
        <translation>許可されたノード %1 のゾーンがログにありません。</translation>
    </message>
    <message>
        <source>Σ present of the zones of nodes %1: %2 kB ÷ %3 kB + %4 kB swap ÷ %3 kB = %5 pages</source>
        <translation>Σ ノード %1 のゾーンの present: %2 kB ÷ %3 kB + スワップ %4 kB ÷ %3 kB = %5 ページ</translation>
    </message>
    <message>
        <source>Kernels up to 5.3 count the spanned pages of each node (holes included); present pages were used.</source>
        <translation>5.3 までのカーネルは各ノードの spanned ページ (ホールを含む) を数えますが、ここでは present ページを使用しました。</translation>
    </message>
    <message>
        <source>Some allowed nodes print no zone line; they were not counted.</source>
        <translation>一部の許可されたノードにゾーン行がないため、それらは数えていません。</translation>
    </message>
    <message>
        <source>%1 is not a mainline constraint; the global totalpages was used.</source>
        <translation>%1 はメインラインカーネルの制約ではありません。グローバルな totalpages を使用しました。</translation>
    </message>
    <message>
        <source>The constraint is not printed; the memcg report makes it a memcg OOM.</source>
        <translation>制約が出力されていません。memcg レポートがあるため memcg OOM と判断しました。</translation>
    </message>
    <message>
        <source>The constraint is not printed (before 5.0); a global OOM was assumed (cpuset and mempolicy OOMs look the same).</source>
        <translation>制約が出力されていません (5.0 より前): グローバル OOM と仮定しました (cpuset や mempolicy の OOM も同じ出力になります)。</translation>
    </message>
</context>
<context>
    <name>TranscodingStream</name>
    <message>
        <source>cannot convert from %1: the system&apos;s iconv lacks it</source>
        <translation>%1 から変換できません: システムの iconv が対応していません</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>%1 is not a whole number (for %2).</source>
        <translation>%1 は整数ではありません (%2)。</translation>
    </message>
    <message>
        <source>%1 is outside the range %2 to %3 allowed for %4.</source>
        <translation>%1 は %4 に許される範囲 %2〜%3 の外です。</translation>
    </message>
    <message>
        <source>%1 is not a setting OOM Lens changes.</source>
        <translation>%1 は OOM Lens が変更する設定ではありません。</translation>
    </message>
    <message>
        <source>No unit name given.</source>
        <translation>ユニット名が指定されていません。</translation>
    </message>
    <message>
        <source>The unit name %1 is longer than 255 characters.</source>
        <translation>ユニット名 %1 は 255 文字を超えています。</translation>
    </message>
    <message>
        <source>%1 is not a valid name of a service, scope or slice.</source>
        <translation>%1 はサービス、スコープ、スライスの有効な名前ではありません。</translation>
    </message>
    <message>
        <source>%1 can only be set for a service, not for %2.</source>
        <translation>%1 はサービスにのみ設定でき、%2 には設定できません。</translation>
    </message>
    <message>
        <source>%1 is not one of continue, stop or kill (for OOMPolicy).</source>
        <translation>%1 は continue、stop、kill のいずれでもありません (OOMPolicy)。</translation>
    </message>
    <message>
        <source>%1 is not a unit setting OOM Lens writes.</source>
        <translation>%1 は OOM Lens が書き込むユニット設定ではありません。</translation>
    </message>
    <message>
        <source>%1 is neither a byte count nor “infinity” (for %2).</source>
        <translation>%1 はバイト数でも “infinity” でもありません (%2)。</translation>
    </message>
    <message>
        <source>%1 is not a list of NUMA nodes such as 0-1,3.</source>
        <translation>%1 は 0-1,3 のような NUMA ノードの一覧ではありません。</translation>
    </message>
    <message>
        <source>%1 is not one of auto or kill (for %2).</source>
        <translation>%1 は auto でも kill でもありません (%2)。</translation>
    </message>
    <message>
        <source>%1 is not a unit property OOM Lens sets.</source>
        <translation>%1 は OOM Lens が設定するユニットプロパティではありません。</translation>
    </message>
    <message>
        <source>The cgroup path %1 does not start with “/”.</source>
        <translation>cgroup のパス %1 が “/” で始まっていません。</translation>
    </message>
    <message>
        <source>The root cgroup has no memory limits to change.</source>
        <translation>ルート cgroup には変更できるメモリ制限がありません。</translation>
    </message>
    <message>
        <source>The cgroup path %1 is longer than 4096 characters.</source>
        <translation>cgroup のパス %1 は 4096 文字を超えています。</translation>
    </message>
    <message>
        <source>The cgroup path %1 contains a control character.</source>
        <translation>cgroup のパス %1 に制御文字が含まれています。</translation>
    </message>
    <message>
        <source>The cgroup path %1 has an empty component.</source>
        <translation>cgroup のパス %1 に空の要素があります。</translation>
    </message>
    <message>
        <source>The cgroup path %1 contains “.” or “..”.</source>
        <translation>cgroup のパス %1 に “.” または “..” が含まれています。</translation>
    </message>
    <message>
        <source>A component of the cgroup path %1 is longer than 255 bytes.</source>
        <translation>cgroup のパス %1 の要素が 255 バイトを超えています。</translation>
    </message>
    <message>
        <source>%1 is not a cgroup memory limit file OOM Lens writes.</source>
        <translation>%1 は OOM Lens が書き込む cgroup のメモリ制限ファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is not a limit for %2: give a byte count of at least 4096 or %3.</source>
        <translation>%1 は %2 の制限として使えません: 4096 以上のバイト数か %3 を指定してください。</translation>
    </message>
    <message>
        <source>NUMA node %1 does not exist on this system.</source>
        <translation>NUMA ノード %1 はこのシステムに存在しません。</translation>
    </message>
    <message>
        <source>%1 is not a process id.</source>
        <translation>%1 はプロセス ID ではありません。</translation>
    </message>
    <message>
        <source>The start time of process %1 is unknown, so it cannot be told apart from a later process with the same id.</source>
        <translation>プロセス %1 の開始時刻が不明なため、同じ ID の後のプロセスと区別できません。</translation>
    </message>
    <message>
        <source>oom_score_adj %1 is outside -1000 to 1000.</source>
        <translation>oom_score_adj %1 は -1000〜1000 の範囲外です。</translation>
    </message>
    <message>
        <source>A swap file of %1 bytes is refused: give whole MiB between 64 MiB and 1 TiB.</source>
        <translation>%1 バイトのスワップファイルは受け付けません: 64 MiB から 1 TiB までの MiB 単位で指定してください。</translation>
    </message>
    <message>
        <source>Swap priority %1 is outside -1 to 32767.</source>
        <translation>スワップの優先度 %1 は -1〜32767 の範囲外です。</translation>
    </message>
    <message>
        <source>%1 is not a plain absolute mount point.</source>
        <translation>%1 は単純な絶対パスのマウントポイントではありません。</translation>
    </message>
    <message>
        <source>%1 is %2, which lives in memory: swap there would free nothing.</source>
        <translation>%1 はメモリ上にある %2 です: そこにスワップを置いても何も解放されません。</translation>
    </message>
    <message>
        <source>%1 is a network or user-space filesystem (%2): the kernel cannot swap to it safely.</source>
        <translation>%1 はネットワークまたはユーザー空間のファイルシステム (%2) です: カーネルは安全にスワップできません。</translation>
    </message>
    <message>
        <source>%1 is %2, a filesystem that cannot hold a swap file.</source>
        <translation>%1 は %2 で、スワップファイルを置けないファイルシステムです。</translation>
    </message>
</context>
<context>
    <name>VictimModel</name>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <source>oom_score (predicted)</source>
        <extracomment>the oom_score the ranking predicts for /proc/&lt;pid&gt;/oom_score</extracomment>
        <translation>oom_score (予測)</translation>
    </message>
    <message>
        <source>oom_score (kernel)</source>
        <extracomment>/proc/&lt;pid&gt;/oom_score as the kernel reports it now</extracomment>
        <translation>oom_score (カーネル)</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>スワップ</translation>
    </message>
    <message>
        <source>Page tables</source>
        <translation>ページテーブル</translation>
    </message>
    <message>
        <source>Cgroup / unit</source>
        <translation>cgroup / ユニット</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>対象外: %1</translation>
    </message>
    <message>
        <source>Killed (as predicted)</source>
        <translation>強制終了 (予測どおり)</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>強制終了</translation>
    </message>
    <message>
        <source>Next victim</source>
        <translation>次の犠牲プロセス</translation>
    </message>
    <message>
        <source>Predicted victim</source>
        <translation>予測された犠牲プロセス</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>変更済み</translation>
    </message>
    <message>
        <source>%1 · edited</source>
        <translation>%1 · 変更済み</translation>
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
        <translation>プロセスを読み込み中…</translation>
    </message>
    <message>
        <source>No process could be ranked (see the notes below).</source>
        <translation>ランク付けできるプロセスがありません (下の注記を参照)。</translation>
    </message>
    <message>
        <source>The report has no task table (vm.oom_dump_tasks = 0, or its lines were lost): nothing to rank.</source>
        <translation>レポートにタスク一覧がありません (vm.oom_dump_tasks = 0 か、行が失われています): ランク付けできません。</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <source>No process is eligible: the kernel would find nothing to kill.</source>
        <translation>対象となるプロセスがありません: カーネルは強制終了できるものを見つけられません。</translation>
    </message>
    <message>
        <source>If memory ran out now, the kernel would kill %1.</source>
        <translation>今メモリが尽きると、カーネルは %1 を強制終了します。</translation>
    </message>
    <message>
        <source>With these changes no process would be eligible.</source>
        <translation>この変更では対象となるプロセスがなくなります。</translation>
    </message>
    <message>
        <source>With these changes the kernel would kill %1.</source>
        <translation>この変更では、カーネルは %1 を強制終了します。</translation>
    </message>
    <message>
        <source>The ranking predicts %1.</source>
        <translation>ランキングの予測は %1 です。</translation>
    </message>
    <message>
        <source>The kernel killed %1.</source>
        <translation>カーネルは %1 を強制終了しました。</translation>
    </message>
    <message>
        <source>The kernel killed %1; the ranking predicts %2.</source>
        <translation>カーネルは %1 を強制終了しましたが、ランキングの予測は %2 です。</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 を除外</translation>
    </message>
    <message>
        <source>%1: oom_score_adj %2</source>
        <translation>%1: oom_score_adj %2</translation>
    </message>
    <message>
        <source>The victim would not change.</source>
        <translation>犠牲プロセスは変わりません。</translation>
    </message>
    <message>
        <source>%1 (pid %2) would be killed instead of %3 (pid %4).</source>
        <translation>%3 (pid %4) の代わりに %1 (pid %2) が強制終了されます。</translation>
    </message>
    <message>
        <source>No process would be eligible.</source>
        <translation>対象となるプロセスはなくなります。</translation>
    </message>
    <message>
        <source>What-if: %1. %2</source>
        <translation>what-if: %1。%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>totalpages = %1 (%2)</source>
        <translation>totalpages = %1 (%2)</translation>
    </message>
    <message>
        <source>totalpages is unknown: %1</source>
        <translation>totalpages は不明です: %1</translation>
    </message>
    <message>
        <source>Formula: oom_badness() of kernels %1.</source>
        <translation>計算式: カーネル %1 の oom_badness()。</translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <source>What the incident shows</source>
        <translation>インシデントからわかること</translation>
    </message>
    <message>
        <source>No finding of this incident calls for this remedy; the values below come from the live system alone.</source>
        <translation>このインシデントにはこの対処を必要とする所見はありません。以下の値は稼働中のシステムだけから求めています。</translation>
    </message>
    <message>
        <source>How the values are chosen</source>
        <translation>値の決め方</translation>
    </message>
</context>
<context>
    <name>WizardFields</name>
    <message>
        <source>Keep after a reboot</source>
        <translation>再起動後も保持する</translation>
    </message>
    <message>
        <source>Filesystem for the swap file</source>
        <translation>スワップファイルを置くファイルシステム</translation>
    </message>
    <message>
        <source>a mount point, e.g. /</source>
        <translation>マウントポイント (例: /)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>e.g. 4G or 512M</source>
        <translation>例: 4G や 512M</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>-1 lets the kernel choose</source>
        <translation>-1 ならカーネルが決めます</translation>
    </message>
    <message>
        <source>Add to /etc/fstab</source>
        <translation>/etc/fstab に追加する</translation>
    </message>
    <message>
        <source>vm.swappiness</source>
        <translation>vm.swappiness</translation>
    </message>
    <message>
        <source>empty: unchanged</source>
        <translation>空欄: 変更しない</translation>
    </message>
    <message>
        <source>Cgroup</source>
        <translation>cgroup</translation>
    </message>
    <message>
        <source>systemd unit</source>
        <translation>systemd ユニット</translation>
    </message>
    <message>
        <source>empty: write the cgroup file</source>
        <translation>空欄: cgroup のファイルに書き込む</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>制限</translation>
    </message>
    <message>
        <source>New limit</source>
        <translation>新しい制限</translation>
    </message>
    <message>
        <source>e.g. 2G; max for none</source>
        <translation>例: 2G (制限なしは max)</translation>
    </message>
    <message>
        <source>I accept a maximum below the current usage</source>
        <translation>現在の使用量を下回る上限を受け入れる</translation>
    </message>
    <message>
        <source>NUMA nodes</source>
        <translation>NUMA ノード</translation>
    </message>
    <message>
        <source>e.g. 0-1</source>
        <translation>例: 0-1</translation>
    </message>
    <message>
        <source>NUMA node</source>
        <translation>NUMA ノード</translation>
    </message>
    <message>
        <source>-1: every node</source>
        <translation>-1: すべてのノード</translation>
    </message>
    <message>
        <source>Also set</source>
        <translation>あわせて設定</translation>
    </message>
    <message>
        <source>e.g. vm.compaction_proactiveness=40</source>
        <translation>例: vm.compaction_proactiveness=40</translation>
    </message>
    <message>
        <source>Process id</source>
        <translation>プロセス ID</translation>
    </message>
    <message>
        <source>0: a service instead</source>
        <translation>0: 代わりにサービスを指定</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>oom_score_adj</source>
        <translation>oom_score_adj</translation>
    </message>
    <message>
        <source>-1000 to 1000</source>
        <translation>-1000〜1000</translation>
    </message>
    <message>
        <source>OOMPolicy</source>
        <translation>OOMPolicy</translation>
    </message>
    <message>
        <source>Kernel settings</source>
        <translation>カーネル設定</translation>
    </message>
    <message>
        <source>e.g. vm.panic_on_oom=0</source>
        <translation>例: vm.panic_on_oom=0</translation>
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
        <translation>%1: %2 は整数ではありません</translation>
    </message>
    <message>
        <source>%1: %2 is not a size such as 4G or 512M</source>
        <translation>%1: %2 は 4G や 512M のようなサイズではありません</translation>
    </message>
    <message>
        <source>%1: %2 is not KEY=VALUE</source>
        <translation>%1: %2 は KEY=VALUE の形式ではありません</translation>
    </message>
    <message>
        <source>unchanged</source>
        <extracomment>A drop-down choice that leaves a systemd setting as it is now.</extracomment>
        <translation>変更しない</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>選択</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
</context>
<context>
    <name>ZoneBuddyHistogram</name>
    <message>
        <source>Zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <source>free %1 · largest free order %2</source>
        <translation>空き %1 · 最大の空き order %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Order (block of 2^order pages)</source>
        <translation>order (2^order ページのブロック)</translation>
    </message>
    <message>
        <source>MiB free</source>
        <translation>空き MiB</translation>
    </message>
    <message>
        <source>The report has no buddy free-list lines.</source>
        <translation>レポートにバディアロケータのフリーリストの行がありません。</translation>
    </message>
    <message>
        <source>Reading /proc/buddyinfo…</source>
        <translation>/proc/buddyinfo を読み込み中…</translation>
    </message>
    <message>
        <source>Order %1: unusable free index %2, fragmentation index %3</source>
        <translation>order %1: 使用不能指数 %2、断片化指数 %3</translation>
    </message>
</context>
<context>
    <name>ZoneGauge</name>
    <message>
        <source>free %1</source>
        <translation>空き %1</translation>
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
        <translation>必要量 %1</translation>
    </message>
    <message>
        <source>free %1 of %2 (%3)</source>
        <translation>空き %1 / %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ZoneLabel</name>
    <message>
        <source>Node %1 %2</source>
        <extracomment>a NUMA node and one of its zones, e.g. &quot;Node 0 Normal&quot;; the zone name stays as is</extracomment>
        <translation>ノード %1 %2</translation>
    </message>
</context>
<context>
    <name>ZoneModel</name>
    <message>
        <source>Not used: above %1, the highest zone this allocation may use, or on a node it may not use.</source>
        <translation>使用されません: この割り当てが使える最上位のゾーン %1 より上か、使えないノード上にあります。</translation>
    </message>
    <message>
        <source>Passes: %1 usable free is above the %2 it needs (min + lowmem reserve).</source>
        <translation>合格: 使える空き %1 が必要量 %2 (min + lowmem reserve) を上回っています。</translation>
    </message>
    <message>
        <source>Refused: %1 usable free, %2 needed (min %3 + lowmem reserve %4), short by %5.</source>
        <translation>拒否: 使える空き %1、必要量 %2 (min %3 + lowmem reserve %4) で、%5 不足しています。</translation>
    </message>
    <message>
        <source>No free block of order %1 or larger.</source>
        <translation>order %1 以上の空きブロックがありません。</translation>
    </message>
    <message>
        <source>Below min: allocations reclaim directly, and only high-priority ones may dip further.</source>
        <translation>min 未満: 割り当ては直接回収を行い、それ以下に使えるのは高優先度の割り当てだけです。</translation>
    </message>
    <message>
        <source>Below low: kswapd is woken and reclaims up to high.</source>
        <translation>low 未満: kswapd が起こされ、high まで回収します。</translation>
    </message>
    <message>
        <source>Between low and high: kswapd, once woken, reclaims up to high.</source>
        <translation>low と high の間: 起こされた kswapd は high まで回収します。</translation>
    </message>
    <message>
        <source>Above high: no reclaim needed for this zone.</source>
        <translation>high 以上: このゾーンでは回収は不要です。</translation>
    </message>
    <message>
        <source>Now: free memory of each zone against its watermarks, every second.</source>
        <translation>現在: 各ゾーンの空きメモリとウォーターマークを毎秒表示します。</translation>
    </message>
    <message>
        <source>order %1, %2, highest zone %3</source>
        <translation>order %1、%2、最上位のゾーン %3</translation>
    </message>
    <message>
        <source>The report has no zone lines (Mem-Info was cut or not printed).</source>
        <translation>レポートにゾーンの行がありません (Mem-Info が切れているか、出力されていません)。</translation>
    </message>
    <message>
        <source>The watermark check cannot be replayed: the report has no allocation order.</source>
        <translation>ウォーターマークの判定を再現できません: レポートに割り当ての order がありません。</translation>
    </message>
    <message>
        <source>A zone the allocation could use passed the watermark check: the allocation did not fail for lack of free pages there.</source>
        <translation>この割り当てが使えるゾーンのうち、ウォーターマークの判定に合格したものがあります: そこでの空きページ不足で失敗したのではありません。</translation>
    </message>
    <message>
        <source>No zone the allocation could use passed the watermark check for order %1.</source>
        <translation>この割り当てが使えるゾーンで、order %1 のウォーターマークの判定に合格したものはありません。</translation>
    </message>
    <message>
        <source>A memory cgroup&apos;s limit was reached: the kernel reported the cgroup&apos;s memory, not the zones (see Cgroups).</source>
        <translation>メモリ cgroup の上限に達しました。カーネルはゾーンではなく cgroup のメモリを報告しています（cgroup ページを参照）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>oomlens: the demo bundle is not installed</source>
        <translation>oomlens: デモバンドルがインストールされていません</translation>
    </message>
</context>
<context>
    <name>oom::wizards::WizardController</name>
    <message>
        <source>Confirm the plan first.</source>
        <translation>先に計画を確認してください。</translation>
    </message>
    <message>
        <source>The change failed; the steps before it were undone.</source>
        <translation>変更に失敗しました。それ以前の手順は元に戻しました。</translation>
    </message>
    <message>
        <source>The change failed; nothing was changed.</source>
        <translation>変更に失敗しました。何も変更されていません。</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>確認済み: %1</translation>
    </message>
    <message>
        <source>Not yet in effect: %1</source>
        <translation>まだ反映されていません: %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>元に戻しました: %1</translation>
    </message>
    <message>
        <source>Could not undo %1: %2</source>
        <translation>%1 を元に戻せませんでした: %2</translation>
    </message>
</context>
</TS>
