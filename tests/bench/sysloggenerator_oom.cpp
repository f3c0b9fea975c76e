// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
// The kernel OOM reports oomlens-loggen embeds: 6.x format, a global OOM with the whole
// Mem-Info block and a cgroup v2 memcg OOM, each with a call trace and a task table.
#include "sysloggenerator.h"

#include <string>

namespace loggen {

void SyslogGenerator::callTrace(bool memcg)
{
    static constexpr std::string_view globalPath[] = {
        "dump_stack_lvl+0x48/0x70",
        "dump_header+0x4a/0x240",
        "oom_kill_process+0x10d/0x1c0",
        "out_of_memory+0x103/0x350",
        "__alloc_pages_slowpath.constprop.0+0xc8d/0xdf0",
        "__alloc_pages+0x305/0x330",
        "folio_alloc+0x1b/0x50",
        "__filemap_get_folio+0x13d/0x310",
        "filemap_fault+0x5a6/0xa70",
        "__do_fault+0x33/0x130",
        "do_fault+0x1ba/0x410",
        "__handle_mm_fault+0x65f/0xbe0",
        "handle_mm_fault+0xdb/0x2d0",
        "do_user_addr_fault+0x19c/0x580",
        "exc_page_fault+0x70/0x170",
        "asm_exc_page_fault+0x26/0x30"};
    static constexpr std::string_view memcgPath[] = {"dump_stack_lvl+0x48/0x70",
                                                     "dump_header+0x4a/0x240",
                                                     "oom_kill_process+0x10d/0x1c0",
                                                     "out_of_memory+0x103/0x350",
                                                     "mem_cgroup_out_of_memory+0x13a/0x150",
                                                     "try_charge_memcg+0x6c3/0x7f0",
                                                     "__mem_cgroup_charge+0x44/0xa0",
                                                     "do_anonymous_page+0x16d/0x690",
                                                     "__handle_mm_fault+0x65f/0xbe0",
                                                     "handle_mm_fault+0xdb/0x2d0",
                                                     "do_user_addr_fault+0x19c/0x580",
                                                     "exc_page_fault+0x70/0x170",
                                                     "asm_exc_page_fault+0x26/0x30"};
    kernelPrefix();
    m_out.put("Call Trace:");
    m_out.endLine();
    kernelPrefix();
    m_out.put(" <TASK>");
    m_out.endLine();
    const auto emit = [&](std::string_view frame) {
        kernelPrefix();
        m_out.put(' ');
        m_out.put(frame);
        m_out.endLine();
    };
    if (memcg) {
        for (std::string_view frame : memcgPath)
            emit(frame);
    } else {
        for (std::string_view frame : globalPath)
            emit(frame);
    }
    kernelPrefix();
    m_out.put("RIP: 0033:0x7f3a");
    m_out.hex(m_rng.next(), 8);
    m_out.endLine();
    kernelPrefix();
    m_out.put("RSP: 002b:00007ffd");
    m_out.hex(m_rng.next(), 8);
    m_out.put(" EFLAGS: 00010206");
    m_out.endLine();
    kernelPrefix();
    m_out.put(" </TASK>");
    m_out.endLine();
}

void SyslogGenerator::taskTable(std::uint64_t victimPid, std::string_view victimComm)
{
    static constexpr std::string_view comms[] = {
        "systemd",    "systemd-journal", "systemd-udevd", "cron",       "sshd",     "rsyslogd",
        "containerd", "kubelet",         "nginx",         "php-fpm8.2", "postgres", "redis-server",
        "node",       "python3",         "java",          "bash"};
    kernelPrefix();
    m_out.put("Tasks state (memory values in pages):");
    m_out.endLine();
    kernelPrefix();
    m_out.put(
        "[  pid  ]   uid  tgid total_vm      rss rss_anon rss_file rss_shmem pgtables_bytes "
        "swapents oom_score_adj name");
    m_out.endLine();
    std::uint64_t rowPid = 1;
    for (int row = 0; row < m_taskRows; ++row) {
        const bool victim = row == m_taskRows - 3;
        rowPid = victim ? victimPid : rowPid + 1 + m_rng.below(400);
        const std::uint64_t anon = victim ? 1900000 + m_rng.below(100000) : m_rng.below(60000);
        const std::uint64_t file = m_rng.below(4000);
        const std::uint64_t shmem = m_rng.chance(10) ? m_rng.below(2000) : 0;
        kernelPrefix();
        m_out.put('[');
        m_out.num(rowPid, 7);
        m_out.put("] ");
        m_out.num(m_rng.chance(3) ? 0 : 33 + m_rng.below(1000), 5);
        m_out.put(' ');
        m_out.num(rowPid, 5);
        m_out.put(' ');
        m_out.num(anon + file + shmem + 10000 + m_rng.below(400000), 8);
        m_out.put(' ');
        m_out.num(anon + file + shmem, 8);
        m_out.put(' ');
        m_out.num(anon, 8);
        m_out.put(' ');
        m_out.num(file, 8);
        m_out.put(' ');
        m_out.num(shmem, 9);
        m_out.put(' ');
        m_out.num(4096 * (10 + (anon + file) / 400), 14);
        m_out.put(' ');
        m_out.num(0, 8);
        m_out.put(' ');
        m_out.snum(row < 3 ? -1000 : (m_rng.chance(4) ? 200 : 0), 13);
        m_out.put(' ');
        m_out.put(victim ? victimComm : comms[m_rng.below(std::size(comms))]);
        m_out.endLine();
    }
}

void SyslogGenerator::unitAftermath(std::string_view unit)
{
    advanceClock();
    prefix("systemd", 1);
    m_out.put(unit);
    m_out.put(": A process of this unit has been killed by the OOM killer.");
    m_out.endLine();
    prefix("systemd", 1);
    m_out.put(unit);
    m_out.put(": Main process exited, code=killed, status=9/KILL");
    m_out.endLine();
    prefix("systemd", 1);
    m_out.put(unit);
    m_out.put(": Failed with result 'oom-kill'.");
    m_out.endLine();
}

void SyslogGenerator::globalOom(int index)
{
    advanceClock();
    const std::uint64_t victimPid = 100000 + m_rng.below(900000);
    const std::string_view comm = index % 4 == 0 ? "java" : "python3";
    kernelPrefix();
    m_out.put(comm);
    m_out.put(
        " invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, "
        "oom_score_adj=0");
    m_out.endLine();
    kernelPrefix();
    m_out.put("CPU: 1 PID: ");
    m_out.num(victimPid);
    m_out.put(" Comm: ");
    m_out.put(comm);
    m_out.put(" Not tainted 6.1.0-18-amd64 #1  Debian 6.1.76-1");
    m_out.endLine();
    kernelPrefix();
    m_out.put(
        "Hardware name: QEMU Standard PC (Q35 + ICH9, 2009), BIOS 1.16.2-debian-1.16.2-1 "
        "04/01/2014");
    m_out.endLine();
    callTrace(false);
    static constexpr std::string_view memInfo[] = {
        "Mem-Info:",
        "active_anon:1967350 inactive_anon:9201 isolated_anon:0",
        " active_file:112 inactive_file:43 isolated_file:0",
        " unevictable:0 dirty:0 writeback:0",
        " slab_reclaimable:6235 slab_unreclaimable:14180",
        " mapped:95 shmem:9342 pagetables:5391",
        " sec_pagetables:0 bounce:0",
        " kernel_misc_reclaimable:0",
        " free:25245 free_pcp:62 free_cma:0",
        "Node 0 active_anon:7869400kB inactive_anon:36804kB active_file:448kB inactive_file:172kB "
        "unevictable:0kB "
        "isolated(anon):0kB isolated(file):0kB mapped:380kB dirty:0kB writeback:0kB shmem:37368kB "
        "shmem_thp: 0kB "
        "shmem_pmdmapped: 0kB anon_thp: 2801664kB writeback_tmp:0kB kernel_stack:3504kB "
        "pagetables:21564kB "
        "sec_pagetables:0kB all_unreclaimable? yes",
        "Node 0 DMA free:14336kB boost:0kB min:128kB low:160kB high:192kB reserved_highatomic:0KB "
        "active_anon:0kB "
        "inactive_anon:0kB active_file:0kB inactive_file:0kB unevictable:0kB writepending:0kB "
        "present:15992kB "
        "managed:15360kB mlocked:0kB bounce:0kB free_pcp:0kB local_pcp:0kB free_cma:0kB",
        "lowmem_reserve[]: 0 2911 7902 7902 7902",
        "Node 0 DMA32 free:44744kB boost:0kB min:24676kB low:30844kB high:37012kB "
        "reserved_highatomic:0KB "
        "active_anon:2942312kB inactive_anon:12kB active_file:0kB inactive_file:0kB "
        "unevictable:0kB writepending:0kB "
        "present:3129196kB managed:3014012kB mlocked:0kB bounce:0kB free_pcp:0kB local_pcp:0kB "
        "free_cma:0kB",
        "lowmem_reserve[]: 0 0 4990 4990 4990",
        "Node 0 Normal free:41900kB boost:0kB min:42300kB low:52872kB high:63444kB "
        "reserved_highatomic:2048KB "
        "active_anon:4927088kB inactive_anon:36792kB active_file:448kB inactive_file:172kB "
        "unevictable:0kB "
        "writepending:0kB present:5242880kB managed:5110588kB mlocked:0kB bounce:0kB "
        "free_pcp:248kB local_pcp:0kB "
        "free_cma:0kB",
        "lowmem_reserve[]: 0 0 0 0 0",
        "Node 0 DMA: 0*4kB 0*8kB 0*16kB 0*32kB 0*64kB 0*128kB 0*256kB 0*512kB 0*1024kB 1*2048kB "
        "(M) 3*4096kB (M) = 14336kB",
        "Node 0 DMA32: 6*4kB (UM) 5*8kB (UM) 7*16kB (UM) 8*32kB (UM) 7*64kB (UM) 6*128kB (UM) "
        "5*256kB (UM) "
        "6*512kB (UM) 7*1024kB (UM) 5*2048kB (M) 3*4096kB (M) = 44744kB",
        "Node 0 Normal: 1107*4kB (UME) 700*8kB (UME) 375*16kB (UME) 190*32kB (UME) 95*64kB (UME) "
        "42*128kB (UM) "
        "18*256kB (UM) 6*512kB (M) 1*1024kB (M) 0*2048kB 0*4096kB = 41900kB",
        "Node 0 hugepages_total=0 hugepages_free=0 hugepages_surp=0 hugepages_size=1048576kB",
        "Node 0 hugepages_total=0 hugepages_free=0 hugepages_surp=0 hugepages_size=2048kB",
        "9497 total pagecache pages",
        "0 pages in swap cache",
        "Free swap  = 0kB",
        "Total swap = 0kB",
        "2097017 pages RAM",
        "0 pages HighMem/MovableOnly",
        "62018 pages reserved",
        "0 pages hwpoisoned",
    };
    for (std::string_view line : memInfo) {
        kernelPrefix();
        m_out.put(line);
        m_out.endLine();
    }
    taskTable(victimPid, comm);
    kernelPrefix();
    m_out.put(
        "oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,"
        "task_memcg=/system.slice/batch.service,task=");
    m_out.put(comm);
    m_out.put(",pid=");
    m_out.num(victimPid);
    m_out.put(",uid=1000");
    m_out.endLine();
    kernelPrefix();
    m_out.put("Out of memory: Killed process ");
    m_out.num(victimPid);
    m_out.put(" (");
    m_out.put(comm);
    m_out.put(
        ") total-vm:8213484kB, anon-rss:7868160kB, file-rss:0kB, shmem-rss:0kB, UID:1000 "
        "pgtables:15688kB oom_score_adj:0");
    m_out.endLine();
    advanceClock();
    kernelPrefix();
    m_out.put("oom_reaper: reaped process ");
    m_out.num(victimPid);
    m_out.put(" (");
    m_out.put(comm);
    m_out.put("), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB");
    m_out.endLine();
    unitAftermath("batch.service");
}

void SyslogGenerator::memcgOom(int index)
{
    advanceClock();
    const std::uint64_t victimPid = 100000 + m_rng.below(900000);
    const std::string_view comm = index % 3 == 0 ? "node" : "mem_stress";
    const std::string cgroup =
        "/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod8c0e4f1a_"
        + std::to_string(index) + ".slice/cri-containerd-91f3a7c2" + std::to_string(index)
        + ".scope";
    kernelPrefix();
    m_out.put(comm);
    m_out.put(" invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=999");
    m_out.endLine();
    kernelPrefix();
    m_out.put("CPU: 0 PID: ");
    m_out.num(victimPid);
    m_out.put(" Comm: ");
    m_out.put(comm);
    m_out.put(" Not tainted 6.8.0-45-generic #45-Ubuntu");
    m_out.endLine();
    kernelPrefix();
    m_out.put("Hardware name: Amazon EC2 m5.large/, BIOS 1.0 10/16/2017");
    m_out.endLine();
    callTrace(true);
    kernelPrefix();
    m_out.put("memory: usage 524288kB, limit 524288kB, failcnt ");
    m_out.num(100 + m_rng.below(5000));
    m_out.endLine();
    kernelPrefix();
    m_out.put("swap: usage 0kB, limit 0kB, failcnt 0");
    m_out.endLine();
    kernelPrefix();
    m_out.put("Memory cgroup stats for ");
    m_out.put(cgroup);
    m_out.put(':');
    m_out.endLine();
    static constexpr std::string_view stats[] = {"anon 533815296",
                                                 "file 40960",
                                                 "kernel 2850816",
                                                 "kernel_stack 65536",
                                                 "pagetables 1269760",
                                                 "sec_pagetables 0",
                                                 "percpu 0",
                                                 "sock 0",
                                                 "vmalloc 0",
                                                 "shmem 0",
                                                 "zswap 0",
                                                 "zswapped 0",
                                                 "file_mapped 0",
                                                 "file_dirty 0",
                                                 "file_writeback 0",
                                                 "swapcached 0",
                                                 "anon_thp 0",
                                                 "file_thp 0",
                                                 "shmem_thp 0",
                                                 "inactive_anon 533729280",
                                                 "active_anon 86016",
                                                 "inactive_file 20480",
                                                 "active_file 20480",
                                                 "unevictable 0",
                                                 "slab_reclaimable 262144",
                                                 "slab_unreclaimable 1015808",
                                                 "slab 1277952",
                                                 "workingset_refault_anon 0",
                                                 "workingset_refault_file 13",
                                                 "pgscan 3217",
                                                 "pgsteal 402",
                                                 "pgfault 131954",
                                                 "pgmajfault 0",
                                                 "thp_fault_alloc 0"};
    for (std::string_view line : stats) {
        kernelPrefix();
        m_out.put(line);
        m_out.endLine();
    }
    taskTable(victimPid, comm);
    kernelPrefix();
    m_out.put(
        "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-91f3a7c2.scope,"
        "mems_allowed=0,oom_memcg=");
    m_out.put(cgroup);
    m_out.put(",task_memcg=");
    m_out.put(cgroup);
    m_out.put(",task=");
    m_out.put(comm);
    m_out.put(",pid=");
    m_out.num(victimPid);
    m_out.put(",uid=0");
    m_out.endLine();
    kernelPrefix();
    m_out.put("Memory cgroup out of memory: Killed process ");
    m_out.num(victimPid);
    m_out.put(" (");
    m_out.put(comm);
    m_out.put(
        ") total-vm:1225792kB, anon-rss:521216kB, file-rss:0kB, shmem-rss:0kB, UID:0 "
        "pgtables:1240kB oom_score_adj:999");
    m_out.endLine();
    advanceClock();
    kernelPrefix();
    m_out.put("oom_reaper: reaped process ");
    m_out.num(victimPid);
    m_out.put(" (");
    m_out.put(comm);
    m_out.put("), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB");
    m_out.endLine();
}

} // namespace loggen
