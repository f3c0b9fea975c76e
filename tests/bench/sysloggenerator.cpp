// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sysloggenerator.h"

namespace loggen {

namespace {

constexpr std::string_view Users[] = {"deploy", "alice", "backup", "ansible", "git"};
constexpr std::string_view Units[] = {
    "apt-daily.service",       "logrotate.service", "man-db.service",  "phpsessionclean.service",
    "sysstat-collect.service", "fstrim.service",    "certbot.service", "e2scrub_all.service"};
constexpr std::string_view UnitDescriptions[] = {
    "Daily apt download activities",
    "Rotate log files",
    "Daily man-db regeneration",
    "Clean php session files",
    "system activity accounting tool",
    "Discard unused blocks on filesystems from /etc/fstab",
    "Certbot",
    "Online ext4 Metadata Check for All Filesystems"};
constexpr std::string_view Words[] = {"alpha",  "orders", "checkout", "session", "cache",  "index",
                                      "upload", "report", "billing",  "search",  "thumbs", "auth"};

} // namespace

void SyslogGenerator::sshd()
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

void SyslogGenerator::systemd()
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

void SyslogGenerator::cron()
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

void SyslogGenerator::kernelNoise()
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
        m_out.put(
            "): apparmor=\"DENIED\" operation=\"open\" class=\"file\" profile=\"/usr/sbin/named\" "
            "name=\"/proc/sys/net/core/somaxconn\" pid=");
        m_out.num(pid());
        m_out.put(" comm=\"isc-net-0000\" requested_mask=\"r\" denied_mask=\"r\" fsuid=108 ouid=0");
        break;
    case 1:
        m_out.put(
            "TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies.  Check "
            "SNMP counters.");
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

void SyslogGenerator::postfix()
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
        m_out.put(
            "]: 554 5.7.1 <spam@example.net>: Relay access denied; from=<x@example.org> "
            "to=<spam@example.net> proto=ESMTP helo=<User>");
        break;
    }
    m_out.endLine();
}

void SyslogGenerator::containerd()
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
        m_out.put(
            "loading plugin \\\"io.containerd.event.v1.publisher\\\"...\" "
            "runtime=io.containerd.runc.v2 type=io.containerd.event.v1");
        break;
    }
    m_out.endLine();
}

void SyslogGenerator::kubelet()
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
        m_out.put(
            "\" podUID=\"3f0c2a1e-5b7d-4c1e-9f1a-2b3c4d5e6f70\" containerName=\"app\" "
            "probeResult=\"failure\" "
            "output=\"Get \\\"http://10.244.1.17:8080/healthz\\\": context deadline exceeded\"");
        break;
    case 2:
        m_out.put(
            "pod_workers.go:1298] \"Error syncing pod, skipping\" err=\"failed to "
            "\\\"StartContainer\\\" for "
            "\\\"app\\\" with CrashLoopBackOff: \\\"back-off 5m0s restarting failed "
            "container\\\"\" pod=\"shop/");
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

void SyslogGenerator::misc()
{
    switch (m_rng.below(400)) {
    case 0:
        // PHP's own out-of-memory error: contains "memory", not an OOM kill.
        prefix("php-fpm8.2", std::int64_t(pid()));
        m_out.put(
            "PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to "
            "allocate ");
        m_out.num(4096 * (1 + m_rng.below(64)));
        m_out.put(" bytes) in /var/www/shop/vendor/lib/Cache.php on line 212");
        break;
    case 1:
        prefix("java", std::int64_t(pid()));
        m_out.put(
            "Exception in thread \"pool-3-thread-7\" java.lang.OutOfMemoryError: Java heap space");
        break;
    case 2:
        prefix("rsyslogd", 641);
        m_out.put(
            "[origin software=\"rsyslogd\" swVersion=\"8.2302.0\" x-pid=\"641\" "
            "x-info=\"https://www.rsyslog.com\"] rsyslogd was HUPed");
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
            m_out.put(
                " upstream timed out (110: Connection timed out) while reading response header "
                "from upstream, client: ");
            ip();
            m_out.put(", server: shop.example.com, request: \"GET /api/cart HTTP/1.1\"");
            break;
        }
        break;
    }
    m_out.endLine();
}

} // namespace loggen
