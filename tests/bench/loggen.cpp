// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// oomlens-loggen: writes a large, realistic RFC 3164 syslog (a busy Debian/Ubuntu server:
// sshd, systemd, cron, postfix, containerd, kubelet, kernel firewall and audit messages)
// with real-looking 6.x kernel OOM reports embedded at a fixed interval, alternating a
// global OOM (full Mem-Info) and a cgroup v2 memcg OOM. Words such as "memory" appear at
// the rate they do on such machines (systemd's "memory peak", PHP and Java errors), not on
// every line. Deterministic for a given seed. Plain C++ so that it writes ~1 GB/s.
//
//   oomlens-loggen [--size 1G] [--oom-every 100M] [--seed N] [--tasks 200] OUTPUT|-
//
// It prints to stderr how many reports it embedded, so a benchmark can check the count.

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct Rng {
    std::uint64_t state;
    std::uint64_t next()
    {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }
    std::uint64_t below(std::uint64_t n) { return next() % n; }
    bool chance(std::uint64_t oneIn) { return below(oneIn) == 0; }
};

class Writer
{
public:
    explicit Writer(std::FILE *file)
        : m_file(file)
    {
        m_buffer.reserve(BufferSize + 64 * 1024);
    }
    ~Writer() { flush(); }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    void put(std::string_view text) { m_buffer.append(text); }
    void put(char c) { m_buffer.push_back(c); }
    void num(std::uint64_t value, int width = 0, char pad = ' ')
    {
        char digits[24];
        int n = 0;
        do {
            digits[n++] = char('0' + value % 10);
            value /= 10;
        } while (value);
        for (int i = n; i < width; ++i)
            m_buffer.push_back(pad);
        while (n)
            m_buffer.push_back(digits[--n]);
    }
    void snum(std::int64_t value, int width = 0)
    {
        if (value < 0) {
            std::string s = "-" + std::to_string(-value);
            for (int i = int(s.size()); i < width; ++i)
                m_buffer.push_back(' ');
            m_buffer.append(s);
        } else {
            num(std::uint64_t(value), width);
        }
    }
    void hex(std::uint64_t value, int width)
    {
        static constexpr char digits[] = "0123456789abcdef";
        for (int shift = (width - 1) * 4; shift >= 0; shift -= 4)
            m_buffer.push_back(digits[(value >> shift) & 15]);
    }
    void endLine()
    {
        m_buffer.push_back('\n');
        ++m_lines;
        if (m_buffer.size() >= BufferSize)
            flush();
    }
    void flush()
    {
        if (!m_buffer.empty() && std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) != m_buffer.size()) {
            std::perror("oomlens-loggen: write");
            std::exit(1);
        }
        m_written += m_buffer.size();
        m_buffer.clear();
    }
    std::uint64_t bytes() const { return m_written + m_buffer.size(); }
    std::uint64_t lines() const { return m_lines; }

private:
    static constexpr std::size_t BufferSize = 4 << 20;
    std::FILE *m_file;
    std::string m_buffer;
    std::uint64_t m_written = 0;
    std::uint64_t m_lines = 0;
};

constexpr std::string_view Months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr int MonthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
constexpr std::string_view Host = "web01";
constexpr std::string_view Users[] = {"deploy", "alice", "backup", "ansible", "git"};
constexpr std::string_view Units[] = {"apt-daily.service", "logrotate.service", "man-db.service",
                                      "phpsessionclean.service", "sysstat-collect.service",
                                      "fstrim.service", "certbot.service", "e2scrub_all.service"};
constexpr std::string_view UnitDescriptions[] = {
    "Daily apt download activities", "Rotate log files", "Daily man-db regeneration",
    "Clean php session files", "system activity accounting tool", "Discard unused blocks on filesystems from /etc/fstab",
    "Certbot", "Online ext4 Metadata Check for All Filesystems"};
