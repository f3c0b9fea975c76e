// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

// Reading `oomlens-cli collect` bundles in tests (tst_collect): the members as libarchive
// itself sees them (not through the code under test), the allow-list of COLLECT.md, and
// running the CLI, optionally as another user.

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>

namespace oom::bundlefiles {

struct Member {
    QString path;
    QByteArray data;
};

// Every member in archive order, read with libarchive itself (not the code under test).
inline QList<Member> readBundle(const QString &path)
{
    QList<Member> out;
    struct archive *a = archive_read_new();
    archive_read_support_filter_all(a);
    archive_read_support_format_tar(a);
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 64 * 1024)
        == ARCHIVE_OK) {
        struct archive_entry *entry = nullptr;
        while (archive_read_next_header(a, &entry) == ARCHIVE_OK) {
            Member m;
            m.path = QString::fromUtf8(archive_entry_pathname(entry));
            m.data.resize(qsizetype(archive_entry_size(entry)));
            if (!m.data.isEmpty())
                archive_read_data(a, m.data.data(), size_t(m.data.size()));
            out.append(m);
        }
    }
    archive_read_free(a);
    return out;
}

inline QJsonObject manifestOf(const QList<Member> &members)
{
    return members.isEmpty() ? QJsonObject()
                             : QJsonDocument::fromJson(members.first().data).object();
}

// The files COLLECT.md lists, and nothing else.
inline bool allowed(const QString &path)
{
    static const QList<QRegularExpression> patterns = [] {
        QList<QRegularExpression> list;
        for (
            const char *p : {
                R"(^MANIFEST$)",
                R"(^proc/(meminfo|vmstat|zoneinfo|buddyinfo|pagetypeinfo|swaps|uptime|cmdline)$)",
                R"(^proc/pressure/(memory|cpu|io)$)",
                R"(^proc/sys/kernel/(osrelease|hostname)$)",
                R"(^proc/self/mountinfo$)",
                R"(^proc/sys/vm/[a-z0-9_-]+$)",
                R"(^proc/[0-9]+/(stat|status|oom_score|oom_score_adj|cgroup|cmdline)$)",
                R"(^sys/kernel/mm/transparent_hugepage/([a-z_]+|khugepaged/[a-z_]+|hugepages-[0-9]+kB/enabled)$)",
                R"(^sys/devices/system/node/node[0-9]+/(meminfo|distance|cpulist)$)",
                R"(^(sys/fs/cgroup|cgroup)(/[^/]+)*/(memory\.[a-z_.]+|cpuset\.(mems|mems\.effective|effective_mems)|cgroup\.controllers)$)",
                R"(^logs/(kernel\.log|journal-oom\.log)$)",
            })
            list.append(QRegularExpression(QString::fromLatin1(p)));
        return list;
    }();
    return std::any_of(patterns.cbegin(), patterns.cend(), [&](const QRegularExpression &re) {
        return re.match(path).hasMatch();
    });
}

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QString &cli, const QStringList &arguments,
                     const QStringList &asUser = {})
{
    QProcess process;
    QStringList args = asUser;
    QString program = cli;
    if (!asUser.isEmpty()) {
        program = args.takeFirst();
        args.append(cli);
    }
    args.append(arguments);
    process.start(program, args);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace oom::bundlefiles
