<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArchiveRootLoader</name>
    <message numerus="yes">
        <source>The archive is damaged after %n member(s): %1</source>
        <translation>
            <numerusform>The archive is damaged after %n member: %1</numerusform>
            <numerusform>The archive is damaged after %n members: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuddyModel</name>
    <message numerus="yes">
        <source>%n free block(s) could serve order %1; the watermark check still decides whether the zone may hand one out.</source>
        <translation>
            <numerusform>%n free block could serve order %1; the watermark check still decides whether the zone may hand it out.</numerusform>
            <numerusform>%n free blocks could serve order %1; the watermark check still decides whether the zone may hand one out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleCollector</name>
    <message numerus="yes">
        <source>a read did not return within %n second(s) after the time limit</source>
        <translation>
            <numerusform>a read did not return within %n second after the time limit</numerusform>
            <numerusform>a read did not return within %n seconds after the time limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the time limit of %n second(s) was reached</source>
        <translation>
            <numerusform>the time limit of %n second was reached</numerusform>
            <numerusform>the time limit of %n seconds was reached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the bundle size limit was reached after %n process(es)</source>
        <translation>
            <numerusform>the bundle size limit was reached after %n process</numerusform>
            <numerusform>the bundle size limit was reached after %n processes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cause</name>
    <message numerus="yes">
        <source>The cgroup %1 reached its memory limit of %2 (usage %3, the limit was hit %n time(s)); the kernel killed a process inside it.</source>
        <translation>
            <numerusform>The cgroup %1 reached its memory limit of %2 (usage %3, the limit was hit %n time); the kernel killed a process inside it.</numerusform>
            <numerusform>The cgroup %1 reached its memory limit of %2 (usage %3, the limit was hit %n times); the kernel killed a process inside it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CgroupTreeModel</name>
    <message numerus="yes">
        <source>Now: %n memory cgroup(s).</source>
        <translation>
            <numerusform>Now: %n memory cgroup.</numerusform>
            <numerusform>Now: %n memory cgroups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n kernel thread(s) and exited task(s) without memory are not listed: the OOM killer never chooses them (oom_score 0).</source>
        <translation>
            <numerusform>%n kernel thread or exited task without memory is not listed: the OOM killer never chooses it (oom_score 0).</numerusform>
            <numerusform>%n kernel threads and exited tasks without memory are not listed: the OOM killer never chooses them (oom_score 0).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message numerus="yes">
        <source>%n value(s) differ between the incident and now.</source>
        <translation>
            <numerusform>%n value differs between the incident and now.</numerusform>
            <numerusform>%n values differ between the incident and now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecompressionGuard</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentFormat</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputProcessor</name>
    <message numerus="yes">
        <source>%n journal entries could not be read and were skipped</source>
        <translation>
            <numerusform>%n journal entry could not be read and was skipped</numerusform>
            <numerusform>%n journal entries could not be read and were skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KmsgFollowedLog</name>
    <message numerus="yes">
        <source>%1: %n record(s) were overwritten by the kernel before they could be read; an incident among them may be incomplete</source>
        <translation>
            <numerusform>%1: %n record was overwritten by the kernel before it could be read; an incident may be incomplete</numerusform>
            <numerusform>%1: %n records were overwritten by the kernel before they could be read; an incident among them may be incomplete</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveRanking</name>
    <message numerus="yes">
        <source>%n process(es) left out: their status could not be read (permission denied, or not in the bundle).</source>
        <translation>
            <numerusform>%n process left out: its status could not be read (permission denied, or not in the bundle).</numerusform>
            <numerusform>%n processes left out: their status could not be read (permission denied, or not in the bundle).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oom_score_adj is unknown for %n process(es) and was taken as 0.</source>
        <translation>
            <numerusform>oom_score_adj is unknown for %n process and was taken as 0.</numerusform>
            <numerusform>oom_score_adj is unknown for %n processes and was taken as 0.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveSampler</name>
    <message numerus="yes">
        <source>%n cgroup file(s) could not be read: permission denied.</source>
        <translation>
            <numerusform>%n cgroup file could not be read: permission denied.</numerusform>
            <numerusform>%n cgroup files could not be read: permission denied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%n OOM incident(s)</source>
        <translation>
            <numerusform>%n OOM incident</numerusform>
            <numerusform>%n OOM incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Planners</name>
    <message numerus="yes">
        <source>Swap now: %1 on %n device(s).</source>
        <translation>
            <numerusform>Swap now: %1 on %n device.</numerusform>
            <numerusform>Swap now: %1 on %n devices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurringList</name>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message numerus="yes">
        <source>%n %1 allocation failure(s) %2, in %3, gfp_mask %4</source>
        <extracomment>%n count, %1 allocator (SLUB, SLAB), %2 when, %3 slab caches, %4 gfp_mask.</extracomment>
        <translation>
            <numerusform>%n %1 allocation failure %2, in %3, gfp_mask %4</numerusform>
            <numerusform>%n %1 allocation failures %2, in %3, gfp_mask %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionOverview</name>
    <message numerus="yes">
        <source>%n day(s) with incidents; at most %1 on %2</source>
        <translation>
            <numerusform>%n day with incidents; at most %1 on %2</numerusform>
            <numerusform>%n days with incidents; at most %1 on %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SystemTree</name>
    <message numerus="yes">
        <source>%1 is unknown in %n cgroup(s): permission denied.</source>
        <translation>
            <numerusform>%1 is unknown in %n cgroup: permission denied.</numerusform>
            <numerusform>%1 is unknown in %n cgroups: permission denied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more process(es) exited while being read.</source>
        <translation>
            <numerusform>%n more process exited while being read.</numerusform>
            <numerusform>%n more processes exited while being read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is unknown for %n process(es): reading it needs ptrace access (root, or the same user without Yama restrictions).</source>
        <translation>
            <numerusform>%1 is unknown for %n process: reading it needs ptrace access (root, or the same user without Yama restrictions).</numerusform>
            <numerusform>%1 is unknown for %n processes: reading it needs ptrace access (root, or the same user without Yama restrictions).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is unknown for %n process(es): permission denied.</source>
        <translation>
            <numerusform>%1 is unknown for %n process: permission denied.</numerusform>
            <numerusform>%1 is unknown for %n processes: permission denied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is unknown for %n process(es): the file does not exist (older kernel, or not in the bundle).</source>
        <translation>
            <numerusform>%1 is unknown for %n process: the file does not exist (older kernel, or not in the bundle).</numerusform>
            <numerusform>%1 is unknown for %n processes: the file does not exist (older kernel, or not in the bundle).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process file(s) could not be read or parsed.</source>
        <translation>
            <numerusform>%n process file could not be read or parsed.</numerusform>
            <numerusform>%n process files could not be read or parsed.</numerusform>
        </translation>
    </message>
</context>
</TS>