constexpr std::string_view Words[] = {"alpha", "orders", "checkout", "session", "cache", "index",
                                      "upload", "report", "billing", "search", "thumbs", "auth"};

class LogGenerator
{
public:
    LogGenerator(Writer &out, std::uint64_t seed, int taskRows)
        : m_out(out)
        , m_rng{seed * 0x9e3779b97f4a7c15ULL + 1}
        , m_taskRows(taskRows)
    {
    }

    void normalLine()
    {
        advanceClock();
        const std::uint64_t pick = m_rng.below(1000);
        if (pick < 170)
            sshd();
        else if (pick < 330)
            systemd();
        else if (pick < 420)
            cron();
        else if (pick < 560)
            kernelNoise();
        else if (pick < 660)
            postfix();
        else if (pick < 800)
            containerd();
        else if (pick < 960)
            kubelet();
        else
            misc();
    }

    void globalOom(int index);
    void memcgOom(int index);

private:
    void advanceClock()
    {
        m_micros += 2000 + m_rng.below(30000);
        while (m_micros >= 1000000) {
            m_micros -= 1000000;
            if (++m_second == 60) {
                m_second = 0;
                if (++m_minute == 60) {
                    m_minute = 0;
                    if (++m_hour == 24) {
                        m_hour = 0;
                        if (++m_day > MonthDays[m_month]) {
                            m_day = 1;
                            m_month = (m_month + 1) % 12;
                        }
                    }
                }
            }
            ++m_uptime;
        }
    }
    void prefix(std::string_view ident, std::int64_t pid = -1)
    {
        m_out.put(Months[m_month]);
        m_out.put(' ');
        m_out.num(std::uint64_t(m_day), 2, ' ');
        m_out.put(' ');
        m_out.num(std::uint64_t(m_hour), 2, '0');
        m_out.put(':');
        m_out.num(std::uint64_t(m_minute), 2, '0');
        m_out.put(':');
        m_out.num(std::uint64_t(m_second), 2, '0');
        m_out.put(' ');
        m_out.put(Host);
        m_out.put(' ');
        m_out.put(ident);
        if (pid >= 0) {
            m_out.put('[');
            m_out.num(std::uint64_t(pid));
            m_out.put(']');
        }
        m_out.put(": ");
    }
    void kernelPrefix()
    {
        prefix("kernel");
        m_out.put('[');
        m_out.num(m_uptime, 5);
        m_out.put('.');
        m_out.num(m_micros, 6, '0');
        m_out.put("] ");
    }
    void ip()
    {
        m_out.num(m_rng.below(223) + 1);
        m_out.put('.');
        m_out.num(m_rng.below(256));
        m_out.put('.');
        m_out.num(m_rng.below(256));
        m_out.put('.');
        m_out.num(m_rng.below(254) + 1);
    }
    std::uint64_t pid() { return 1000 + m_rng.below(4000000); }
    void base64(int length)
    {
        static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < length; ++i)
            m_out.put(alphabet[m_rng.below(64)]);
    }

    void sshd();
    void systemd();
    void cron();
    void kernelNoise();
    void postfix();
    void containerd();
    void kubelet();
    void misc();
    void callTrace(bool memcg);
    void taskTable(std::uint64_t victimPid, std::string_view victimComm);
    void unitAftermath(std::string_view unit);

    Writer &m_out;
    Rng m_rng;
    int m_taskRows;
    int m_month = 2, m_day = 3, m_hour = 6, m_minute = 25, m_second = 1;
    std::uint64_t m_micros = 0;
    std::uint64_t m_uptime = 86400 * 3 + 1234;
    std::uint64_t m_session = 4100;
};

void LogGenerator::sshd()
{
    const std::uint64_t p = pid();
    const std::string_view user = Users[m_rng.below(std::size(Users))];
    prefix("sshd", std::int64_t(p));
    switch (m_rng.below(8)) {
    case 0:
        m_out.put("Accepted publickey for ");
        m_out.put(user);
        m_out.put(" from ");
        ip();
        m_out.put(" port ");
        m_out.num(32768 + m_rng.below(28000));
        m_out.put(" ssh2: ED25519 SHA256:");
        base64(43);
        break;
    case 1:
        m_out.put("pam_unix(sshd:session): session opened for user ");
        m_out.put(user);
        m_out.put("(uid=1000) by (uid=0)");
        break;
    case 2:
        m_out.put("pam_unix(sshd:session): session closed for user ");
        m_out.put(user);
        break;
    case 3:
        m_out.put("Received disconnect from ");
        ip();
        m_out.put(" port ");
        m_out.num(32768 + m_rng.below(28000));
        m_out.put(":11: disconnected by user");
        break;
    case 4:
        m_out.put("Invalid user admin from ");
        ip();
        m_out.put(" port ");
        m_out.num(1024 + m_rng.below(60000));
        break;
    case 5:
        m_out.put("Connection closed by invalid user admin ");
        ip();
        m_out.put(" port ");
        m_out.num(1024 + m_rng.below(60000));
        m_out.put(" [preauth]");
        break;
    case 6:
        m_out.put("error: kex_exchange_identification: Connection closed by remote host");
        break;
    default:
        m_out.put("Disconnected from user ");
        m_out.put(user);
        m_out.put(' ');
        ip();
        m_out.put(" port ");
        m_out.num(32768 + m_rng.below(28000));
        break;
    }
    m_out.endLine();
}

void LogGenerator::systemd()
{
    const std::size_t unit = m_rng.below(std::size(Units));
    switch (m_rng.below(9)) {
    case 0:
        prefix("systemd", 1);
        m_out.put("Started session-");
        m_out.num(++m_session);
        m_out.put(".scope - Session ");
        m_out.num(m_session);
        m_out.put(" of User ");
        m_out.put(Users[m_rng.below(std::size(Users))]);
        m_out.put('.');
        break;
    case 1:
        prefix("systemd", 1);
        m_out.put("session-");
        m_out.num(m_session - m_rng.below(5));
        m_out.put(".scope: Deactivated successfully.");
        break;
    case 2:
        prefix("systemd", 1);
        m_out.put("Starting ");
        m_out.put(Units[unit]);
        m_out.put(" - ");
        m_out.put(UnitDescriptions[unit]);
        m_out.put("...");
        break;
    case 3:
        prefix("systemd", 1);
        m_out.put(Units[unit]);
        m_out.put(": Deactivated successfully.");
        break;
    case 4:
        prefix("systemd", 1);
        m_out.put("Finished ");
        m_out.put(Units[unit]);
        m_out.put(" - ");
        m_out.put(UnitDescriptions[unit]);
        m_out.put('.');
        break;
    case 5:
        // systemd 256+ adds the memory peak when a unit stops; older releases (Debian 12,
        // Ubuntu 24.04) do not. A mix, and these messages are a small share of the log.
        prefix("systemd", 1);
        m_out.put(Units[unit]);
        m_out.put(": Consumed ");
        m_out.num(m_rng.below(20));
        m_out.put('.');
        m_out.num(m_rng.below(1000), 3, '0');
        m_out.put("s CPU time");
        if (m_rng.chance(100)) {
            m_out.put(", ");
            m_out.num(1 + m_rng.below(300));
            m_out.put('.');
            m_out.num(m_rng.below(10));
            m_out.put("M memory peak");
        }
        m_out.put('.');
        break;
    case 6:
        prefix("systemd-logind", 712);
        m_out.put("New session ");
        m_out.num(m_session);
        m_out.put(" of user ");
        m_out.put(Users[m_rng.below(std::size(Users))]);
        m_out.put('.');
        break;
    case 7:
        prefix("systemd-logind", 712);
        m_out.put("Session ");
        m_out.num(m_session - m_rng.below(5));
        m_out.put(" logged out. Waiting for processes to exit.");
        break;
    default:
        prefix("systemd-logind", 712);
        m_out.put("Removed session ");
        m_out.num(m_session - m_rng.below(5));
        m_out.put('.');
        break;
    }
    m_out.endLine();
}

void LogGenerator::cron()
{
    const std::uint64_t p = pid();
    switch (m_rng.below(3)) {
    case 0:
        prefix("CRON", std::int64_t(p));
        m_out.put("(root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)");
        break;
    case 1:
        prefix("CRON", std::int64_t(p));
        m_out.put("pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)");
        break;
    default:
        prefix("CRON", std::int64_t(p));
        m_out.put("pam_unix(cron:session): session closed for user root");
        break;
    }
    m_out.endLine();
}

void LogGenerator::kernelNoise()
{
    kernelPrefix();
    switch (m_rng.below(10)) {
    case 0:
        m_out.put("audit: type=1400 audit(");
        m_out.num(1709440000 + m_uptime);
        m_out.put('.');
        m_out.num(m_rng.below(1000), 3, '0');
        m_out.put(":");
        m_out.num(m_rng.below(100000));
        m_out.put("): apparmor=\"DENIED\" operation=\"open\" class=\"file\" profile=\"/usr/sbin/named\" "
                  "name=\"/proc/sys/net/core/somaxconn\" pid=");
        m_out.num(pid());
        m_out.put(" comm=\"isc-net-0000\" requested_mask=\"r\" denied_mask=\"r\" fsuid=108 ouid=0");
        break;
    case 1:
        m_out.put("TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies.  Check SNMP counters.");
        break;
    default:
        m_out.put("[UFW BLOCK] IN=eth0 OUT= MAC=52:54:00:12:34:56:fe:54:00:12:34:56:08:00 SRC=");
        ip();
        m_out.put(" DST=10.0.0.5 LEN=");
        m_out.num(40 + m_rng.below(40));
        m_out.put(" TOS=0x00 PREC=0x00 TTL=");
        m_out.num(30 + m_rng.below(220));
        m_out.put(" ID=");
        m_out.num(m_rng.below(65536));
        m_out.put(" PROTO=TCP SPT=");
        m_out.num(1024 + m_rng.below(60000));
        m_out.put(" DPT=");
        m_out.num(m_rng.chance(2) ? 23 : 1 + m_rng.below(10000));
        m_out.put(" WINDOW=1024 RES=0x00 SYN URGP=0");
        break;
    }
    m_out.endLine();
}

void LogGenerator::postfix()
{
    const std::uint64_t p = 20000 + m_rng.below(10000);
    prefix("postfix/smtpd", std::int64_t(p));
    switch (m_rng.below(4)) {
    case 0:
        m_out.put("connect from unknown[");
        ip();
        m_out.put(']');
        break;
    case 1:
        m_out.put("disconnect from unknown[");
        ip();
        m_out.put("] ehlo=1 auth=0/1 rset=1 quit=1 commands=3/4");
        break;
    case 2:
        m_out.put("warning: unknown[");
        ip();
        m_out.put("]: SASL LOGIN authentication failed: UGFzc3dvcmQ6");
        break;
    default:
        m_out.put("NOQUEUE: reject: RCPT from unknown[");
        ip();
        m_out.put("]: 554 5.7.1 <spam@example.net>: Relay access denied; from=<x@example.org> "
                  "to=<spam@example.net> proto=ESMTP helo=<User>");
        break;
    }
    m_out.endLine();
}

void LogGenerator::containerd()
{
    prefix("containerd", 1024);
    m_out.put("time=\"2024-03-0");
    m_out.num(std::uint64_t(m_day % 10));
    m_out.put('T');
    m_out.num(std::uint64_t(m_hour), 2, '0');
    m_out.put(':');
    m_out.num(std::uint64_t(m_minute), 2, '0');
    m_out.put(':');
    m_out.num(std::uint64_t(m_second), 2, '0');
    m_out.put('.');
    m_out.num(m_micros, 6, '0');
    m_out.put("123Z\" level=info msg=\"");
    switch (m_rng.below(3)) {
    case 0:
        m_out.put("shim disconnected\" id=");
        m_out.hex(m_rng.next(), 16);
        m_out.hex(m_rng.next(), 16);
        m_out.put(" namespace=k8s.io");
        break;
    case 1:
        m_out.put("StartContainer for \\\"");
        m_out.hex(m_rng.next(), 16);
        m_out.put("\\\" returns successfully\"");
        break;
    default:
        m_out.put("loading plugin \\\"io.containerd.event.v1.publisher\\\"...\" runtime=io.containerd.runc.v2 type=io.containerd.event.v1");
        break;
    }
    m_out.endLine();
}

void LogGenerator::kubelet()
{
    prefix("kubelet", 1187);
    m_out.put(m_rng.chance(5) ? 'E' : 'I');
    m_out.num(std::uint64_t(m_month + 1), 2, '0');
    m_out.num(std::uint64_t(m_day), 2, '0');
    m_out.put(' ');
    m_out.num(std::uint64_t(m_hour), 2, '0');
    m_out.put(':');
    m_out.num(std::uint64_t(m_minute), 2, '0');
    m_out.put(':');
    m_out.num(std::uint64_t(m_second), 2, '0');
    m_out.put('.');
    m_out.num(m_micros, 6, '0');
    m_out.put("    1187 ");
    switch (m_rng.below(4)) {
    case 0:
        m_out.put("kubelet_volumes.go:160] \"Cleaned up orphaned pod volumes dir\" podUID=\"");
        m_out.hex(m_rng.next(), 8);
        m_out.put("-");
        m_out.hex(m_rng.next(), 4);
        m_out.put("-4c1e-9f1a-");
        m_out.hex(m_rng.next(), 12);
        m_out.put("\" path=\"/var/lib/kubelet/pods/");
        m_out.hex(m_rng.next(), 8);
        m_out.put("/volumes\"");
        break;
    case 1:
        m_out.put("prober.go:107] \"Probe failed\" probeType=\"Readiness\" pod=\"shop/");
        m_out.put(Words[m_rng.below(std::size(Words))]);
        m_out.put("-7d9f8b6c5-");
        base64(5);
        m_out.put("\" podUID=\"3f0c2a1e-5b7d-4c1e-9f1a-2b3c4d5e6f70\" containerName=\"app\" probeResult=\"failure\" "
                  "output=\"Get \\\"http://10.244.1.17:8080/healthz\\\": context deadline exceeded\"");
        break;
    case 2:
        m_out.put("pod_workers.go:1298] \"Error syncing pod, skipping\" err=\"failed to \\\"StartContainer\\\" for "
                  "\\\"app\\\" with CrashLoopBackOff: \\\"back-off 5m0s restarting failed container\\\"\" pod=\"shop/");
        m_out.put(Words[m_rng.below(std::size(Words))]);
        m_out.put("-0\"");
        break;
    default:
        m_out.put("scope.go:117] \"RemoveContainer\" containerID=\"");
        m_out.hex(m_rng.next(), 16);
        m_out.hex(m_rng.next(), 16);
        m_out.put('"');
        break;
    }
    m_out.endLine();
}

void LogGenerator::misc()
{
    switch (m_rng.below(400)) {
    case 0:
        // PHP's own out-of-memory error: contains "memory", not an OOM kill.
        prefix("php-fpm8.2", std::int64_t(pid()));
        m_out.put("PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate ");
        m_out.num(4096 * (1 + m_rng.below(64)));
        m_out.put(" bytes) in /var/www/shop/vendor/lib/Cache.php on line 212");
        break;
    case 1:
        prefix("java", std::int64_t(pid()));
        m_out.put("Exception in thread \"pool-3-thread-7\" java.lang.OutOfMemoryError: Java heap space");
        break;
    case 2:
        prefix("rsyslogd", 641);
        m_out.put("[origin software=\"rsyslogd\" swVersion=\"8.2302.0\" x-pid=\"641\" x-info=\"https://www.rsyslog.com\"] rsyslogd was HUPed");
        break;
    default:
        switch (m_rng.below(3)) {
        case 0:
            prefix("chronyd", 655);
            m_out.put("Selected source 162.159.200.1 (2.debian.pool.ntp.org)");
            break;
        case 1:
            prefix("dbus-daemon", 598);
            m_out.put("[system] Successfully activated service 'org.freedesktop.PackageKit'");
            break;
        default:
            prefix("nginx", std::int64_t(pid()));
            m_out.put("2024/03/03 06:25:01 [error] 1234#1234: *");
            m_out.num(m_rng.below(10000000));
            m_out.put(" upstream timed out (110: Connection timed out) while reading response header from upstream, client: ");
            ip();
            m_out.put(", server: shop.example.com, request: \"GET /api/cart HTTP/1.1\"");
            break;
        }
        break;
    }
    m_out.endLine();
}

void LogGenerator::callTrace(bool memcg)
{
    static constexpr std::string_view globalPath[] = {
        "dump_stack_lvl+0x48/0x70", "dump_header+0x4a/0x240", "oom_kill_process+0x10d/0x1c0",
        "out_of_memory+0x103/0x350", "__alloc_pages_slowpath.constprop.0+0xc8d/0xdf0",
        "__alloc_pages+0x305/0x330", "folio_alloc+0x1b/0x50", "__filemap_get_folio+0x13d/0x310",
        "filemap_fault+0x5a6/0xa70", "__do_fault+0x33/0x130", "do_fault+0x1ba/0x410",
        "__handle_mm_fault+0x65f/0xbe0", "handle_mm_fault+0xdb/0x2d0", "do_user_addr_fault+0x19c/0x580",
        "exc_page_fault+0x70/0x170", "asm_exc_page_fault+0x26/0x30"};
    static constexpr std::string_view memcgPath[] = {
        "dump_stack_lvl+0x48/0x70", "dump_header+0x4a/0x240", "oom_kill_process+0x10d/0x1c0",
        "out_of_memory+0x103/0x350", "mem_cgroup_out_of_memory+0x13a/0x150",
        "try_charge_memcg+0x6c3/0x7f0", "__mem_cgroup_charge+0x44/0xa0",
        "do_anonymous_page+0x16d/0x690", "__handle_mm_fault+0x65f/0xbe0",
        "handle_mm_fault+0xdb/0x2d0", "do_user_addr_fault+0x19c/0x580", "exc_page_fault+0x70/0x170",
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

void LogGenerator::taskTable(std::uint64_t victimPid, std::string_view victimComm)
{
    static constexpr std::string_view comms[] = {"systemd", "systemd-journal", "systemd-udevd", "cron",
                                                 "sshd", "rsyslogd", "containerd", "kubelet",
                                                 "nginx", "php-fpm8.2", "postgres", "redis-server",
                                                 "node", "python3", "java", "bash"};
    kernelPrefix();
    m_out.put("Tasks state (memory values in pages):");
    m_out.endLine();
    kernelPrefix();
    m_out.put("[  pid  ]   uid  tgid total_vm      rss rss_anon rss_file rss_shmem pgtables_bytes swapents oom_score_adj name");
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

void LogGenerator::unitAftermath(std::string_view unit)
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

void LogGenerator::globalOom(int index)
{
    advanceClock();
    const std::uint64_t victimPid = 100000 + m_rng.below(900000);
    const std::string_view comm = index % 4 == 0 ? "java" : "python3";
    kernelPrefix();
    m_out.put(comm);
    m_out.put(" invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0");
    m_out.endLine();
    kernelPrefix();
    m_out.put("CPU: 1 PID: ");
    m_out.num(victimPid);
    m_out.put(" Comm: ");
    m_out.put(comm);
    m_out.put(" Not tainted 6.1.0-18-amd64 #1  Debian 6.1.76-1");
    m_out.endLine();
    kernelPrefix();
    m_out.put("Hardware name: QEMU Standard PC (Q35 + ICH9, 2009), BIOS 1.16.2-debian-1.16.2-1 04/01/2014");
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
        "Node 0 active_anon:7869400kB inactive_anon:36804kB active_file:448kB inactive_file:172kB unevictable:0kB "
        "isolated(anon):0kB isolated(file):0kB mapped:380kB dirty:0kB writeback:0kB shmem:37368kB shmem_thp: 0kB "
        "shmem_pmdmapped: 0kB anon_thp: 2801664kB writeback_tmp:0kB kernel_stack:3504kB pagetables:21564kB "
        "sec_pagetables:0kB all_unreclaimable? yes",
        "Node 0 DMA free:14336kB boost:0kB min:128kB low:160kB high:192kB reserved_highatomic:0KB active_anon:0kB "
        "inactive_anon:0kB active_file:0kB inactive_file:0kB unevictable:0kB writepending:0kB present:15992kB "
        "managed:15360kB mlocked:0kB bounce:0kB free_pcp:0kB local_pcp:0kB free_cma:0kB",
        "lowmem_reserve[]: 0 2911 7902 7902 7902",
        "Node 0 DMA32 free:44744kB boost:0kB min:24676kB low:30844kB high:37012kB reserved_highatomic:0KB "
        "active_anon:2942312kB inactive_anon:12kB active_file:0kB inactive_file:0kB unevictable:0kB writepending:0kB "
        "present:3129196kB managed:3014012kB mlocked:0kB bounce:0kB free_pcp:0kB local_pcp:0kB free_cma:0kB",
        "lowmem_reserve[]: 0 0 4990 4990 4990",
        "Node 0 Normal free:41900kB boost:0kB min:42300kB low:52872kB high:63444kB reserved_highatomic:2048KB "
        "active_anon:4927088kB inactive_anon:36792kB active_file:448kB inactive_file:172kB unevictable:0kB "
        "writepending:0kB present:5242880kB managed:5110588kB mlocked:0kB bounce:0kB free_pcp:248kB local_pcp:0kB "
        "free_cma:0kB",
        "lowmem_reserve[]: 0 0 0 0 0",
        "Node 0 DMA: 0*4kB 0*8kB 0*16kB 0*32kB 0*64kB 0*128kB 0*256kB 0*512kB 0*1024kB 1*2048kB (M) 3*4096kB (M) = 14336kB",
        "Node 0 DMA32: 6*4kB (UM) 5*8kB (UM) 7*16kB (UM) 8*32kB (UM) 7*64kB (UM) 6*128kB (UM) 5*256kB (UM) "
        "6*512kB (UM) 7*1024kB (UM) 5*2048kB (M) 3*4096kB (M) = 44744kB",
        "Node 0 Normal: 1107*4kB (UME) 700*8kB (UME) 375*16kB (UME) 190*32kB (UME) 95*64kB (UME) 42*128kB (UM) "
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
    m_out.put("oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,"
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
    m_out.put(") total-vm:8213484kB, anon-rss:7868160kB, file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:15688kB oom_score_adj:0");
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

void LogGenerator::memcgOom(int index)
{
    advanceClock();
    const std::uint64_t victimPid = 100000 + m_rng.below(900000);
    const std::string_view comm = index % 3 == 0 ? "node" : "mem_stress";
    const std::string cgroup = "/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod8c0e4f1a_"
        + std::to_string(index) + ".slice/cri-containerd-91f3a7c2" + std::to_string(index) + ".scope";
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
    static constexpr std::string_view stats[] = {
        "anon 533815296", "file 40960", "kernel 2850816", "kernel_stack 65536", "pagetables 1269760",
        "sec_pagetables 0", "percpu 0", "sock 0", "vmalloc 0", "shmem 0", "zswap 0", "zswapped 0",
        "file_mapped 0", "file_dirty 0", "file_writeback 0", "swapcached 0", "anon_thp 0",
        "file_thp 0", "shmem_thp 0", "inactive_anon 533729280", "active_anon 86016",
        "inactive_file 20480", "active_file 20480", "unevictable 0", "slab_reclaimable 262144",
        "slab_unreclaimable 1015808", "slab 1277952", "workingset_refault_anon 0",
        "workingset_refault_file 13", "pgscan 3217", "pgsteal 402", "pgfault 131954",
        "pgmajfault 0", "thp_fault_alloc 0"};
    for (std::string_view line : stats) {
        kernelPrefix();
        m_out.put(line);
        m_out.endLine();
    }
    taskTable(victimPid, comm);
    kernelPrefix();
    m_out.put("oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-91f3a7c2.scope,mems_allowed=0,oom_memcg=");
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
    m_out.put(") total-vm:1225792kB, anon-rss:521216kB, file-rss:0kB, shmem-rss:0kB, UID:0 pgtables:1240kB oom_score_adj:999");
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

std::uint64_t parseSize(const char *text)
{
    char *end = nullptr;
    const double value = std::strtod(text, &end);
    double factor = 1;
    switch (end && *end ? *end : 'B') {
    case 'k':
    case 'K':
        factor = 1024.0;
        break;
    case 'm':
    case 'M':
        factor = 1024.0 * 1024;
        break;
    case 'g':
    case 'G':
        factor = 1024.0 * 1024 * 1024;
        break;
    default:
        break;
    }
    return std::uint64_t(value * factor);
}

int usage()
{
    std::fputs("usage: oomlens-loggen [--size 1G] [--oom-every 100M] [--seed N] [--tasks 200] OUTPUT|-\n", stderr);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    std::uint64_t size = 1ULL << 30;
    std::uint64_t oomEvery = 100ULL << 20;
    std::uint64_t seed = 1;
    int tasks = 200;
    const char *output = nullptr;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--size" && hasValue)
            size = parseSize(argv[++i]);
        else if (arg == "--oom-every" && hasValue)
            oomEvery = parseSize(argv[++i]);
        else if (arg == "--seed" && hasValue)
            seed = std::strtoull(argv[++i], nullptr, 10);
        else if (arg == "--tasks" && hasValue)
            tasks = std::atoi(argv[++i]);
        else if (!output && (arg == "-" || arg.empty() || arg[0] != '-'))
            output = argv[i];
        else
            return usage();
    }
    if (!output || oomEvery == 0 || tasks < 3)
        return usage();

    std::FILE *file = std::string_view(output) == "-" ? stdout : std::fopen(output, "wb");
    if (!file) {
        std::fprintf(stderr, "oomlens-loggen: %s: %s\n", output, std::strerror(errno));
        return 1;
    }
    int reports = 0, global = 0, memcg = 0;
    {
        Writer writer(file);
        LogGenerator generator(writer, seed, tasks);
        // The first report comes half an interval in, so that a 100 MB file has one.
        std::uint64_t nextOom = oomEvery / 2;
        while (writer.bytes() < size) {
            if (writer.bytes() >= nextOom) {
                if (reports % 2 == 0) {
                    generator.globalOom(reports);
                    ++global;
                } else {
                    generator.memcgOom(reports);
                    ++memcg;
                }
                ++reports;
                nextOom += oomEvery;
            }
            generator.normalLine();
        }
        writer.flush();
        std::fprintf(stderr, "oomlens-loggen: %s: %llu bytes, %llu lines, %d OOM reports (%d global, %d memcg)\n",
                     output, static_cast<unsigned long long>(writer.bytes()),
                     static_cast<unsigned long long>(writer.lines()), reports, global, memcg);
    }
    if (file != stdout && std::fclose(file) != 0) {
        std::perror("oomlens-loggen: close");
        return 1;
    }
    return 0;
}
